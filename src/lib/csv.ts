/** CSV that Excel opens correctly: UTF-8 with BOM, CRLF rows, every field quoted when needed. */
export function toCsv(header: string[], rows: Array<Array<string | number | undefined>>): string {
  const field = (value: string | number | undefined) => {
    const text = value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
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
      if (c === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && body[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}
