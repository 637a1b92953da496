/**
 * Counterparts (scripts/analyses/counterparts.ts writes them): for each measure, the closest
 * measures in each other document, with what they share — an instrument of the curated dictionary
 * or, without one, the most distinctive phrase — and the passage on each side. One entry per source
 * (a shard the browser can load alone) and one summary with the options that made them.
 */
import { z } from 'astro/zod';

/** A passage of a measure's text: [start, end) into it, and the text itself. */
export const passageSchema = z.object({
  text: z.string(),
  start: z.number(),
  end: z.number(),
});
export type Passage = z.infer<typeof passageSchema>;

/** What links two measures: a shared instrument (named by the dictionary), or a shared phrase. */
export const sharedSchema = z.union([
  z.object({ kind: z.literal('instrument'), instrument: z.string(), name: z.string() }),
  z.object({ kind: z.literal('phrase'), phrase: z.string() }),
]);
export type Shared = z.infer<typeof sharedSchema>;

export const counterpartSchema = z.object({
  /** The other measure's document. */
  source: z.string(),
  /** The other measure's id. */
  measure: z.string(),
  /** 0–1: whole-measure and best-clause similarity combined (see the summary's options). */
  score: z.number(),
  /** 1 for the best in its document. */
  rank: z.number(),
  shared: sharedSchema,
  /** The passage of this measure that matches… */
  passage: passageSchema,
  /** …and the other measure's passage. */
  counterpartPassage: passageSchema,
});
export type Counterpart = z.infer<typeof counterpartSchema>;

/** One source's measures with their counterparts, in reading order; documents in site order. */
export const counterpartShardSchema = z.object({
  /** The source's slug. */
  id: z.string(),
  order: z.number(),
  measures: z.array(
    z.object({
      measure: z.string(),
      counterparts: z.array(counterpartSchema),
    }),
  ),
});
export type CounterpartShard = z.infer<typeof counterpartShardSchema>;

export const counterpartOptionsSchema = z.object({
  /** Counterparts kept per measure and other document. */
  perDocument: z.number(),
  /** Lowest score kept. */
  threshold: z.number(),
  /** Weight of the whole-measure cosine; the best clause pair's cosine has the rest. */
  measureWeight: z.number(),
  /** Added when the two measures share an instrument of the dictionary (score capped at 1). */
  instrumentBonus: z.number(),
  /** Candidate measures per measure from the whole-measure index. */
  candidates: z.number(),
  /** Candidate clauses per clause from the clause index. */
  clauseCandidates: z.number(),
  /** Candidates aligned clause by clause, per measure. */
  shortlist: z.number(),
  /** Clause length limit (src/lib/text/clauses.ts). */
  longClause: z.number(),
  /** Shortest shared phrase that names a link. */
  minPhrase: z.number(),
});
export type CounterpartOptions = z.infer<typeof counterpartOptionsSchema>;

export const counterpartSummarySchema = z.object({
  id: z.literal('summary'),
  options: counterpartOptionsSchema,
  /** Whether the dictionary of instruments was there to name links. */
  instruments: z.boolean(),
  /** Per source: measures, measures with at least one counterpart, counterparts. */
  sources: z.array(z.object({ slug: z.string(), measures: z.number(), withCounterparts: z.number(), counterparts: z.number() })),
});
export type CounterpartSummary = z.infer<typeof counterpartSummarySchema>;
