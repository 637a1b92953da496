/**
 * Texts that users will add later can be malformed. Ingest either handles the input or stops with
 * `file:line: what is wrong`, and a failed run leaves the previous output untouched.
 */
import { mkdtemp, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/ingest.ts';
import { IngestError } from '../../../scripts/lib/errors.ts';
import { collectRecords } from '../../../scripts/lib/collect-records.ts';
import { remarkGfmTable } from '../../../src/plugins/remark-gfm-table.ts';
import { remarkPlanUnits } from '../../../src/plugins/remark-plan-units.ts';
import { parseText } from '../../support/ingest.ts';

const settings = {
  slug: 'demo',
  jurisdiction: '示例市',
  jurisdictionEn: 'Demo',
  level: 'prefecture',
  parents: ['示例省'],
  title: '示例市规划',
  kind: 'plan',
  role: 'local',
  headings: { chapter: ['qianyan', 'zhang'], section: ['jie'] },
};
const good = '第一章  总则\n\n第一节  机制\n建设社区。完善机制。\n';

async function project(text: string | Buffer, settingsJson: unknown = settings) {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-ingest-'));
  await writeFile(join(dir, 'demo.txt'), text);
  await writeFile(join(dir, 'demo.json'), JSON.stringify(settingsJson));
  return { sources: dir, out: join(dir, 'out') };
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

/** Runs ingest on `bad` after a good run, and returns the error, checking the old output survived. */
async function failsCleanly(bad: string | Buffer, settingsJson?: unknown): Promise<IngestError> {
  const { sources, out } = await project(good);
  await ingest(sources, out);
  const before = await snapshot(out);
  await writeFile(join(sources, 'demo.txt'), bad);
  if (settingsJson) await writeFile(join(sources, 'demo.json'), JSON.stringify(settingsJson));
  const error = await ingest(sources, out).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  expect(await snapshot(out)).toEqual(before);
  return error as IngestError;
}

async function renderHtml(markdown: string) {
  const processor = await createMarkdownProcessor({ gfm: false, smartypants: false, remarkPlugins: [remarkGfmTable, remarkDirective, remarkPlanUnits] });
  return (await processor.render(markdown)).code;
}

describe('malformed input stops with file, line and problem, and writes nothing', () => {
  it('an unclosed table', async () => {
    const error = await failsCleanly('第一章  总则\n\t甲\n\t乙\n\t丙\n\n\t1\n\t2\n');
    expect(error.message).toMatch(/demo\.txt:6: table \(from line 2\) is not closed: its last row has 2 of 3 cells/);
  });

  it('a control character', async () => {
    const error = await failsCleanly('第一章  总则\n正文\u0007。\n');
    expect(error.message).toMatch(/demo\.txt:2: control character U\+0007 at column 3/);
  });

  it('an empty file', async () => {
    expect((await failsCleanly('  \n\n')).message).toMatch(/demo\.txt: the file is empty/);
  });

  it('a huge line', async () => {
    const error = await failsCleanly(`第一章  总则\n${'很'.repeat(250_000)}\n`);
    expect(error.message).toMatch(/demo\.txt:2: line is 250000 characters long/);
  });

  it('text that is not UTF-8', async () => {
    const error = await failsCleanly(Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xd5, 0xc2])); // GBK
    expect(error.message).toMatch(/demo\.txt:1: the file is not valid UTF-8/);
  });

  it('a settings file with a wrong field', async () => {
    const error = await failsCleanly(good, { ...settings, level: 'city', headings: { chapter: ['chapter'] } });
    expect(error.message).toMatch(/demo\.json: invalid settings/);
    expect(error.message).toMatch(/- level: /);
    expect(error.message).toMatch(/- headings\.chapter\.0: /);
  });
});

