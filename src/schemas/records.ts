/** Schemas of the records that ingest generates (scripts/lib/collect-records.ts writes them). */
import { z } from 'astro/zod';

/** Where a unit can be linked: `/plans/{source}/{chapter}/#{id}`. */
const url = z.string().regex(/^\/plans\/[a-z0-9-]+\/\d+[a-z]*\/(#[a-z0-9-]+)?$/);
const common = {
  /** Stable id from the id registry (content/ids/): first the unit's position, e.g. `example-4-1-3`; never reused. */
  id: z.string(),
  /** Source slug. */
  source: z.string(),
  /** Line in the source text where the unit starts. */
  line: z.number().optional(),
  url,
};
/** Where a unit stands in its document, as numbers (ids and URLs are never parsed back). */
const place = {
  jurisdiction: z.string(),
  /** Chapter number as the heading carries it (0 for front text). */
  chapterNumber: z.number(),
  /** The chapter's URL segment, minted with its id by the id registry: `4`, or `4a` for a chapter a revision inserted. */
  chapterPath: z.string(),
  /** Section number within the chapter (0 for text before the first section). */
  sectionNumber: z.number(),
  /** The unit's number within its section: a measure's (or article's) number, a table's or panel's count. */
  number: z.number(),
};

export const documentSchema = z.object({
  id: z.string(),
  /** The document's own title lines, as written (empty when the text has none). */
  titleLines: z.array(z.string()),
  stats: z.object({
    chapters: z.number(),
    sections: z.number(),
    measures: z.number(),
    tables: z.number(),
    panels: z.number(),
    charsIn: z.number(),
    charsOut: z.number(),
  }),
});

export const chapterSchema = z.object({
  ...common,
  /** Chapter number as written (第四章 → 4); 0 for a preface or text before the first chapter. */
  number: z.number(),
  /** URL segment, minted with the id (`4`; `4a` for a chapter inserted after 4 in a revision). */
  path: z.string(),
  /** Position in the document, from 0. */
  order: z.number(),
  /** Heading as written; empty for untitled front text. */
  heading: z.string(),
  title: z.string(),
  sections: z.array(z.object({ id: z.string(), number: z.number(), heading: z.string(), title: z.string(), url })),
});

export const measureSchema = z.object({
  ...common,
  ...place,
  chapterTitle: z.string(),
  sectionTitle: z.string(),
  /** A numbered item's number as written (`(十七)`, `一、`); empty for an unnumbered paragraph. */
  label: z.string(),
  /** The lead sentence or item heading, without number; empty when the measure has none. */
  title: z.string(),
  text: z.string(),
  /** Each paragraph's anchor, `{measure}-p{n}`, when the measure has several paragraphs; else empty. */
  paragraphIds: z.array(z.string()),
});

export const tableSchema = z.object({
  ...common,
  ...place,
  caption: z.string(),
  /** True when the source has no caption line and the caption is the section's title. */
  captionDerived: z.boolean(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** Each body row's anchor, `{table}-r{n}` (row 1 is the first under the header). */
  rowIds: z.array(z.string()),
  /**
   * Beside `rows`, cell for cell: true where the source leaves the cell empty under a merged cell
   * and ingest filled it from the row above (scripts/plugins/rebuild-tables.ts), false where the
   * text is written in the cell.
   */
  inherited: z.array(z.array(z.boolean())),
});

export const panelSchema = z.object({ ...common, ...place, title: z.string(), text: z.string() });

export type DocumentRecord = z.infer<typeof documentSchema>;
export type ChapterData = z.infer<typeof chapterSchema>;
export type MeasureRecord = z.infer<typeof measureSchema>;
export type TableRecord = z.infer<typeof tableSchema>;
export type PanelRecord = z.infer<typeof panelSchema>;
