/**
 * Table rows, the indicators that point at them, and the source texts, as a researcher joins them:
 * each table row keyed by the id its reading page anchors, totals and merged-cell fills flagged,
 * every indicator read from a table pointing at its row, every `line` pointing into a published text.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { readJson } from '../support/dist.ts';
import { shippedExpectations, stated } from '../support/expectation-schema.ts';

interface Table {
  id: string;
  source: string;
  line: number;
  header: string[];
  rows: string[][];
  rowIds: string[];
  inherited: boolean[][];
  isTotal: boolean[];
}
interface Text {
  name: string;
  path: string;
  format: string;
  bytes: number;
  hash: string;
  source: string;
  current: boolean;
  sources: Array<Record<string, string>>;
}

/** A CSV as objects keyed by its header, as csv.DictReader or read.csv gives them. */
function records(path: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(readFileSync(`dist/${path}`, 'utf8'));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}
const closedUp = (text: string) => text.replace(/[\s\u3000]+/gu, '');

const tables = readJson<Table[]>('data/tables.json');
const tableRows = records('data/table-rows.csv');

describe('the table CSVs', () => {
  it('key every row by the id its reading page anchors, then its columns, the totals flag and the inherited columns', () => {
    for (const table of tables) {
      const [header, ...rows] = parseCsv(readFileSync(`dist/data/tables/${table.id}.csv`, 'utf8'));
      expect(header).toEqual(['row_id', ...table.header.map(closedUp), 'is_total', 'inherited_columns']);
      expect(rows.map((row) => row[0])).toEqual(table.rowIds);
      expect(rows.map((row) => row.slice(1, -2))).toEqual(table.rows.map((row) => row.map(closedUp)));
      for (const row of tableRows.filter((r) => r.table_id === table.id)) {
        const page = readFileSync(`dist${row.url.split('#')[0]}index.html`, 'utf8');
        expect(page, row.row_id).toContain(`id="${row.row_id}"`);
      }
    }
    expect(tableRows.map((r) => r.row_id)).toEqual(tables.flatMap((t) => t.rowIds));
  });

  for (const { slug, fact } of stated('a row label written several ways (openData.rowLabels)', (e) => e.openData?.rowLabels)) {
    for (const { label, writtenAs } of fact) {
      it(`write one label one way (${writtenAs.map((w) => JSON.stringify(w)).join(', ')} are ${label}) while tables.json keeps the text as written (${slug})`, () => {
        const cells = tables
          .filter((t) => t.source === slug)
          .flatMap((t) => t.rows.map((row, r) => ({ written: row[0], id: t.rowIds[r] })))
          .filter((c) => closedUp(c.written) === label);
        expect(new Set(cells.map((c) => c.written))).toEqual(new Set(writtenAs));
        for (const { id } of cells) expect(tableRows.find((r) => r.row_id === id)).toMatchObject({ label });
      });
    }
  }

  it('flag exactly the totals rows each source’s expectations list, and no other', () => {
    for (const { slug, expected } of shippedExpectations()) {
      const own = new Set(tables.filter((t) => t.source === slug).map((t) => t.id));
      const flagged = tableRows.filter((r) => own.has(r.table_id) && r.is_total === 'true').map((r) => [r.row_id, r.label_as_written]);
      expect(flagged, slug).toEqual(expected.openData?.totals ?? []);
    }
    for (const table of tables) {
      const csv = records(`data/tables/${table.id}.csv`);
      expect(csv.map((r) => r.is_total)).toEqual(table.isTotal.map(String));
    }
  });

  it('name the cells filled from a merged cell above, each the same as the cell above it, and no written cell', () => {
    let filled = 0;
    for (const table of tables) {
      const columns = table.header.map(closedUp);
      const csv = records(`data/tables/${table.id}.csv`);
      table.inherited.forEach((flags, r) => {
        const named = columns.filter((_, c) => flags[c]);
        expect(csv[r].inherited_columns, table.rowIds[r]).toBe(named.join('|'));
        flags.forEach((flag, c) => flag && expect(table.rows[r][c]).toBe(table.rows[r - 1][c]));
        filled += named.length;
      });
    }
    expect(filled).toBeGreaterThan(0);
    for (const { fact } of stated('a table with cells filled from above (openData.table.inheritedFirstRows)', (e) =>
      e.openData?.table?.inheritedFirstRows ? e.openData.table : undefined,
    )) {
      const csv = records(`data/tables/${fact.id}.csv`);
      expect(
        csv.slice(0, fact.inheritedFirstRows!.length).map((r) => r.inherited_columns),
        fact.id,
      ).toEqual(fact.inheritedFirstRows);
    }
  });
});

