/**
 * CSV as RFC 4180 writes it: UTF-8, CRLF rows, a field quoted when it holds a comma, quote or line
 * break (or starts like a formula). With a byte order mark by default, so Excel opens a handout by
 * double-click with the Chinese intact.
 */
export function toCsv(header: string[], rows: Array<Array<string | number | undefined>>, { byteOrderMark = true } = {}): string {
  const field = (value: string | number | undefined) => {
    const text = value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${byteOrderMark ? '\uFEFF' : ''}${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/**
 * The open data's CSV: no byte order mark, because readers that do not strip one (Python's csv
 * module, Node's csv-parse, the Frictionless validator) name the first column `\ufeffid`; /data/
 * says how to open the files in Excel (Data → From Text/CSV, UTF-8).
 */
export function toDataCsv(header: string[], rows: Array<Array<string | number | undefined>>): string {
  return toCsv(header, rows, { byteOrderMark: false });
}

export function csvResponse(body: string) {
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export function jsonResponse(value: unknown) {
  return new Response(`${JSON.stringify(value, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** Reads RFC 4180 CSV (CRLF rows, quoted fields, a leading BOM ignored) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
