/**
 * Official documents and odd inputs, each a fixture under tests/fixtures/documents/<case>/
 * (`source.txt`, `settings.json`) with its expected outline, warnings and lossless check written
 * beside it as `outline.txt`. Regenerate with `npx vitest run -u` after checking the change is right.
 */
import { describe, expect, it } from 'vitest';
import { documentCases, report, runDocument, type DocumentRun } from '../../support/documents.ts';
import { units } from '../../support/ingest.ts';

const ok = (run: DocumentRun) => {
  if (run.error) throw run.error;
  return run;
};
const measures = (run: DocumentRun) => units(ok(run).parsed.tree, ['measure']);
const byId = (run: DocumentRun) => new Map(measures(run).map((m) => [m.id, m.text]));
const at = (name: string, line: number) => `tests/fixtures/documents/${name}/source.txt:${line}: warning: `;

describe.each(documentCases)('%s', (name) => {
  it('matches its outline fixture', async () => {
    await expect(report(await runDocument(name))).toMatchFileSnapshot(`../../fixtures/documents/${name}/outline.txt`);
  });
});

describe('a law with chapters, sections and articles', () => {
  it('has its five chapters, two sections in chapter 2, and 26 articles as measures', async () => {
    const run = ok(await runDocument('law'));
    expect(run.records.chapters.map((c) => c.heading)).toEqual(['', '第一章　总　　则', '第二章　社区协商委员会', '第三章　协商会议', '第四章　保障和监督', '第五章　附　　则']);
    expect(run.records.chapters[2].sections.map((s) => [s.id, s.title])).toEqual([
      ['community-consultation-law-2-1', '组成和职责'],
      ['community-consultation-law-2-2', '选举和任期'],
    ]);
    expect(run.records.measures).toHaveLength(26);
    expect(run.records.measures.map((m) => m.label)).toEqual(
      Array.from(
        { length: 26 },
        (_, i) =>
          `第${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五', '二十六'][i]}条`,
      ),
    );
  });

  it('gives each article an id that carries its chapter, section and article number', async () => {
    const ids = measures(await runDocument('law')).map((m) => m.id);
    expect(ids).toContain('community-consultation-law-1-0-1');
    expect(ids).toContain('community-consultation-law-2-1-8');
    expect(ids).toContain('community-consultation-law-2-2-14');
    expect(ids).toContain('community-consultation-law-4-0-21');
    expect(ids.at(-1)).toBe('community-consultation-law-5-0-26');
  });

  it('keeps an article of several paragraphs, and its （一）… list, as one measure', async () => {
    const run = await runDocument('law');
    const text = byId(run);
    expect(text.get('community-consultation-law-1-0-2')).toBe(
      '第二条　本法所称社区协商组织，是在居民委员会、村民委员会的指导下，由社区居民、驻社区单位和社会组织的代表组成的议事协商组织。' +
        '社区协商组织依照法律和协商章程开展协商，不得代替居民委员会、村民委员会履行法定职责。' +
        '社区协商组织的设立、撤销和规模调整，由居民委员会、村民委员会提出，经居民会议、村民会议讨论同意后，报不设区的市、市辖区、县人民政府或者它的派出机关备案。',
    );
    const eighth = text.get('community-consultation-law-2-1-8')!;
    expect(eighth.startsWith('第八条　社区协商委员会的职责是：（一）收集居民')).toBe(true);
    expect(eighth.endsWith('前款第（二）项规定的协商议题，应当在协商会议召开七日前向居民公布。')).toBe(true);
    // No measure starts with a list number: every （一） stays inside its article.
    expect(measures(run).filter((m) => /^[（(]/.test(m.text))).toEqual([]);
  });

  it('reads the adoption note as the imprint and the 目录 as contents, not as measures or chapters', async () => {
    const run = ok(await runDocument('law'));
    const front = run.records.chapters[0];
    expect(front.markdown).toMatch(/:::imprint\n（2009年10月28日第十一届/);
    expect(front.markdown).toMatch(/:::contents\n目　　录/);
    expect(run.records.measures.some((m) => m.text.includes('2009年10月28日'))).toBe(false);
  });

  it('loses nothing and warns about nothing', async () => {
    const run = ok(await runDocument('law'));
    expect(run.records.lossless.difference).toBeUndefined();
    expect(run.parsed.warnings).toEqual([]);
  });
});

describe('a local regulation of articles only', () => {
  it('has 33 articles numbered by their own numbers, in a front chapter without heading', async () => {
    const run = ok(await runDocument('regulation'));
    expect(run.records.document.stats).toMatchObject({ chapters: 0, sections: 0, measures: 33 });
    expect(measures(run).map((m) => m.id)).toEqual(Array.from({ length: 33 }, (_, i) => `jiangan-volunteering-0-0-${i + 1}`));
    expect(run.records.lossless.ok).toBe(true);
    expect(run.parsed.warnings).toEqual([]);
  });

  it('keeps a list and the paragraph after it inside their article', async () => {
    const text = byId(await runDocument('regulation')).get('jiangan-volunteering-0-0-14')!;
    expect(text).toMatch(/^第十四条　志愿服务组织应当履行下列职责：（一）招募志愿者/);
    expect(text).toMatch(/（五）法律、法规规定的其他职责。志愿服务组织安排志愿者参与可能发生人身危险的志愿服务活动前/);
  });

  it('reads the two-line adoption and approval note as the imprint', async () => {
    const run = ok(await runDocument('regulation'));
    expect(run.records.chapters[0].markdown).toMatch(/^:::imprint\n（2019年8月29日[^\n]*\n\n2019年11月28日[^\n]*批准）\n:::/m);
  });
});

describe('a plan with lead-less numbered items', () => {
  it('ends each list entry at its own line, so the paragraph after a list is a measure of its own', async () => {
    const text = byId(await runDocument('plan-lead-less-items'));
    expect(text.get('qingshi-plan-1-2-5')).toBe('4.居民参与社区治理的渠道更加畅通。');
    expect(text.get('qingshi-plan-1-2-6')).toBe('上述目标纳入乡镇（街道）年度考核，由县委社会工作部牵头评估。');
  });

  it('lets a titled item hold its paragraphs up to the next item', async () => {
    const text = byId(await runDocument('plan-lead-less-items'));
    expect(text.get('qingshi-plan-2-1-1')).toBe('1.深化街道管理体制改革推动街道聚焦党的建设、公共服务、公共管理和公共安全等主责主业。完善街道职责清单，健全事项准入制度。');
    expect(text.get('qingshi-plan-2-1-2')).toBe('2.健全社区党组织领导下的议事协商机制推行“小区党支部＋业主委员会＋物业服务企业”协同治理。');
  });
});

describe('odd and malformed inputs', () => {
  it('a list inside an article no longer swallows the articles after it', async () => {
    const run = await runDocument('list-swallows-articles');
    expect(measures(run).map((m) => m.id)).toEqual([
      'list-swallows-articles-1-0-1',
      'list-swallows-articles-1-0-2',
      'list-swallows-articles-1-0-3',
      'list-swallows-articles-2-0-4',
    ]);
  });

  it('lines of only invisible characters are no units, each with a warning', async () => {
    const run = ok(await runDocument('invisible-lines'));
    expect(measures(run).map((m) => m.id)).toEqual(['invisible-lines-1-0-1', 'invisible-lines-1-0-2', 'invisible-lines-1-0-3']);
    expect(run.parsed.warnings.filter((w) => w.includes('only invisible characters')).map((w) => w.split('warning: ')[0])).toEqual([
      at('invisible-lines', 3).replace('warning: ', ''),
      at('invisible-lines', 5).replace('warning: ', ''),
      at('invisible-lines', 6).replace('warning: ', ''),
    ]);
    expect(run.records.lossless.ok).toBe(true);
  });

  it('a zero-width space inside 第三章 or before 第一节 does not hide the heading', async () => {
    const run = ok(await runDocument('invisible-in-heading'));
    expect(run.records.chapters.map((c) => c.id)).toEqual(['invisible-in-heading-1', 'invisible-in-heading-2', 'invisible-in-heading-3']);
    expect(run.records.chapters[1].sections.map((s) => s.id)).toEqual(['invisible-in-heading-2-1', 'invisible-in-heading-2-2']);
    expect(run.parsed.warnings).toEqual([
      `${at('invisible-in-heading', 4)}“第一节　一般规定” holds invisible characters (U+200B); read as a section heading all the same, the characters kept — remove them from the source`,
      `${at('invisible-in-heading', 8)}“第三章　附则” holds invisible characters (U+200B); read as a chapter heading all the same, the characters kept — remove them from the source`,
    ]);
    expect(run.records.lossless.ok).toBe(true);
  });

  it('bidi controls stay in the text, isolated, with a warning per line', async () => {
    const run = ok(await runDocument('bidi-controls'));
    expect(run.records.chapters[0].markdown).toContain('为了规范社区服务，:bidi[\u202E]制定本办法。');
    expect(run.parsed.warnings.map((w) => w.slice(0, w.indexOf('warning: ') + 9))).toEqual([at('bidi-controls', 2), at('bidi-controls', 3)]);
    expect(run.records.lossless.ok).toBe(true);
  });

  it('C1 control characters and bytes that are not UTF-8 are refused with their line', async () => {
    expect((await runDocument('c1-control')).error?.message).toBe('tests/fixtures/documents/c1-control/source.txt:2: control character U+0085 at column 16; remove it');
    expect((await runDocument('invalid-utf8')).error?.message).toMatch(/^tests\/fixtures\/documents\/invalid-utf8\/source\.txt:3: the file is not valid UTF-8/);
  });

  it('a U+FFFD written in the text is text', async () => {
    const run = ok(await runDocument('replacement-character'));
    expect(run.records.measures[0].text).toBe('原文此处有一个替换字符\uFFFD，是原文自带的。');
  });

  it('a line starting with # is text, kept with its #', async () => {
    const run = ok(await runDocument('hash-line-start'));
    expect(run.records.lossless.ok).toBe(true);
    expect(run.records.measures.map((m) => m.text)).toEqual(['# 井号开头的一行正文。', '## 两个井号开头的一行。', '#话题标签 不是标题。']);
  });

  it('titleLines past the end of the text is a settings error', async () => {
    expect((await runDocument('title-lines-past-text')).error?.message).toMatch(
      /^tests\/fixtures\/documents\/title-lines-past-text\/settings\.json: "titleLines" is 5000, but the text has only 3 non-blank lines/,
    );
  });

  it('a row of lone TABs stays empty instead of copying the row above', async () => {
    const run = ok(await runDocument('tab-only-table-row'));
    expect(run.records.tables[0].rows).toEqual([
      ['甲区', '12'],
      ['', ''],
      ['乙区', '8'],
    ]);
    expect(run.parsed.warnings).toEqual([
      `${at('tab-only-table-row', 9)}table row holds only empty cells (lone TABs); kept empty, not filled from the row above — check the source`,
    ]);
  });

  it('a one-column table is kept as paragraphs, with a warning naming its lines', async () => {
    const run = ok(await runDocument('one-column-table'));
    expect(run.parsed.warnings).toEqual([
      `${at('one-column-table', 3)}lines 3–7 hold one TAB cell each, like a one-column table; kept as paragraphs — a table needs two or more cells a row`,
    ]);
  });

  it('only Word’s own bookmarks at the start of a line are debris; one in a sentence is text', async () => {
    const run = ok(await runDocument('bookmark-in-sentence'));
    expect(run.records.chapters[0].heading).toBe('第一章　总则');
    expect(run.records.measures.map((m) => m.text)).toEqual(['正文引用[bookmark: 附表一]所列项目。', '[bookmark: 用户书签] 用户写下的书签说明。']);
  });

  it('headings numbered with full-width or ASCII digits are read as numbers', async () => {
    const run = ok(await runDocument('full-width-digits'));
    expect(run.records.chapters.map((c) => c.id)).toEqual(['full-width-digits-1', 'full-width-digits-2', 'full-width-digits-12']);
    expect(run.records.chapters[1].sections.map((s) => s.id)).toEqual(['full-width-digits-2-1']);
  });

  it('a heading style the text uses but the settings omit is a warning that names it', async () => {
    const mixed = ok(await runDocument('mixed-heading-styles'));
    expect(mixed.parsed.warnings).toEqual([
      `${at('mixed-heading-styles', 1)}2 lines look like "zhang" (第一章) headings, but the settings do not list "zhang", so they are read as text; add it to headings.chapter if they are headings`,
    ]);
    const articles = ok(await runDocument('articles-not-listed'));
    expect(articles.parsed.warnings).toEqual([
      `${at('articles-not-listed', 2)}3 lines look like "tiao" (第一条) headings, but the settings do not list "tiao", so they are read as text; add it to headings.item (articles) if they are headings`,
    ]);
  });

  it('a listed style that matches nothing is a warning that says what the text seems to use', async () => {
    expect(ok(await runDocument('styles-match-nothing')).parsed.warnings).toEqual([
      `${at('styles-match-nothing', 2)}settings list "jie" (第一节) as a section style, but no line matches it; the text seems to use "cn-paren" (（一）): 3 lines, the first at line 2`,
    ]);
    expect(ok(await runDocument('tiao-matches-nothing')).parsed.warnings).toEqual([
      `${at('tiao-matches-nothing', 1)}settings list "tiao" (第一条) as articles, but no line matches it; check headings in the settings`,
    ]);
  });
});
