/** Statements → the rows of the comparison table: one row per indicator, one cell per source. */
import type { KeyedStatement } from './aliases.ts';

export interface IndicatorRow {
  key: string;
  /** Row id for links: `ind-` and a short stable hash of the key. */
  id: string;
  name: string;
  unit: string;
  dimensions: string[];
  /** Statements per source slug, in the order the plans state them. */
  cells: Record<string, KeyedStatement[]>;
  sources: string[];
}

/** FNV-1a, base 36: ids that stay put while rows are added or reordered. */
export function rowId(key: string): string {
  let h = 0x811c9dc5;
  for (const ch of key) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `ind-${h.toString(36)}`;
}

export function buildRows(statements: KeyedStatement[], sourceOrder: string[]): IndicatorRow[] {
  const rows = new Map<string, IndicatorRow>();
  for (const s of statements) {
    let row = rows.get(s.key);
    if (!row) {
      row = { key: s.key, id: rowId(s.key), name: s.rowName, unit: s.key.split('|')[1] ?? '', dimensions: [], cells: {}, sources: [] };
      rows.set(s.key, row);
    }
    // A table's name (with its unit) is the better row label than a clause cut from the text.
    if (
      s.origin === 'table' &&
      row.cells[s.source] === undefined &&
      !Object.values(row.cells)
        .flat()
        .some((x) => x.origin === 'table')
    )
      row.name = s.rowName;
    (row.cells[s.source] ??= []).push(s);
    if (s.dimension && !row.dimensions.includes(s.dimension)) row.dimensions.push(s.dimension);
  }
  const rank = (slug: string) => (sourceOrder.includes(slug) ? sourceOrder.indexOf(slug) : sourceOrder.length);
  const list = [...rows.values()];
  for (const row of list) row.sources = Object.keys(row.cells).sort((a, b) => rank(a) - rank(b));
  // Shared indicators first (what a comparison is for); otherwise the order of first statement.
  return list
    .map((row, index) => ({ row, index }))
    .sort((a, b) => b.row.sources.length - a.row.sources.length || a.index - b.index)
    .map(({ row }) => row);
}
