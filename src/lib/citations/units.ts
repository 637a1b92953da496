/** The linkable units whose text may cite documents: measures, tables (caption, header, cells) and panels. Pure. */
import type { TextUnit } from './index.ts';

interface Unit {
  id: string;
  source: string;
  url: string;
}

export function citationUnits(
  measures: ReadonlyArray<Unit & { text: string }>,
  tables: ReadonlyArray<Unit & { caption: string; header: string[]; rows: string[][] }>,
  panels: ReadonlyArray<Unit & { title: string; text: string }>,
): TextUnit[] {
  return [
    ...measures.map((m) => ({ id: m.id, source: m.source, url: m.url, text: m.text })),
    ...tables.map((t) => ({ id: t.id, source: t.source, url: t.url, text: [t.caption, ...t.header, ...t.rows.flat()].join('\n') })),
    ...panels.map((p) => ({ id: p.id, source: p.source, url: p.url, text: `${p.title}\n${p.text}` })),
  ];
}
