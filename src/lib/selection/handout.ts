/**
 * A handout: the selected units in order with their documents, permalinks and citations, and the
 * three exports (Markdown, CSV, a Word document). Pure functions: the selection page calls them
 * in the browser, the tests call them directly.
 */
import { toCsv } from '../csv.ts';
import { citableDocument, gbt7714, type CitableWork } from '../citation.ts';
import type { SelectionShard, SelectionUnit } from '../../schemas/selection-unit.ts';
import { unitKindLabel } from './kinds.ts';

export interface HandoutEntry {
  unit: SelectionUnit;
  document: SelectionShard['document'];
  /** Absolute permalink on the public site. */
  permalink: string;
  work: CitableWork;
  /** GB/T 7714 reference. */
  reference: string;
}

export interface Handout {
  title: string;
  notes: string;
  entries: HandoutEntry[];
  /** Ids the data does not know (mistyped or from another edition). */
  missing: string[];
}

/** Citable work of one unit: the document's fields, the unit's place (and its own name) and permalink. */
export function unitWork(unit: SelectionUnit, document: SelectionShard['document'], permalink: string, accessed: string): CitableWork {
  return { id: unit.id, ...citableDocument(document), where: [...unit.where, ...(unit.heading ? [unit.heading] : [])], url: permalink, accessed };
}

/** The handout for `ids` in their order, from the shards that hold them; unknown ids are listed, not dropped silently. */
export function assembleHandout(args: { ids: string[]; title: string; notes: string; shards: SelectionShard[]; site: string; accessed: string }): Handout {
  const byId = new Map(args.shards.flatMap((shard) => shard.units.map((unit) => [unit.id, { unit, document: shard.document }] as const)));
  const entries: HandoutEntry[] = [];
  const missing: string[] = [];
  for (const id of args.ids) {
    const found = byId.get(id);
    if (!found) {
      missing.push(id);
      continue;
    }
    const permalink = new URL(found.unit.url, args.site).href;
    const work = unitWork(found.unit, found.document, permalink, args.accessed);
    entries.push({ ...found, permalink, work, reference: gbt7714(work) });
  }
  return { title: args.title, notes: args.notes, entries, missing };
}

/** Heading of an entry as the handout prints it: `示范市 · 第四章 … · 建设…`. */
export function entryHeading(entry: HandoutEntry): string {
  return entry.unit.heading || `${unitKindLabel[entry.unit.kind]} ${entry.unit.id}`;
}

const tableMarkdown = (table: NonNullable<SelectionUnit['table']>) => {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [table.header, table.header.map(() => '---'), ...table.rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
};

export function handoutMarkdown(handout: Handout): string {
  const out: string[] = [`# ${handout.title || '讲义'}`, ''];
  if (handout.notes) out.push(handout.notes, '');
  handout.entries.forEach((entry, n) => {
    out.push(`## ${n + 1}. ${entryHeading(entry)}`, '');
    out.push(`*${entry.document.jurisdiction}《${entry.document.title}》${entry.unit.where.length ? ` · ${entry.unit.where.join(' · ')}` : ''}*`, '');
    if (entry.unit.table) out.push(tableMarkdown(entry.unit.table), '');
    for (const paragraph of entry.unit.paragraphs) out.push(paragraph, '');
    out.push(`<${entry.permalink}>`, '');
  });
  out.push('## 参考文献', '');
  handout.entries.forEach((entry, n) => out.push(`[${n + 1}] ${entry.reference}`));
  return `${out.join('\n').trimEnd()}\n`;
}

export function handoutCsv(handout: Handout): string {
  return toCsv(
    ['order', 'id', 'kind', 'jurisdiction', 'document', 'where', 'heading', 'text', 'url', 'citation'],
    handout.entries.map((entry, n) => [
      n + 1,
      entry.unit.id,
      entry.unit.kind,
      entry.document.jurisdiction,
      entry.document.title,
      entry.unit.where.join(' · '),
      entry.unit.heading,
      [...(entry.unit.table ? [entry.unit.table.header, ...entry.unit.table.rows].map((row) => row.join('\t')) : []), ...entry.unit.paragraphs].join('\n'),
      entry.permalink,
      entry.reference,
    ]),
  );
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A Word document as Word-compatible HTML (saved as `.doc`, which Word, WPS and LibreOffice open
 * and can save as .docx). Chosen over generating .docx in the browser, which needs a 300 KB library.
 */
export function handoutWordHtml(handout: Handout): string {
  const h = escapeHtml;
  const body: string[] = [`<h1>${h(handout.title || '讲义')}</h1>`];
  if (handout.notes) body.push(...handout.notes.split('\n').map((line) => `<p class="notes">${h(line)}</p>`));
  handout.entries.forEach((entry, n) => {
    body.push(`<h2>${n + 1}. ${h(entryHeading(entry))}</h2>`);
    body.push(`<p class="where">${h(`${entry.document.jurisdiction}《${entry.document.title}》${entry.unit.where.length ? ` · ${entry.unit.where.join(' · ')}` : ''}`)}</p>`);
    if (entry.unit.table) {
      const { header, rows } = entry.unit.table;
      body.push(
        `<table border="1" cellspacing="0" cellpadding="4"><tr>${header.map((c) => `<th>${h(c)}</th>`).join('')}</tr>${rows.map((row) => `<tr>${row.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`).join('')}</table>`,
      );
    }
    body.push(...entry.unit.paragraphs.map((p) => `<p>${h(p)}</p>`));
    body.push(`<p class="where"><a href="${h(entry.permalink)}">${h(entry.permalink)}</a></p>`);
  });
  body.push('<h2>参考文献</h2>', ...handout.entries.map((entry, n) => `<p>[${n + 1}] ${h(entry.reference)}</p>`));
  return [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">',
    `<head><meta charset="utf-8"><title>${h(handout.title || '讲义')}</title>`,
    '<style>body{font-family:"SimSun","Songti SC",serif;font-size:12pt;line-height:1.6} h1{font-size:18pt} h2{font-size:14pt} .where{color:#555;font-size:10pt} table{border-collapse:collapse}</style></head>',
    `<body>${body.join('\n')}</body></html>`,
  ].join('\n');
}
