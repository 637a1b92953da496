/**
 * What search finds: every unit a reader can see (tables by caption and column heads), as flat records. Built at build time from the
 * content collections (pages/search-index*.ts) and by tests and the benchmark from the same data.
 */

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

/** The shapes of the collection data this module reads (a subset of src/schemas/records.ts). */
export interface SearchInput {
  sources: Array<{ slug: string; jurisdiction: string; title: string }>;
  chapters: Array<{ id: string; source: string; order: number; heading: string; title: string; url: string; line?: number; sections: Array<{ id: string; heading: string; url: string }> }>;
  measures: Array<{ id: string; source: string; url: string; line?: number; title: string; text: string }>;
  tables: Array<{ id: string; source: string; url: string; line?: number; caption: string; header: string[]; rows: string[][] }>;
  panels: Array<{ id: string; source: string; url: string; line?: number; title: string; text: string }>;
  /** Measure id → indexes of its themes, for the theme filter; absent means no theme filter. */
  themesOf?: Map<string, number[]>;
}

const tidy = (heading: string) => heading.replace(/[\s\u3000]+/g, ' ').trim();

/** Records in reading order: documents in the given source order, then by line in the text. */
export function buildSearchRecords(input: SearchInput): { documents: SearchDocument[]; records: SearchRecord[] } {
  const documents = input.sources.map(({ slug, jurisdiction, title }) => ({ source: slug, jurisdiction, title }));
  const docIndex = new Map(documents.map((d, i) => [d.source, i]));
  // Unit ids carry their position: `{slug}-{chapter}-{section}-…`; the chapter and section headings name the path.
  const chapterHeading = new Map<string, string>();
  const sectionHeading = new Map<string, string>();
  for (const chapter of input.chapters) {
    chapterHeading.set(chapter.id, tidy(chapter.heading || chapter.title));
    for (const section of chapter.sections) sectionHeading.set(section.id, tidy(section.heading));
  }
  const pathOf = (id: string) => {
    const [source, chapter, section] = id.split('-');
    const parts = [chapterHeading.get(`${source}-${chapter}`), sectionHeading.get(`${source}-${chapter}-${section}`)];
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
      add(chapter.source, chapter.line, { kind: 'heading', path: tidy(chapter.heading || chapter.title), title: '', text: tidy(section.heading), url: section.url, id: section.id });
    }
  }
  for (const m of input.measures) {
    add(m.source, m.line, { kind: 'measure', path: pathOf(m.id), title: m.title, text: m.text, url: m.url, id: m.id }, input.themesOf?.get(m.id));
  }
  for (const t of input.tables) {
    const caption = tidy(t.caption);
    // The table itself, so its caption and column heads are found once, not once per row.
    add(t.source, t.line, { kind: 'table', path: pathOf(t.id), title: caption, text: [caption, t.header.join(' ｜ ')].filter(Boolean).join('\n'), url: t.url, id: t.id });
    // Each body row has its own anchor, `{table}-r{n}` (src/plugins/remark-plan-units.ts).
    t.rows.forEach((row, i) => {
      add(t.source, t.line, { kind: 'row', path: pathOf(t.id), title: `${caption} 第${i + 1}行`, text: row.join(' ｜ '), url: `${t.url}-r${i + 1}`, id: `${t.id}-r${i + 1}` });
    });
  }
  for (const p of input.panels) {
    add(p.source, p.line, { kind: 'panel', path: pathOf(p.id), title: tidy(p.title), text: `${tidy(p.title)}\n${p.text}`, url: p.url, id: p.id });
  }
  placed.sort((a, b) => a.record.doc - b.record.doc || a.line - b.line || a.seq - b.seq);
  return { documents, records: placed.map((p) => p.record) };
}
