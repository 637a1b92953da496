/** Schemas of the records that ingest generates (scripts/lib/collect-records.ts writes them). */
import { z } from 'astro/zod';

/** Where a unit can be linked: `/plans/{source}/{chapter}/#{id}`. */
const url = z.string().regex(/^\/plans\/[a-z0-9-]+\/\d+\/(#[a-z0-9-]+)?$/);
const common = {
  /** Stable id from the unit's position, e.g. `example-4-1-3`. */
  id: z.string(),
  /** Source slug. */
  source: z.string(),
  /** Line in the source text where the unit starts. */
  line: z.number().optional(),
  url,
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
  /** Position in the document, from 0. */
  order: z.number(),
  /** Heading as written; empty for untitled front text. */
  heading: z.string(),
  title: z.string(),
  sections: z.array(z.object({ id: z.string(), number: z.number(), heading: z.string(), title: z.string(), url })),
});

export const measureSchema = z.object({
  ...common,
  jurisdiction: z.string(),
  chapterNumber: z.number(),
  chapterTitle: z.string(),
  sectionNumber: z.number(),
  sectionTitle: z.string(),
  /** A numbered item's number as written (`(十七)`, `一、`); empty for an unnumbered paragraph. */
  label: z.string(),
  /** The lead sentence or item heading, without number; empty when the measure has none. */
  title: z.string(),
  text: z.string(),
});

export const tableSchema = z.object({
  ...common,
  jurisdiction: z.string(),
  caption: z.string(),
  captionDerived: z.boolean(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});

export const panelSchema = z.object({ ...common, jurisdiction: z.string(), title: z.string(), text: z.string() });