describe('the indicators read from a table', () => {
  const indicators = readJson<Array<Record<string, string | number | null>>>('data/indicators.json');
  const rows = new Map(tableRows.map((r) => [r.row_id, r]));

  it('each point at the row they are read from, whose cells hold the target as written, with the row’s permalink', () => {
    const fromTables = indicators.filter((i) => i.origin === 'table');
    expect(fromTables).toHaveLength(shippedExpectations().reduce((n, { expected }) => n + expected.indicators!.fromTables, 0));
    for (const indicator of fromTables) {
      const row = rows.get(String(indicator.row_id))!;
      expect(row, String(indicator.row_id)).toBeDefined();
      expect(row.table_id).toBe(indicator.id);
      expect({ url: indicator.row_url, absoluteUrl: indicator.row_absoluteUrl }).toEqual({ url: row.url, absoluteUrl: row.absoluteUrl });
      const table = tables.find((t) => t.id === row.table_id)!;
      expect(table.rows[Number(row.row_number) - 1].map((cell) => cell.trim())).toContain(indicator.targetAsWritten);
    }
  });

  it('from running text point at no row: null in JSON, empty in CSV', () => {
    expect(indicators.filter((i) => i.origin === 'text').every((i) => i.row_id === null && i.row_url === null && i.row_absoluteUrl === null)).toBe(true);
    const csv = records('data/indicators.csv');
    expect(csv.filter((r) => r.origin === 'text').every((r) => r.row_id === '' && r.row_url === '')).toBe(true);
    expect(csv.filter((r) => r.origin === 'table').every((r) => rows.has(r.row_id))).toBe(true);
  });
});

describe('the source texts', () => {
  const pkg = readJson<{ resources: Text[] }>('data/datapackage.json');
  const sources = records('data/sources.csv');
  const texts = pkg.resources.filter((r) => r.format === 'txt');
  const published = (slug: string) => readFileSync(`dist/data/sources/${slug}.txt`);

  it('are published for every source, UTF-8 without a byte order mark, with their size, sha256 and provenance in the package', () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      const bytes = published(source.slug);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), source.slug).toBe(false);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
      const resource = texts.find((t) => t.source === source.slug && t.current)!;
      expect(resource.path).toBe(`data/sources/${source.slug}.txt`);
      expect(resource).toMatchObject({ bytes: bytes.length, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` });
      expect(resource.sources[0].title).toBe(source.title);
      if (source.issuer) expect(resource.sources[0].issuer).toBe(source.issuer);
      if (source.originalUrl) expect(resource.sources[0].path).toBe(source.originalUrl);
    }
    for (const text of texts) expect(existsSync(`dist/${text.path}`), text.path).toBe(true);
  });

  it('hold, at every measure’s line, the start of that measure’s text, and at every panel’s line its title', () => {
    const lines = new Map(sources.map((s) => [s.slug, published(s.slug).toString('utf8').split('\n')]));
    const measures = records('data/measures.csv');
    expect(measures.length).toBeGreaterThan(0);
    for (const m of measures) {
      // The text starts on its line and may run on to the next (a lead written on a heading's line).
      const [at, next = ''] = lines.get(m.source)!.slice(Number(m.line) - 1, Number(m.line) + 1);
      const start = (at + next).indexOf(m.text.slice(0, 10));
      expect(start >= 0 && start < at.length, `${m.id} at line ${m.line}: ${at}`).toBe(true);
    }
    for (const p of records('data/panels.csv')) expect(lines.get(p.source)![Number(p.line) - 1], p.id).toContain(p.title.slice(0, 6));
    for (const t of tables) expect(lines.get(t.source)![t.line - 1].trim(), t.id).toBe(t.header[0].trim());
  });

  it('are listed on /data/, which says what `line` counts', () => {
    const page = readFileSync('dist/data/index.html', 'utf8');
    for (const text of texts) expect(page).toContain(`href="/${text.path}"`);
    expect(page).toContain('<code>line</code>');
  });
});
