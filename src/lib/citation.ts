/**
 * References to a document or a place in it, in the four formats trainers and reference managers
 * use: GB/T 7714-2015, BibTeX, RIS and CSL-JSON. Pure functions of a `CitableWork`; the page
 * scripts, the selection page and the build all format through here.
 *
 *     中共示范省委. 中共示范省委关于…的决定: 示委发〔2020〕1号[Z/OL]. 2020: 第三部分, （十七）…[2026-11-23]. https://….
 *
 * Nothing is invented: the issuing body is the author when the settings name one (else the
 * jurisdiction), the date and document number appear only when the settings state them.
 */

/** What a reference is made of. Only what is known: optional fields are left out when unknown. */
export interface CitableWork {
  /** Unit id (or document slug): the BibTeX key and the CSL/RIS id. */
  id: string;
  /** The issuing body as printed, or the jurisdiction when the issuer is unknown. */
  author: string;
  /** Full title of the document. */
  title: string;
  /** 文号 as printed: `川委发〔2020〕1号`. */
  documentNumber?: string;
  /** Date of issue (or adoption) as an ISO date: `2020-06-30`, `2020-06` or `2020`. */
  date?: string;
  /** Place within the document, outermost first (chapter, section, unit); empty for the whole document. */
  where: string[];
  /** Kind of document from the settings (`law`, `plan` …), for the reference type. */
  kind?: string;
  /** Public permalink. */
  url: string;
  /** Access date, `YYYY-MM-DD` in the reader's time zone (see `accessDate`). */
  accessed: string;
}

/** What the settings of a source say that a citation uses (a subset of `SourceSettings`). */
export interface CitableSource {
  slug: string;
  jurisdiction: string;
  title: string;
  kind?: string;
  issuer?: string;
  documentNumber?: string;
  dates?: { issued?: string; adopted?: string };
}

/** The fields every citation of one source shares: author, title, number, date, kind. */
export function citableDocument(source: CitableSource): Omit<CitableWork, 'id' | 'where' | 'url' | 'accessed'> {
  const date = source.dates?.issued ?? source.dates?.adopted;
  return {
    author: source.issuer ?? source.jurisdiction,
    title: source.title,
    ...(source.documentNumber ? { documentNumber: source.documentNumber } : {}),
    ...(date ? { date } : {}),
    ...(source.kind ? { kind: source.kind } : {}),
  };
}

/**
 * Today's date where the reader is: `YYYY-MM-DD` in `timeZone`, by default the browser's own zone,
 * and Asia/Shanghai when the zone cannot be told (a UTC date is a day behind in a Beijing morning).
 */
export function accessDate(now: Date, timeZone?: string): string {
  let zone = timeZone;
  if (!zone) {
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
    } catch {
      zone = undefined;
    }
  }
  const format = (tz: string) => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  try {
    return format(zone ?? 'Asia/Shanghai');
  } catch {
    return format('Asia/Shanghai');
  }
}

/** Headings as written carry double and full-width spaces; a lead sentence ends in 。 */
function tidy(part: string): string {
  return part
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/[。；;，,]$/, '')
    .trim();
}
const place = (work: CitableWork) => work.where.map(tidy).filter(Boolean).join(', ');
const year = (work: CitableWork) => work.date?.slice(0, 4);

/**
 * GB/T 7714-2015, electronic document ([Z/OL]): the document number is the 其他题名信息, the year
 * stands as 出版年, the place in the document as 引文页码, then the access date and the URL.
 */
export function gbt7714(work: CitableWork): string {
  const title = `${work.title}${work.documentNumber ? `: ${work.documentNumber}` : ''}[Z/OL]`;
  const where = place(work);
  const y = year(work);
  const published = y ? `${y}${where ? `: ${where}` : ''}` : where;
  return `${work.author}. ${title}. ${published}[${work.accessed}]. ${work.url}.`;
}

/** Characters BibTeX reads as markup. */
function bibEscape(text: string): string {
  return text
    .replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
    .replace(/[%&#$_]/g, (c) => `\\${c}`)
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/** BibTeX (`@misc`, biblatex fields understood by BibTeX too); the author is a corporate name in braces. */
export function bibtex(work: CitableWork): string {
  const fields: Array<[string, string]> = [
    ['author', `{${bibEscape(work.author)}}`],
    ['title', `{${bibEscape(work.title)}}`],
  ];
  if (work.documentNumber) fields.push(['number', bibEscape(work.documentNumber)]);
  if (work.date) fields.push(['year', work.date.slice(0, 4)], ['date', work.date]);
  const where = place(work);
  if (where) fields.push(['note', bibEscape(where)]);
  fields.push(['url', work.url], ['urldate', work.accessed], ['language', 'chinese']);
  const key = work.id.replace(/[^A-Za-z0-9_-]/g, '_');
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}

/** RIS: a government document (`GOVDOC`), or a statute (`STAT`) for a law. Lines end in CRLF as the format asks. */
export function ris(work: CitableWork): string {
  const lines: Array<[string, string]> = [
    ['TY', work.kind === 'law' ? 'STAT' : 'GOVDOC'],
    ['ID', work.id],
    ['AU', work.author],
    ['TI', work.title],
  ];
  const where = place(work);
  if (where) lines.push(['SE', where]);
  if (work.documentNumber) lines.push(['M1', work.documentNumber]);
  if (work.date) {
    const [y, m = '', d = ''] = work.date.split('-');
    lines.push(['PY', y], ['DA', `${y}/${m}/${d}/`]);
  }
  lines.push(['UR', work.url], ['Y2', work.accessed.replace(/-/g, '/')], ['LA', 'zh-CN'], ['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n') + '\r\n';
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** CSL-JSON item (the format of Zotero, Pandoc and citeproc): one object; wrap several in an array. */
export function cslJson(work: CitableWork): Record<string, unknown> {
  const where = place(work);
  return {
    id: work.id,
    type: work.kind === 'law' || work.kind === 'regulation' ? 'legislation' : 'document',
    author: [{ literal: work.author }],
    title: work.title,
    ...(work.documentNumber ? { number: work.documentNumber } : {}),
    ...(work.date ? { issued: dateParts(work.date) } : {}),
    ...(where ? { section: where } : {}),
    URL: work.url,
    accessed: dateParts(work.accessed),
    language: 'zh-CN',
  };
}

/** The four formats with their file extensions and media types, for download links. */
export const citationFormats = {
  gbt7714: { label: 'GB/T 7714', extension: 'txt', type: 'text/plain', write: (works: CitableWork[]) => works.map(gbt7714).join('\n') + '\n' },
  bibtex: { label: 'BibTeX', extension: 'bib', type: 'application/x-bibtex', write: (works: CitableWork[]) => works.map(bibtex).join('\n') },
  ris: { label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems', write: (works: CitableWork[]) => works.map(ris).join('') },
  csl: { label: 'CSL-JSON', extension: 'json', type: 'application/vnd.citationstyles.csl+json', write: (works: CitableWork[]) => JSON.stringify(works.map(cslJson), null, 2) },
} as const;
export type CitationFormat = keyof typeof citationFormats;
