/**
 * What search finds: every unit a reader can see (tables by caption and column heads), as flat records. Built at build time from the
 * content collections (pages/search-index*.ts) and by tests and the benchmark from the same data.
 */

import { unitUrl } from '../urls.ts';

export type RecordKind = 'measure' | 'heading' | 'row' | 'panel' | 'table';

export const kindLabel: Record<RecordKind, string> = { measure: '举措', heading: '标题', row: '表格行', panel: '专栏', table: '表格' };

export interface SearchDocument {
  source: string;
  jurisdiction: string;
  title: string;
}

export interface SearchRecord {
  kind: RecordKind;
  /** Index into the documents list. */
  doc: number;
  /** Chapter › section path as headings are written, e.g. `第四章 社区服务 › 第一节 拓展服务领域`. */
  path: string;
  /** Display title: the measure's lead, the table caption and row number, the panel title; '' when none. */
  title: string;
  /** The searchable text as written. */
  text: string;
  /** Permalink. */
  url: string;
  /** The unit's id (its anchor), so a reader can search for a unit by its id. */
  id: string;
  /** Indexes into the theme list of the measure's themes (src/lib/themes/); empty for other kinds. */
  themes: number[];
}

/** Where a unit stands, as its record carries it. */
interface Place {
  source: string;
  chapterNumber: number;
  sectionNumber: number;
}

/** The shapes of the collection data this module reads (a subset of src/schemas/records.ts). */
export interface SearchInput {
  sources: Array<{ slug: string; jurisdiction: string; title: string }>;
  chapters: Array<{
    id: string;
    source: string;
    number: number;
    order: number;
    heading: string;
    title: string;
    url: string;
    line?: number;
    sections: Array<{ id: string; number: number; heading: string; url: string }>;
  }>;
  measures: Array<Place & { id: string; url: string; line?: number; title: string; text: string }>;
  tables: Array<Place & { chapterPath: string; id: string; url: string; line?: number; caption: string; header: string[]; rows: string[][]; rowIds: string[] }>;
  panels: Array<Place & { id: string; url: string; line?: number; title: string; text: string }>;
  /** Measure id → indexes of its themes, for the theme filter; absent means no theme filter. */
  themesOf?: Map<string, number[]>;
}

const tidy = (heading: string) => heading.replace(/[\s\u3000]+/g, ' ').trim();

/** Records in reading order: documents in the given source order, then by line in the text. */
export function buildSearchRecords(input: SearchInput): { documents: SearchDocument[]; records: SearchRecord[] } {
  const documents = input.sources.map(({ slug, jurisdiction, title }) => ({ source: slug, jurisdiction, title }));
  const docIndex = new Map(documents.map((d, i) => [d.source, i]));
  // The chapter and section headings name the path; records say which chapter and section they are in.
  const key = (...parts: Array<string | number>) => parts.join('\u0000');
  const chapterHeading = new Map<string, string>();
  const sectionHeading = new Map<string, string>();
  for (const chapter of input.chapters) {
    chapterHeading.set(key(chapter.source, chapter.number), tidy(chapter.heading || chapter.title));
    for (const section of chapter.sections) sectionHeading.set(key(chapter.source, chapter.number, section.number), tidy(section.heading));
  }
  const pathOf = (unit: Place) => {
    const parts = [chapterHeading.get(key(unit.source, unit.chapterNumber)), sectionHeading.get(key(unit.source, unit.chapterNumber, unit.sectionNumber))];
    return parts.filter(Boolean).join(' › ');
  };

  const placed: Array<{ record: SearchRecord; line: number; seq: number }> = [];
  const add = (source: string, line: number | undefined, record: Omit<SearchRecord, 'doc' | 'themes'>, themes: number[] = []) => {
    const doc = docIndex.get(source);
    if (doc === undefined) return;
    placed.push({ record: { ...record, doc, themes }, line: line ?? 0, seq: placed.length });
  };

  for (const chapter of input.chapters) {
    if (chapter.heading) add(chapter.source, chapter.line, { kind: 'heading', path: '', title: '', text: tidy(chapter.heading), url: chapter.url, id: chapter.id });
    for (const section of chapter.sections) {
      add(chapter.source, chapter.line, {
        kind: 'heading',
        path: tidy(chapter.heading || chapter.title),
        title: '',
        text: tidy(section.heading),
        url: section.url,
        id: section.id,
      });
    }
  }
  for (const m of input.measures) {
    add(m.source, m.line, { kind: 'measure', path: pathOf(m), title: m.title, text: m.text, url: m.url, id: m.id }, input.themesOf?.get(m.id));
  }
  for (const t of input.tables) {
    const caption = tidy(t.caption);
    // The table itself, so its caption and column heads are found once, not once per row.
    add(t.source, t.line, { kind: 'table', path: pathOf(t), title: caption, text: [caption, t.header.join(' ｜ ')].filter(Boolean).join('\n'), url: t.url, id: t.id });
    // Each body row has its own anchor, minted by ingest (`rowIds`).
    t.rows.forEach((row, i) => {
      add(t.source, t.line, {
        kind: 'row',
        path: pathOf(t),
        title: `${caption} 第${i + 1}行`,
        text: row.join(' ｜ '),
        url: unitUrl(t.source, t.chapterPath, t.rowIds[i]),
        id: t.rowIds[i],
      });
    });
  }
  for (const p of input.panels) {
    add(p.source, p.line, { kind: 'panel', path: pathOf(p), title: tidy(p.title), text: `${tidy(p.title)}\n${p.text}`, url: p.url, id: p.id });
  }
  placed.sort((a, b) => a.record.doc - b.record.doc || a.line - b.line || a.seq - b.seq);
  return { documents, records: placed.map((p) => p.record) };
}
