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
  passages: z.array(sharedPassageSchema),
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
});

export type AdoptionArticle = z.infer<typeof adoptionArticleSchema>;
export type AdoptionMatchEntry = z.infer<typeof adoptionMatchSchema>;
export type AdoptionSummary = z.infer<typeof adoptionSummarySchema>;
