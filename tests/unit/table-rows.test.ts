/** The rows of a table as the open data writes them: spacing closed up, totals flagged, inherited cells named. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../scripts/lib/collect-records.ts';
import { parseSource } from '../../scripts/lib/pipeline.ts';
import { readSourceFiles } from '../../scripts/lib/read-source.ts';
import { isTotalsLabel, normaliseCell, openTableRows, tableColumns } from '../../src/lib/tables/open-rows.ts';

describe('a table cell for the open data', () => {
  it('closes up spacing beside Han characters, whatever the space: doubled, ideographic, no-break', () => {
    expect(normaliseCell('渠  县')).toBe('渠县');
    expect(normaliseCell('渠\u3000县')).toBe('渠县');
    expect(normaliseCell(' 合\u00A0\u00A0计 ')).toBe('合计');
    expect(normaliseCell('2021 年')).toBe('2021年');
    expect(normaliseCell('（预期指标） 个')).toBe('（预期指标）个');
  });

  it('keeps one space between Latin words or numbers', () => {
    expect(normaliseCell('Wi  Fi 6')).toBe('Wi Fi 6');
    expect(normaliseCell('10 - 20')).toBe('10 - 20');
  });
});

describe('a totals row', () => {
  it('is named by its label however it is spaced: 总  数, 合  计, 合计, 总计, 共计, 小计', () => {
    for (const label of ['总  数', '合  计', '合计', '总计', '共　计', '小计：', ' 总数 ']) expect(isTotalsLabel(label), label).toBe(true);
  });

  it('is not a row whose label only contains such a word', () => {
    for (const label of ['社区总数（个）', '总数量', '合计数', '通川区', '', '1']) expect(isTotalsLabel(label), label).toBe(false);
  });
});

describe('a table’s columns', () => {
  it('are its header normalised, unique, none empty, none one of the added columns', () => {
    expect(tableColumns(['县（市、区）', '', '县（市、区）', 'row_id', '总  数', 'a|b'])).toEqual(['县（市、区）', 'column2', '县（市、区）_3', 'row_id_4', '总数', 'a｜b']);
  });
});

describe('a table’s rows', () => {
  const table = {
    id: 't-1-1-table1',
    source: 't',
    chapterPath: '1',
    header: ['县', '类  别', '数'],
    rows: [
      ['甲　县', '一类', '1'],
      ['甲　县', '二类', '2'],
      ['甲　县', '二类', '3'],
      ['合  计', '——', '6'],
    ],
    rowIds: ['t-1-1-table1-r1', 't-1-1-table1-r2', 't-1-1-table1-r3', 't-1-1-table1-r4'],
    inherited: [
      [false, false, false],
      [true, false, false],
      [true, true, false],
      [false, false, false],
    ],
  };
  const rows = openTableRows(table, 'https://plans.example.org/');

  it('carry the row ids minted at collect, and each row’s permalink, relative and absolute', () => {
    expect(rows.map((r) => r.row_id)).toEqual(table.rowIds);
    expect(rows[2]).toMatchObject({ row_number: 3, url: '/plans/t/1/#t-1-1-table1-r3', absoluteUrl: 'https://plans.example.org/plans/t/1/#t-1-1-table1-r3' });
  });

  it('name the inherited columns by their column names, joined by |, and null when every cell is written', () => {
    expect(rows.map((r) => r.inherited_columns)).toEqual([null, '县', '县|类别', null]);
  });

  it('flag the totals row and give the label normalised beside the label as written', () => {
    expect(rows.map((r) => r.is_total)).toEqual([false, false, false, true]);
    expect(rows[0]).toMatchObject({ label: '甲县', label_as_written: '甲　县', cells: ['甲县', '一类', '1'] });
  });
});

describe('collecting a table', () => {
  it('records which cells were filled from a merged cell above and which were written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-table-rows-'));
    writeFileSync(join(dir, 't.txt'), '第一章　总则\n表1  数量\n\t县\n\t类别\n\t数\n\n\t甲县\n\t一类\n\t1\n\n\t\n\t二类\n\t2\n\n\t\n\t\n\t3\n\n正文。\n');
    writeFileSync(
      join(dir, 't.json'),
      JSON.stringify({
        slug: 't',
        jurisdiction: '某县',
        jurisdictionEn: 'T',
        level: 'county',
        parents: [],
        title: '某',
        kind: 'plan',
        role: 'local',
        headings: { chapter: ['zhang'] },
      }),
    );
    const { tables } = collectRecords(parseSource(await readSourceFiles(join(dir, 't.txt'), join(dir, 't.json'))));
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toEqual([
      ['甲县', '一类', '1'],
      ['甲县', '二类', '2'],
      ['甲县', '二类', '3'],
    ]);
    expect(tables[0].inherited).toEqual([
      [false, false, false],
      [true, false, false],
      [true, true, false],
    ]);
  });
});
