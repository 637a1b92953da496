/**
 * End to end on a copy of the project's sources: `add` a county plan that is not in the corpus,
 * run ingest over the copy, and read what the site will read: the generated chapter Markdown and
 * records carry the plan's chapters, sections and measures with their ids. The real content/ is
 * never touched.
 */
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource } from '../../../scripts/add.ts';
import { ingest } from '../../../scripts/ingest.ts';

let work: string;
let sources: string;
let generated: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'plan-atlas-add-e2e-'));
  sources = join(work, 'sources');
  generated = join(work, 'generated');
  await cp('content/sources', sources, { recursive: true });
  await addSource({ file: 'tests/fixtures/add/county-plan-zhang.txt', slug: 'wangcang', sourcesDir: sources, overrides: { parents: ['广元市'] } });
  await addSource({ file: 'tests/fixtures/add/regulation-articles.txt', slug: 'mianyang-volunteers', sourcesDir: sources });
  await ingest(sources, generated);
}, 120_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

// Generated collections hold their records under `entries`, below a `generated` stamp.
const readJson = async (name: string) => JSON.parse(await readFile(join(generated, name), 'utf8')).entries;

describe('add, then ingest', () => {
  it('ingests the added plan beside the sources already there', async () => {
    const documents: Array<{ id: string; stats: Record<string, number> }> = await readJson('documents.json');
    const existing = (await readdir('content/sources')).filter((name) => name.endsWith('.txt')).length;
    expect(documents).toHaveLength(existing + 2);
    expect(documents.find((d) => d.id === 'wangcang')?.stats).toEqual({ chapters: 5, sections: 6, measures: 13, tables: 0, panels: 1, charsIn: 615, charsOut: 615 });
  });

  it('writes one chapter file per chapter, each carrying its sections, measures and panel with their ids', async () => {
    expect((await readdir(join(generated, 'chapters', 'wangcang'))).sort()).toEqual(['00.md', '01.md', '02.md', '03.md', '04.md']);
    const chapter3 = await readFile(join(generated, 'chapters', 'wangcang', '03.md'), 'utf8');
    for (const id of ['wangcang-3-1', 'wangcang-3-1-1', 'wangcang-3-1-2', 'wangcang-3-1-panel1', 'wangcang-3-2', 'wangcang-3-2-1', 'wangcang-3-2-2']) {
      expect(chapter3).toMatch(new RegExp(`\\{#${id}[ }]`));
    }
    expect(chapter3).toContain('"title": "主要任务"');
    expect(chapter3).toContain('专栏1  基层组织建设重点工程');
    const chapter4 = await readFile(join(generated, 'chapters', 'wangcang', '04.md'), 'utf8');
    expect(chapter4).toMatch(/\{#wangcang-4-0-1[ }]/);
  });

  it('gives each measure its chapter, section, lead and permalink in the records', async () => {
    const measures: Array<Record<string, unknown>> = (await readJson('measures.json')).filter((m: { source: string }) => m.source === 'wangcang');
    expect(measures.map((m) => m.id)).toEqual([
      'wangcang-0-0-1',
      'wangcang-0-0-2',
      'wangcang-1-1-1',
      'wangcang-1-1-2',
      'wangcang-1-2-1',
      'wangcang-2-1-1',
      'wangcang-2-2-1',
      'wangcang-3-1-1',
      'wangcang-3-1-2',
      'wangcang-3-2-1',
      'wangcang-3-2-2',
      'wangcang-4-0-1',
      'wangcang-4-0-2',
    ]);
    expect(measures.find((m) => m.id === 'wangcang-3-1-1')).toMatchObject({
      jurisdiction: '旺苍县',
      chapterNumber: 3,
      chapterTitle: '主要任务',
      sectionNumber: 1,
      sectionTitle: '健全基层组织体系',
      title: '建强村级党组织',
      url: '/plans/wangcang/3/#wangcang-3-1-1',
    });
  });

  it('labels the added regulation’s articles with their numbers as written', async () => {
    const labels = (await readJson('measures.json'))
      .filter((m: { source: string; label: string }) => m.source === 'mianyang-volunteers' && m.label)
      .map((m: { label: string }) => m.label);
    expect(labels).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条', '第七条', '第八条', '第九条']);
  });
});
