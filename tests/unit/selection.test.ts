/** The handout as data: assembled from shards in the URL's order, exported to Markdown, CSV and Word HTML. */
import { describe, expect, it } from 'vitest';
import { assembleHandout, handoutCsv, handoutMarkdown, handoutWordHtml } from '../../src/lib/selection/handout.ts';
import { move, readSelectionParams, selectionHref } from '../../src/lib/selection/store.ts';
import type { SelectionShard } from '../../src/schemas/selection-unit.ts';

const shard: SelectionShard = {
  document: { slug: 'town', jurisdiction: '某县', title: '某县基层治理规划', url: '/plans/town/', kind: 'plan', issuer: '某县人民政府', dates: { issued: '2021-05' } },
  units: [
    {
      id: 'town-1-1-1',
      kind: 'measure',
      url: '/plans/town/1/#town-1-1-1',
      heading: '建立网格',
      where: ['第一章 总则', '第一节 组织'],
      paragraphs: ['建立网格。划分<网格>，每格 300 户。'],
    },
    {
      id: 'town-1-1-table1',
      kind: 'table',
      url: '/plans/town/1/#town-1-1-table1',
      heading: '表1 指标',
      where: ['第一章 总则'],
      paragraphs: [],
      table: { header: ['指标', '目标|值'], rows: [['覆盖率', '100%']] },
    },
  ],
};
const handout = assembleHandout({
  ids: ['town-1-1-table1', 'nope-1', 'town-1-1-1'],
  title: '第一讲',
  notes: '目标：读懂网格',
  shards: [shard],
  site: 'https://atlas.test/',
  accessed: '2026-11-25',
});

describe('a handout', () => {
  it('keeps the URL’s order, lists unknown ids, and cites each unit with the issuing body, year and place', () => {
    expect(handout.entries.map((e) => e.unit.id)).toEqual(['town-1-1-table1', 'town-1-1-1']);
    expect(handout.missing).toEqual(['nope-1']);
    expect(handout.entries[1].reference).toBe(
      '某县人民政府. 某县基层治理规划[Z/OL]. 2021: 第一章 总则, 第一节 组织, 建立网格[2026-11-25]. https://atlas.test/plans/town/1/#town-1-1-1.',
    );
    expect(handout.entries[0].permalink).toBe('https://atlas.test/plans/town/1/#town-1-1-table1');
  });

  it('exports Markdown with title, notes, each unit in full, its permalink and the references at the end', () => {
    expect(handoutMarkdown(handout)).toBe(
      [
        '# 第一讲',
        '',
        '目标：读懂网格',
        '',
        '## 1. 表1 指标',
        '',
        '*某县《某县基层治理规划》 · 第一章 总则*',
        '',
        '| 指标 | 目标\\|值 |',
        '| --- | --- |',
        '| 覆盖率 | 100% |',
        '',
        '<https://atlas.test/plans/town/1/#town-1-1-table1>',
        '',
        '## 2. 建立网格',
        '',
        '*某县《某县基层治理规划》 · 第一章 总则 · 第一节 组织*',
        '',
        '建立网格。划分<网格>，每格 300 户。',
        '',
        '<https://atlas.test/plans/town/1/#town-1-1-1>',
        '',
        '## 参考文献',
        '',
        '[1] 某县人民政府. 某县基层治理规划[Z/OL]. 2021: 第一章 总则, 表1 指标[2026-11-25]. https://atlas.test/plans/town/1/#town-1-1-table1.',
        '[2] 某县人民政府. 某县基层治理规划[Z/OL]. 2021: 第一章 总则, 第一节 组织, 建立网格[2026-11-25]. https://atlas.test/plans/town/1/#town-1-1-1.',
        '',
      ].join('\n'),
    );
  });

  it('exports CSV for Excel: BOM, CRLF, one row per unit in order', () => {
    const csv = handoutCsv(handout);
    expect(csv.startsWith('\uFEFForder,id,kind,jurisdiction,document,where,heading,text,url,citation\r\n')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(csv).toContain(
      '2,town-1-1-1,measure,某县,某县基层治理规划,第一章 总则 · 第一节 组织,建立网格,建立网格。划分<网格>，每格 300 户。,https://atlas.test/plans/town/1/#town-1-1-1,',
    );
  });

  it('exports a Word document in which source text stays text (markup escaped)', () => {
    const html = handoutWordHtml(handout);
    expect(html).toContain('<p>建立网格。划分&lt;网格&gt;，每格 300 户。</p>');
    expect(html).not.toContain('<网格>');
    expect(html).toContain('<th>目标|值</th>');
  });
});

describe('the selection URL', () => {
  it('round-trips ids in order, title and notes, with readable commas and no duplicates', () => {
    const href = selectionHref({ ids: ['a-1', 'b-2', 'c-3'], title: '第 一 讲', notes: '甲&乙' });
    expect(href).toBe('/selection/?ids=a-1,b-2,c-3&title=%E7%AC%AC+%E4%B8%80+%E8%AE%B2&notes=%E7%94%B2%26%E4%B9%99');
    expect(readSelectionParams(href.slice(href.indexOf('?')))).toEqual({ ids: ['a-1', 'b-2', 'c-3'], title: '第 一 讲', notes: '甲&乙' });
    expect(readSelectionParams('?ids=a,b,a,,c').ids).toEqual(['a', 'b', 'c']);
    expect(selectionHref({ ids: [], title: '', notes: '' })).toBe('/selection/');
  });

  it('moves an id up or down and stops at the ends', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
