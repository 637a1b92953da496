/**
 * Rebuilds tables that the text export flattened to one cell per line.
 *
 * In the source a table is a run of lines that start with a TAB, one cell a line, rows separated
 * by a blank line. An empty cell (a lone TAB) is a merged cell: it inherits the cell above and is
 * marked `:inherited[…]` so readers and the lossless check can tell it was filled. A line without
 * a TAB continues the cell before it (a header cell wrapped in Word). A row cut short by a stray
 * blank line goes on after it. A `表N …` line, or a short title line, just before the table
 * becomes its caption. A row of only lone TABs is an empty row, not a row of merged cells: it stays
 * empty (with a warning) rather than copying the row above. Short TAB lines that stand one to a
 * row look like a one-column table, which this export cannot tell from indented text: they stay
 * paragraphs, with a warning.
 *
 *     表1  城乡社区数量                 :::table{#…}   (id given later)
 *     <TAB>县（市、区）                 ::caption[表1  城乡社区数量]
 *     <TAB>社区总数（个）       →       | 县（市、区） | 社区总数（个） |
 *                                       | ------------ | -------------- |
 *     <TAB>通川区                       | 通川区       | 104            |
 *     <TAB>104                          :::
 */
import type { Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { VFile } from 'vfile';
import { IngestError } from '../lib/errors.ts';
import { plainText } from '../lib/tree.ts';

export const captionPattern = /^表\s*[0-9０-９]+/;

interface Cell {
  text: string;
  line: number;
}

export function rebuildTables() {
  return (tree: Root, file: VFile) => {
    const out: RootContent[] = [];
    const nodes = tree.children;
    let i = 0;
    while (i < nodes.length) {
      const node = nodes[i];
      const next = nodes[i + 1];
      // A table starts with two TAB lines in a row (its first two header cells).
      if (!isTabLine(node) || !isTabLine(next) || next.data?.blankBefore) {
        const column = oneColumnRun(nodes, i);
        if (column > 1) {
          const lines = [0, column - 1].map((k) => (nodes[i + k] as Paragraph).data?.line);
          file.message(`lines ${lines[0]}–${lines[1]} hold one TAB cell each, like a one-column table; kept as paragraphs — a table needs two or more cells a row`, {
            place: { line: lines[0] ?? 1, column: 1 },
            ruleId: 'one-column-table',
          });
          for (let k = 0; k < column; k++) out.push(nodes[i + k]);
          i += column;
          continue;
        }
        // A lone TAB line outside a table is whitespace; a lone indented line is a paragraph.
        if (!(isTabLine(node) && plainText(node) === '')) out.push(node);
        i += 1;
        continue;
      }
      const { table, end, emptyRows } = readTable(nodes, i, file.path ?? 'source');
      for (const line of emptyRows) {
        file.message('table row holds only empty cells (lone TABs); kept empty, not filled from the row above — check the source', {
          place: { line, column: 1 },
          ruleId: 'empty-table-row',
        });
      }
      const previous = out.at(-1);
      if (previous?.type === 'paragraph' && !previous.data?.tab && isCaption(plainText(previous))) {
        table.data = { ...table.data, caption: plainText(previous) };
        out.pop();
      }
      out.push(table);
      i = end;
    }
    tree.children = out;
  };
}

/** `表1  …`, or a short title line right above the table (such as 部门重点任务分工). */
function isCaption(text: string) {
  return captionPattern.test(text) || (text.length <= 30 && !/[。；，,：:]/.test(text));
}

/** How many short TAB lines from `start` stand one to a row (a blank line between each). */
function oneColumnRun(nodes: RootContent[], start: number): number {
  let k = 0;
  while (isTabLine(nodes[start + k]) && isCellLike(nodes[start + k] as Paragraph) && (k === 0 || (nodes[start + k] as Paragraph).data?.blankBefore)) {
    const next = nodes[start + k + 1];
    // A TAB line straight after it makes a real table start (or a row of one): not one column.
    if (isTabLine(next) && !next.data?.blankBefore) return 0;
    k++;
  }
  return k;
}

function isCellLike(node: Paragraph) {
  const text = plainText(node);
  return text !== '' && text.length <= 40 && !/[。；]/.test(text);
}

function isTabLine(node: RootContent | undefined): node is Paragraph {
  return node?.type === 'paragraph' && node.data?.tab === true;
}

function readTable(nodes: RootContent[], start: number, path: string): { table: Table; end: number; emptyRows: number[] } {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let columns = 0;
  let i = start;
  const closeRow = () => {
    if (row.length === 0) return;
    if (rows.length === 0) columns = row.length;
    rows.push(row);
    row = [];
  };
  for (; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type !== 'paragraph') break;
    const blank = node.data?.blankBefore ?? 0;
    const line = node.data?.line ?? 0;
    const text = plainText(node);
    const header = rows.length === 0;
    if (node.data?.tab) {
      // A blank line ends the row before it, once that row is whole (the header row is whole
      // by definition); a row cut short by a stray blank line goes on past it.
      if (row.length > 0 && (header ? blank > 0 : row.length >= columns)) closeRow();
      row.push({ text, line });
      continue;
    }
    // A line without a TAB continues the last cell while its row is open (wrapped header cells,
    // a cell split by a blank line); otherwise the table has ended.
    const open = row.length > 0 && (header || row.length < columns);
    if (open && text.length <= 40 && !/[。；]/.test(text)) {
      row[row.length - 1].text += text;
      continue;
    }
    break;
  }
  const firstLine = (nodes[start] as Paragraph).data?.line;
  if (row.length > 0 && rows.length > 0 && row.length !== columns) {
    throw new IngestError(path, row[0].line, `table (from line ${firstLine}) is not closed: its last row has ${row.length} of ${columns} cells`);
  }
  closeRow();
  for (const r of rows) {
    if (r.length !== columns) {
      throw new IngestError(path, r[0].line, `table row has ${r.length} cells, but the table (from line ${firstLine}) has ${columns} columns`);
    }
  }
  const emptyRows = rows
    .slice(1)
    .filter((r) => r.every((cell) => cell.text === ''))
    .map((r) => r[0].line);
  return { table: toTable(rows, firstLine), end: i, emptyRows };
}

function toTable(rows: Cell[][], line: number | undefined): Table {
  const filled: string[][] = [];
  const tableRows: TableRow[] = rows.map((cells, r) => ({
    type: 'tableRow',
    children: cells.map((cell, c): TableCell => {
      let children: PhrasingContent[] = [{ type: 'text', value: cell.text }];
      let value = cell.text;
      const emptyRow = cells.every((other) => other.text === '');
      if (cell.text === '' && r > 1 && !emptyRow) {
        // Merged cell: inherits from the row above (never from the header row).
        value = filled[r - 1][c];
        if (value) children = [{ type: 'textDirective', name: 'inherited', attributes: {}, children: [{ type: 'text', value }] }];
      }
      (filled[r] ??= [])[c] = value;
      return { type: 'tableCell', children };
    }),
  }));
  return { type: 'table', align: rows[0].map(() => null), children: tableRows, data: { line } };
}
