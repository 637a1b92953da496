/**
 * A table's rows as the open data writes them (src/lib/open-data.ts): cells with their spacing
 * closed up (渠  县 and 渠　县 are one county, 渠县), totals rows flagged by their label, and the
 * columns whose cell was filled from a merged cell above. tables.json keeps the text as written.
 */
import type { TableRecord } from '../../schemas/records.ts';
import { unitUrl } from '../urls.ts';

/** Han characters and full-width forms: a space beside one is layout, not a word break. */
const wide = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;

/**
 * A cell with its whitespace normalised: trimmed, each run of whitespace (ideographic space U+3000,
 * no-break space, tabs, doubled spaces) one space, and a space beside a Han character or full-width
 * punctuation dropped (合  计 → 合计, 渠　县 → 渠县), while one between Latin letters or digits stays.
 */
export function normaliseCell(text: string): string {
  const collapsed = text.replace(/[\s\u3000]+/gu, ' ').trim();
  return collapsed.replace(/ /g, (space, offset: number) => (wide.test(collapsed[offset - 1]) || wide.test(collapsed[offset + 1]) ? '' : space));
}

/** The labels of a totals (or subtotals) row, once normalised: a researcher summing rows leaves these out. */
export const totalsLabels = ['合计', '总计', '总数', '共计', '小计'] as const;

/** Whether a row label names a totals row: its normalised text is one of `totalsLabels`, a trailing colon aside. */
export function isTotalsLabel(label: string): boolean {
  return (totalsLabels as readonly string[]).includes(normaliseCell(label).replace(/[:：]$/, ''));
}

/** Columns the open data adds to a table's own CSV, around its header. */
export const rowIdColumn = 'row_id';
export const totalColumn = 'is_total';
export const inheritedColumn = 'inherited_columns';
/** Joins the names in `inherited_columns`; a `|` inside a column name is written `｜`. */
export const columnSeparator = '|';

/**
 * A table's column names for its CSV: each header cell normalised; an empty one `column{n}`; a name
 * that repeats, or is one of the added columns, takes `_{n}` (n its place, from 1), so names are unique.
 */
export function tableColumns(header: string[]): string[] {
  const reserved = new Set<string>([rowIdColumn, totalColumn, inheritedColumn]);
  const seen = new Set<string>();
  return header.map((cell, c) => {
    let name = normaliseCell(cell).replaceAll(columnSeparator, '｜') || `column${c + 1}`;
    if (seen.has(name) || reserved.has(name)) name = `${name}_${c + 1}`;
    seen.add(name);
    return name;
  });
}

export type OpenTableRow = {
  row_id: string;
  table_id: string;
  source: string;
  row_number: number;
  /** The row's cells, normalised, in header order. */
  cells: string[];
  label: string;
  label_as_written: string;
  is_total: boolean;
  /** Names of the columns (tableColumns) whose cell was filled from the merged cell above, joined by `|`; null when none. */
  inherited_columns: string | null;
  url: string;
  absoluteUrl: string;
};

/** Every body row of a table, with its id, flags and permalink. */
export function openTableRows(table: Pick<TableRecord, 'id' | 'source' | 'chapterPath' | 'header' | 'rows' | 'rowIds' | 'inherited'>, site: string | URL): OpenTableRow[] {
  const columns = tableColumns(table.header);
  return table.rows.map((row, r) => {
    const url = unitUrl(table.source, table.chapterPath, table.rowIds[r]);
    const inherited = columns.filter((_, c) => table.inherited[r]?.[c]);
    return {
      row_id: table.rowIds[r],
      table_id: table.id,
      source: table.source,
      row_number: r + 1,
      cells: row.map(normaliseCell),
      label: normaliseCell(row[0] ?? ''),
      label_as_written: row[0] ?? '',
      is_total: isTotalsLabel(row[0] ?? ''),
      inherited_columns: inherited.length ? inherited.join(columnSeparator) : null,
      url,
      absoluteUrl: new URL(url, site).href,
    };
  });
}
