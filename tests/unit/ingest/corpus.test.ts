/**
 * The five real texts: counts and titles pinned per source, tables' shapes, losslessness, and an
 * outline fixture per source (tests/fixtures/outline/*.txt) that makes any parser change visible
 * in review. Regenerate the fixtures with `npx vitest run -u` after checking the change is right.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../../scripts/lib/collect-records.ts';
import { chapterCanon, sourceCanon } from '../../../scripts/lib/lossless.ts';
import { markdownToTree } from '../../../scripts/lib/markdown.ts';
import { parseReal, slugs, units } from '../../support/ingest.ts';

const sha256: Record<string, string> = {
  suining: '96a801a3e3f9527d6aa1a9785f81819918d40b918fd079a0d4a7b674b29e5c3e',
  dazhou: 'afc7c321b40ad1c19251e584f9f80a66b555c7af2a3d6e80747c5da4ee94870f',
  guanghan: '56108aae147b5fe7cb2299b9ab1be67b79796828808b14b06d5ff3d3bc1a08ff',
  sichuan: '58ad3d99fc4761def676eec2f9504b4983627873a06373e8b1c51aff39b5911c',
  renshou: '9e814394ea1002fbe15ad0fc49b73da9a51012883b03b3ed6b51a84dc55424ee',
};

/** What each source must come out as: chapter titles in order, sections per chapter, measures, tables. */
const expected = {
  sichuan: {
    chapters: ['一、（第一部分，前文缺失）', '深入推进现代乡村治理制度改革', '创新和完善城市基层治理制度', '全面加强城乡基层治理能力建设', '加强城乡基层治理制度创新和能力建设组织领导'],
    sections: [0, 0, 0, 0, 0],
    measures: 28,
    tables: [],
    panels: 0,
  },
  suining: {
    chapters: ['全面开启城乡基层治理新征程', '以党建引领打造基层治理核心力量', '以自治强基激发基层治理新活力', '以法治保障构建基层治理新秩序', '以德治润化滋养基层治理引领力', '以智治支撑打造基层治理新体验', '以社区经济激活基层治理新效能', '以主城突破带动全域基层治理新发展', '以共建共享高起点推进川渝毗邻地区基层治理', '以要素保障夯实规划实施基础'],
    sections: [5, 4, 5, 5, 5, 5, 5, 4, 5, 5],
    measures: 140,
    tables: [],
    panels: 7,
  },
  dazhou: {
    chapters: ['前　　言', '规划背景', '总体要求', '社区发展', '社区服务', '社区治理', '保障措施'],
    sections: [0, 4, 3, 3, 3, 5, 5],
    measures: 91,
    tables: [['表1  “十三五”末达州市城乡社区数量分布', 4, 9], ['表2  达州市“十四五”城乡社区发展治理主要指标', 5, 37], ['表3　公共法律服务平台建设任务分解', 5, 11], ['表4  社会工作站建设任务', 4, 3], ['表4  创建试点示范任务', 4, 10]],
    panels: 3,
  },
  guanghan: {
    chapters: ['前 言', '规划背景', '总体思路', '实施路径', '保障措施', '评价指标体系'],
    sections: [0, 3, 3, 2, 5, 2],
    measures: 45,
    tables: [['基层治理指标体系', 3, 35], ['基层治理保障指标体系', 3, 35]],
    panels: 9,
  },
  renshou: {
    chapters: ['前言', '指导思想', '目标任务', '主要任务', '保障措施', '附件'],
    sections: [0, 0, 0, 3, 0, 0],
    measures: 20,
    tables: [['部门重点任务分工', 3, 28]],
    panels: 0,
  },
} satisfies Record<(typeof slugs)[number], unknown>;

describe.each(slugs)('%s', (slug) => {
  it('is the byte-for-byte copy of the shared source', () => {
    const hash = createHash('sha256').update(readFileSync(`content/sources/${slug}.txt`)).digest('hex');
    expect(hash).toBe(sha256[slug]);
  });

  it('has its chapters, sections, measures, tables and panels', async () => {
    const records = collectRecords(await parseReal(slug));
    const want = expected[slug];
    expect(records.chapters.map((c) => c.title)).toEqual(want.chapters);
    expect(records.chapters.map((c) => c.sections.length)).toEqual(want.sections);
    expect(records.measures).toHaveLength(want.measures);
    expect(records.tables.map((t) => [t.caption, t.header.length, t.rows.length])).toEqual(want.tables);
    expect(records.panels).toHaveLength(want.panels);
    for (const table of records.tables) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
  });

  it('loses, duplicates and invents nothing: the output text is the source text', async () => {
    const parsed = await parseReal(slug);
    const records = collectRecords(parsed);
    expect(records.lossless.difference).toBeUndefined();
    expect(records.lossless.charsOut).toBe(records.lossless.charsIn);
    // And sentence by sentence, so a failure names the sentence: each once, in order.
    const sentences = (text: string) => text.split(/(?<=[。！？；])/).filter(Boolean);
    const source = sentences(sourceCanon(parsed.source.text));
    // The output's text, read back from the generated Markdown as the site reads it.
    const output = parsed.titleLines.join('').replace(/\s+/g, '') + records.chapters.map((c) => chapterCanon(c.heading, markdownToTree(c.markdown))).join('');
    let from = 0;
    for (const sentence of source) {
      const at = output.indexOf(sentence, from);
      expect(at, `sentence missing or out of order: ${sentence}`).toBe(from);
      from = at + sentence.length;
    }
    expect(from, 'text after the last source sentence').toBe(output.length);
  });

  it('gives every unit a unique id, the same on every run', async () => {
    const first = units((await parseReal(slug)).tree).map((u) => u.id);
    const second = units((await parseReal(slug)).tree).map((u) => u.id);
    expect(new Set(first).size).toBe(first.length);
    expect(second).toEqual(first);
    for (const id of first) expect(id).toMatch(new RegExp(`^${slug}-\\d+(-\\d+(-(\\d+|table\\d+|panel\\d+))?)?$`));
  });

  it('matches its outline fixture', async () => {
    const outline = units((await parseReal(slug)).tree)
      .map((u) => `${'  '.repeat(['chapter', 'section'].indexOf(u.name) + 1 || 3)}${u.name} ${u.id} ${u.heading || u.title} (${u.text.length})`)
      .join('\n');
    await expect(`${outline}\n`).toMatchFileSnapshot(`../../fixtures/outline/${slug}.txt`);
  });
});