describe('a sources folder that is not as expected stops with a clear error and writes nothing', () => {
  /** A good run, then `change` to the folder; the error must be an IngestError and the output unchanged. */
  async function folderFails(change: (sources: string) => Promise<unknown>): Promise<IngestError> {
    const { sources, out } = await project(good);
    await ingest(sources, out);
    const before = await snapshot(out);
    await change(sources);
    const error = await ingest(sources, out).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestError);
    expect(await snapshot(out)).toEqual(before);
    return error as IngestError;
  }

  it('a settings file without its text', async () => {
    const error = await folderFails((sources) => writeFile(join(sources, 'other.json'), JSON.stringify({ ...settings, slug: 'other' })));
    expect(error.message).toMatch(/other\.json: settings without a text: add other\.txt beside it, or remove other\.json/);
  });

  it('a text named in upper case', async () => {
    const error = await folderFails((sources) => rename(join(sources, 'demo.txt'), join(sources, 'demo.TXT')));
    expect(error.message).toMatch(/demo\.TXT: rename it to demo\.txt/);
  });

  it('a text without its settings', async () => {
    const error = await folderFails((sources) => writeFile(join(sources, 'other.txt'), good));
    expect(error.message).toMatch(/other\.json: the settings file is missing/);
  });

  it('old /adoption/{n}/ addresses asked of two frameworks', async () => {
    const framework = (slug: string) => ({ ...settings, slug, role: 'framework', shortAdoptionUrls: true });
    const error = await folderFails(async (sources) => {
      for (const slug of ['first-decision', 'second-law']) {
        await writeFile(join(sources, `${slug}.txt`), good);
        await writeFile(join(sources, `${slug}.json`), JSON.stringify(framework(slug)));
      }
    });
    expect(error.message).toMatch(/second-law\.json: "shortAdoptionUrls" is set on first-decision and second-law: \/adoption\/\{n\}\/ can lead to one framework only/);
  });

  it('old /adoption/{n}/ addresses asked of a local text', async () => {
    const error = await folderFails((sources) => writeFile(join(sources, 'demo.json'), JSON.stringify({ ...settings, shortAdoptionUrls: true })));
    expect(error.message).toMatch(/demo\.json: "shortAdoptionUrls" is for a framework \(role "framework"\): remove it from this local text/);
  });

  it('a missing sources folder', async () => {
    const { sources, out } = await project(good);
    await ingest(sources, out);
    const before = await snapshot(out);
    const error = await ingest(join(sources, 'missing'), out).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toMatch(/missing: the sources folder does not exist; put the texts and their settings in content\/sources\//);
    expect(await snapshot(out)).toEqual(before);
  });
});

describe('settings that do not fit the text', () => {
  it('titleLines that reach into a table', async () => {
    const error = await failsCleanly('某规划\n\t甲\n\t乙\n\n\t1\n\t2\n第一章  总则\n正文。\n', { ...settings, titleLines: 2 });
    expect(error.message).toMatch(/demo\.json: "titleLines" is 2, but line 2 among them is a table cell/);
  });
});

