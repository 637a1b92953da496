/**
 * Adoption of a framework's articles by local measures (scripts/analyses/adoption.ts writes it):
 * the articles, every adopting pair with its shared passages, and a summary per article × source.
 */
import { z } from 'astro/zod';

export const adoptionArticleSchema = z.object({
  id: z.string(),
  /** Reading order in the framework. */
  order: z.number(),
  /** Article number as the decision writes it: 17 for (十七). */
  number: z.number(),
  numeral: z.string(),
  title: z.string(),
  text: z.string(),
  url: z.string(),
});

const range = z.tuple([z.number(), z.number()]);
export const sharedPassageSchema = z.object({
  localText: z.string(),
  articleText: z.string(),
  /** [start, end) in the original texts, for <mark>. */
  local: range,
  article: range,
  matched: z.number(),
});

/** A framework instrument the local measure states (content/instruments.json), with both passages. */
export const instrumentEvidenceSchema = z.object({
  /** The dictionary entry's id. */
  instrument: z.string(),
  /** The instrument as the article words it. */
  name: z.string(),
  kind: z.enum(['instrument', 'requirement', 'target']),
  /** The dictionary term found in the measure. */
  term: z.string(),
  /** [start, end) in the measure's text, and those words. */
  local: range,
  localText: z.string(),
  /** [start, end) in the article's text where it states the instrument, and those words. */
  article: range,
  articleText: z.string(),
});

export const adoptionMatchSchema = z.object({
  /** `{measureId}>{articleId}`. */
  id: z.string(),
  /** Article order, then the local measure's reading order. */
  order: z.number(),
  measureId: z.string(),
  articleId: z.string(),
  /** The article's number, for its page `/adoption/{n}/`. */
  articleNumber: z.number(),
  /** The local measure's source. */
  source: z.string(),
  score: z.number(),
  adopts: z.boolean(),
  /** Verbatim evidence: passages the measure shares with the article. */
  passages: z.array(sharedPassageSchema),
  /** Evidence by meaning: the article's instruments the measure states, whatever its wording. */
  instruments: z.array(instrumentEvidenceSchema),
});

export const matchOptionsSchema = z.object({
  minLength: z.number(),
  maxGap: z.number(),
  genericIn: z.number(),
  termShare: z.number(),
  termMin: z.number(),
  commonShare: z.number(),
  commonMin: z.number(),
  threshold: z.number(),
});

export const adoptionSummarySchema = z.object({
  id: z.string(),
  /** The framework whose articles are matched. */
  framework: z.string(),
  /** Local sources in site order. */
  sources: z.array(z.object({ slug: z.string(), jurisdiction: z.string() })),
  /** Local sources not written to implement the framework (settings `implements` without it). */
  predates: z.array(z.string()),
  /** matrix[articleId][source] = adopting measures and their best score. */
  matrix: z.record(z.string(), z.record(z.string(), z.object({ count: z.number(), best: z.number() }))),
  /** Local measures per source, and how many adopt at least one article. */
  coverage: z.record(z.string(), z.object({ measures: z.number(), adopting: z.number() })),
  options: matchOptionsSchema,
  /** The instrument dictionary applied: framework articles with entries, entries, terms. */
  dictionary: z.object({ articles: z.number(), entries: z.number(), terms: z.number() }),
});

export type AdoptionArticle = z.infer<typeof adoptionArticleSchema>;
export type InstrumentEvidenceEntry = z.infer<typeof instrumentEvidenceSchema>;
export type AdoptionMatchEntry = z.infer<typeof adoptionMatchSchema>;
export type AdoptionSummary = z.infer<typeof adoptionSummarySchema>;
