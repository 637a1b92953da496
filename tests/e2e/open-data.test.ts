/** The open data files, as a researcher loads them: complete, consistent, and Excel-ready CSV. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJson } from '../support/dist.ts';

interface Measure {
  id: string;
  source: string;
  jurisdiction: string;
  chapterNumber: number;
  chapterTitle: string;
  sectionNumber: number;
  sectionTitle: string;
  title: string;
  text: string;
  url: string;
}

/** A small RFC 4180 reader, to read the CSV back as Excel would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('open data', () => {
  const measures = readJson<Measure[]>('data/measures.json');

  it('has every measure with its place, title, text and permalink, ids unique', () => {
    const counts = Object.fromEntries(['sichuan', 'suining', 'dazhou', 'guanghan', 'renshou'].map((s) => [s, measures.filter((m) => m.source === s).length]));
    expect(counts).toEqual({ sichuan: 28, suining: 140, dazhou: 91, guanghan: 45, renshou: 20 });
    expect(new Set(measures.map((m) => m.id)).size).toBe(measures.length);
    const sample = measures.find((m) => m.id === 'sichuan-3-0-17')!;
    expect(sample).toMatchObject({
      jurisdiction: '四川省',
      chapterNumber: 3,
      chapterTitle: '创新和完善城市基层治理制度',
      label: '(十七)',
      title: '健全社区网格化管理服务机制',
      url: '/plans/sichuan/3/#sichuan-3-0-17',
    });
    expect(sample.text.startsWith('(十七)健全社区网格化管理服务机制。')).toBe(true);
  });

  it('writes measures.csv as UTF-8 without a byte order mark that reads back to the same rows as the JSON', () => {
    const raw = readFileSync('dist/data/measures.csv', 'utf8');
    expect(raw.startsWith('id,source,')).toBe(true);
    const [header, ...rows] = parseCsv(raw);
    expect(header).toEqual([
      'id',
      'source',
      'jurisdiction',
      'chapterNumber',
      'chapterTitle',
      'sectionNumber',
      'sectionTitle',
      'label',
      'title',
      'text',
      'url',
      'absoluteUrl',
      'line',
    ]);
    expect(rows).toHaveLength(measures.length);
    rows.forEach((row, i) => {
      expect(row[0]).toBe(measures[i].id);
      expect(row[9]).toBe(measures[i].text);
    });
  });

  it('writes every table as data and as its own CSV, merged cells filled, each row keyed by its id', () => {
    const tables = readJson<Array<{ id: string; caption: string; header: string[]; rows: string[][]; rowIds: string[] }>>('data/tables.json');
    expect(tables).toHaveLength(8);
    const csvs = readdirSync('dist/data/tables').sort();
    expect(csvs).toEqual(tables.map((t) => `${t.id}.csv`).sort());
    const indicators = tables.find((t) => t.id === 'dazhou-2-3-table1')!;
    expect(indicators.header).toEqual(['类别', '维度', '指标', '目标值', '属性']);
    expect(indicators.rows[1]).toEqual(['城乡社区发展', '——', '每百户居民拥有社区综合服务设施面积（平方米）', '≥30', '预期性']);
    const [header, ...rows] = parseCsv(readFileSync('dist/data/tables/dazhou-2-3-table1.csv', 'utf8'));
    expect(header).toEqual(['row_id', ...indicators.header, 'is_total', 'inherited_columns']);
    expect(rows.map((row) => row.slice(1, -2))).toEqual(indicators.rows);
    expect(rows.map((row) => row[0])).toEqual(indicators.rowIds);
  });

  it('writes the outline of every source', () => {
    const outline = readJson<Array<{ source: string; chapters: Array<{ title: string; sections: unknown[] }> }>>('data/outline.json');
    expect(outline.map((s) => s.source)).toEqual(['sichuan', 'suining', 'dazhou', 'guanghan', 'renshou']);
    expect(outline.find((s) => s.source === 'suining')!.chapters.flatMap((c) => c.sections)).toHaveLength(48);
  });
});
