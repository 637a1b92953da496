/** The open data files, as a researcher loads them: complete, consistent, and Excel-ready CSV. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { sourcesDir } from '../../src/lib/corpus-dirs.ts';
import { readJson } from '../support/dist.ts';
import { shippedExpectations, stated } from '../support/expectation-schema.ts';

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
  const sources = shippedExpectations();

  it('has every measure with its place, title, text and permalink, ids unique', () => {
    const slugs = sources.map(({ slug }) => slug);
    for (const { slug, expected } of sources) expect(measures.filter((m) => m.source === slug).length, slug).toBe(expected.measures);
    expect(measures.filter((m) => !slugs.includes(m.source))).toEqual([]);
    expect(new Set(measures.map((m) => m.id)).size).toBe(measures.length);
  });

  for (const { slug, fact: want } of stated('a measure of the open data (openData.measure)', (e) => e.openData?.measure)) {
    it(`publishes ${want.id} with its place, title, text and permalink (${slug})`, () => {
      const sample = measures.find((m) => m.id === want.id)!;
      expect(sample).toMatchObject(want.fields);
      expect(sample.text.startsWith(want.textStartsWith)).toBe(true);
    });
  }

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

  const tables = readJson<Array<{ id: string; source: string; caption: string; header: string[]; rows: string[][]; rowIds: string[] }>>('data/tables.json');

  it('writes every table as data and as its own CSV', () => {
    for (const { slug, expected } of sources) expect(tables.filter((t) => t.source === slug).length, slug).toBe(expected.tables.length);
    expect(tables).toHaveLength(sources.reduce((n, { expected }) => n + expected.tables.length, 0));
    const csvs = readdirSync('dist/data/tables').sort();
    expect(csvs).toEqual(tables.map((t) => `${t.id}.csv`).sort());
  });

  for (const { slug, fact: want } of stated('a table of the open data (openData.table)', (e) => e.openData?.table)) {
    it(`writes ${want.id} as data and as its own CSV, merged cells filled, each row keyed by its id (${slug})`, () => {
      const table = tables.find((t) => t.id === want.id)!;
      expect(table.header).toEqual(want.header);
      expect(table.rows[want.row]).toEqual(want.cells);
      const [header, ...rows] = parseCsv(readFileSync(`dist/data/tables/${want.id}.csv`, 'utf8'));
      expect(header).toEqual(['row_id', ...table.header, 'is_total', 'inherited_columns']);
      expect(rows.map((row) => row.slice(1, -2))).toEqual(table.rows);
      expect(rows.map((row) => row[0])).toEqual(table.rowIds);
    });
  }

  it('writes the outline of every source', () => {
    const outline = readJson<Array<{ source: string; chapters: Array<{ title: string; sections: unknown[] }> }>>('data/outline.json');
    // In the order the settings give (`order`).
    const settings = readdirSync(sourcesDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(sourcesDir, name), 'utf8')) as { slug: string; order?: number });
    const byOrder = settings.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.slug.localeCompare(b.slug)).map((s) => s.slug);
    expect(outline.map((s) => s.source)).toEqual(byOrder);
    for (const { slug, expected } of sources) {
      expect(
        outline.find((s) => s.source === slug)!.chapters.map((c) => c.sections.length),
        slug,
      ).toEqual(expected.sections);
    }
  });
});