describe('input that is handled', () => {
  it('a line starting with “# ” and a U+FFFD written in the text', async () => {
    const { sources, out } = await project('第一章  总则\n# 以井号开头的正文。\n原文自带的替换字符\uFFFD。\n');
    const {
      documents: [document],
    } = await ingest(sources, out);
    expect(document.stats).toMatchObject({ chapters: 1, measures: 2 });
    const chapter = await readFile(join(out, 'chapters/demo/01.md'), 'utf8');
    expect(chapter).toContain('以井号开头的正文。');
    expect(chapter).toContain('\uFFFD');
  });

  it('a bidi control is shown isolated in the page, and stays in the text', async () => {
    const records = collectRecords(parseText('第一章  总则\n甲乙\u202E丙丁。\n'));
    const html = await renderHtml(records.chapters[0].markdown);
    expect(html).toMatch(/甲乙<bdi class="bidi-control" title="[^"]*U\+202E[^"]*">\u202E<\/bdi>丙丁。/);
  });

  it('CRLF line ends and a BOM give the same output as plain LF', async () => {
    const plain = collectRecords(parseText(good));
    const windows = collectRecords(parseText(`\uFEFF${good.replace(/\n/g, '\r\n')}`));
    expect(windows.chapters.map((c) => c.markdown)).toEqual(plain.chapters.map((c) => c.markdown));
  });

  it('full-width spaces inside headings', () => {
    const records = collectRecords(parseText('前　　言\n序。\n第一章　总则\n第一节　机制\n正文。'));
    expect(records.chapters.map((c) => [c.id, c.title])).toEqual([
      ['test-0', '前　　言'],
      ['test-1', '总则'],
    ]);
    expect(records.chapters[1].sections.map((s) => s.title)).toEqual(['机制']);
  });

  it('a heading with no body is kept, with a warning naming its line', async () => {
    const { sources, out } = await project('第一章  总则\n第一节  空\n第二节  有\n正文。\n');
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      await ingest(sources, out);
    } finally {
      console.warn = original;
    }
    expect(warnings).toEqual([`${join(sources, 'demo.txt')}:2: warning: heading “第一节  空” has no text under it`]);
  });

  it('HTML and <script> in a source stay text, in the Markdown and in the page', async () => {
    const text = '第一章  总则\n警惕<script>alert(1)</script>与<img src=x onerror=alert(2)>等标签。\n';
    const records = collectRecords(parseText(text));
    expect(records.lossless.ok).toBe(true);
    const html = await renderHtml(records.chapters[0].markdown);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('HTML in a table caption or a panel title stays text, in the Markdown and in the page', async () => {
    const text = '第一章  总则\n表1 <script>alert(1)</script>*强调*\n\t甲\n\t乙\n\n\t1\n\t2\n\n专栏1 <img src=x onerror=alert(2)>\n1．项目。\n';
    const records = collectRecords(parseText(text));
    expect(records.lossless.difference).toBeUndefined();
    expect(records.tables[0].caption).toBe('表1 <script>alert(1)</script>*强调*');
    const html = await renderHtml(records.chapters[0].markdown);
    expect(html).not.toMatch(/<script|<img|<em>/i);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>*强调*');
  });

  it('Markdown and directive syntax in a source stay text', async () => {
    const text = '第一章  总则\n:::measure{#x}\n*强调* _下划_ [链接](http://x) # 井号 | 竖线 :lead[假导语] 5~10人 www.example.com\n';
    const records = collectRecords(parseText(text));
    expect(records.lossless.difference).toBeUndefined();
    const html = await renderHtml(records.chapters[0].markdown);
    expect(html).not.toMatch(/<em>|<a href="http|<del>|<strong class="lead">假导语/);
    expect(html).toContain(':::measure{#x}');
  });

  it('a source added beside the others is ingested with its counts', async () => {
    const { sources, out } = await project(good);
    const {
      documents: [document],
    } = await ingest(sources, out);
    expect(document.stats).toMatchObject({ chapters: 1, sections: 1, measures: 1, charsIn: document.stats.charsOut });
    expect(
      Object.keys(await snapshot(out))
        .map((f) => f.slice(out.length + 1))
        .sort(),
    ).toEqual([
      'README.md',
      'adoption-articles.json',
      'adoption-evaluation.json',
      'adoption-matches.json',
      'adoption-summary.json',
      'chain-reports.json',
      'chains.json',
      'chapters/demo/01.md',
      'cited-documents.json',
      'counterpart-evaluation.json',
      'counterpart-summary.json',
      'counterparts.json',
      'documents.json',
      'editions.json',
      'evaluation-sets.json',
      'indicator-rows.json',
      'indicator-statements.json',
      'measure-themes.json',
      'measures.json',
      'panels.json',
      'search-index.json',
      'search-trad-simp.json',
      'source-texts.json',
      'tables.json',
      'theme-comparison.json',
      'theme-coverage.json',
    ]);
  });
});
