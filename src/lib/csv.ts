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
