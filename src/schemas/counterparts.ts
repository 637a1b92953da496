/**
 * Counterparts (scripts/analyses/counterparts.ts writes them): for each measure, the closest
 * measures in each other document, with what they share — an instrument of the curated dictionary
 * or, without one, the most distinctive phrase — and the passage on each side. One entry per source
 * (a shard the browser can load alone) and one summary with the options that made them.
 */
import { z } from 'astro/zod';
import { agreementSummarySchema } from './agreement.ts';

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
  /** The framework articles the detector found both measures adopt (ids of the adoption analysis's articles); sharing one adds `articleBonus` to the score. */
  articles: z.array(z.string()),
  /**
   * The framework articles both measures adopt by the verdict that counts (adoption-matches `adopts`:
   * a labeller's where the measure was reviewed): what the pages name as 同落实, so they never
   * contradict the adoption pages.
   */
  adoptBoth: z.array(z.string()),
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
  /** Lowest score kept for a document's second and later counterparts. */
  threshold: z.number(),
  /** Lowest score kept for a document's best counterpart: whether the document has one at all. */
  bestThreshold: z.number(),
  /** Weight of the whole-measure cosine; the best clause pair's cosine has the rest. */
  measureWeight: z.number(),
  /** Added when the two measures share an instrument of the dictionary (score capped at 1). */
  instrumentBonus: z.number(),
  /** Added for each further instrument they share. */
  moreInstrumentsBonus: z.number(),
  /** Added when both measures adopt one framework article (the adoption analysis). */
  articleBonus: z.number(),
  /** Candidate measures per measure from the whole-measure index. */
  candidates: z.number(),
  /** Candidate clauses per clause from the clause index. */
  clauseCandidates: z.number(),
  /** An instrument named, or a framework article adopted, by more measures than this gives no candidates (it still adds its bonus). */
  instrumentCandidates: z.number(),
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
  /** Whether any measure adopts a framework article (the adoption analysis), so that articleBonus applied. */
  articles: z.boolean(),
  /** Per source: measures, measures with at least one counterpart, counterparts. */
  sources: z.array(z.object({ slug: z.string(), measures: z.number(), withCounterparts: z.number(), counterparts: z.number() })),
});
export type CounterpartSummary = z.infer<typeof counterpartSummarySchema>;

/**
 * What the side-by-side page loads per source (`/side-by-side/data/{source}.json`): the source's
 * chapters and measures, each measure with its text and its counterparts, compact.
 */
export const sideBySideShardSchema = z.object({
  source: z.string(),
  /** How the source is labelled (jurisdiction, or jurisdiction·short name). */
  label: z.string(),
  title: z.string(),
  url: z.string(),
  chapters: z.array(z.object({ id: z.string(), label: z.string(), url: z.string() })),
  measures: z.array(
    z.object({
      id: z.string(),
      /** The chapter's id (from `chapters`). */
      chapter: z.string(),
      /** Its label and title, or its first clause when it has no title. */
      heading: z.string(),
      url: z.string(),
      text: z.string(),
      counterparts: z.array(
        z.object({
          source: z.string(),
          measure: z.string(),
          score: z.number(),
          rank: z.number(),
          shared: sharedSchema,
          /** [start, end) of the passages in this measure's and the other's text. */
          passage: z.tuple([z.number(), z.number()]),
          counterpartPassage: z.tuple([z.number(), z.number()]),
          /** The framework articles both adopt (ids of the index's `articles`). */
          articles: z.array(z.string()),
        }),
      ),
    }),
  ),
});
export type SideBySideShard = z.infer<typeof sideBySideShardSchema>;
export type SideBySideMeasure = SideBySideShard['measures'][number];

/** `/side-by-side/data/index.json`: every document and chapter that can be a side, and its shard. */
export const sideBySideIndexSchema = z.object({
  documents: z.array(z.object({ id: z.string(), label: z.string(), title: z.string(), file: z.string() })),
  chapters: z.array(z.object({ id: z.string(), document: z.string(), label: z.string() })),
  /** The framework articles a pair may both adopt: how they are named (framework and numeral) and their adoption page. */
  articles: z.array(z.object({ id: z.string(), label: z.string(), url: z.string() })),
});
export type SideBySideIndex = z.infer<typeof sideBySideIndexSchema>;

/** A proportion with its 95% Wilson interval; n = 0 gives value 0 and the interval [0, 1]. */
const proportionSchema = z.object({
  k: z.number(),
  n: z.number(),
  value: z.number(),
  /** Wilson 95% interval, every pair an independent trial ([0, 1] when n = 0). */
  low: z.number(),
  high: z.number(),
  /** Stratified cluster bootstrap 95% interval over the labelled measures: the one to cite; null when n = 0. */
  cluster: z.object({ low: z.number(), high: z.number() }).nullable(),
});
export type Proportion = z.infer<typeof proportionSchema>;

/** Precision and recall of the kept counterparts against the hand-labelled set, per source and half. */
export const counterpartEvaluationSchema = z.object({
  /** The set's file name without `.json`. */
  id: z.string(),
  /** Held-out sets first, then in the order they were drawn. */
  order: z.number(),
  /** The curated file under content/. */
  file: z.string(),
  /** `held-out`: read once after the finder was frozen (the figures to cite); `development`: tuned on. */
  role: z.enum(['held-out', 'development']),
  /** How the set was drawn, labelled and read (zh-CN), from the curated file; empty for the first set, whose `blindReadings` say it. */
  note: z.string(),
  /** The labelled set's definition of a counterpart, quoted from the curated file. */
  definition: z.string(),
  /** Labelled measures in all. */
  measures: z.number(),
  /** Each time the blind half was scored, from the curated file: more than one means it is no longer wholly blind. */
  blindReadings: z.array(z.object({ date: z.string(), note: z.string() })),
  /** Agreement with each second, independent labelling of (some of) the set's measures. */
  agreements: z.array(agreementSummarySchema),
  /**
   * Per (labelled measure, other document), as the side-by-side page pairs them: `found` — of the
   * pairs with a labelled counterpart, the share paired; `shown` — of the pairs paired, the share with
   * one; `lacking` — of the pairs left unpaired (listed as “仅见于”), the share that have one.
   */
  documents: z.object({ pairs: z.number(), found: proportionSchema, shown: proportionSchema, lacking: proportionSchema }),
  rows: z.array(
    z.object({
      /** A source's slug, or `all`. */
      source: z.string(),
      half: z.enum(['tuning', 'blind']),
      /** Labelled measures of this source and half. */
      measures: z.number(),
      /** Labelled counterpart pairs (positives). */
      labelled: z.number(),
      /** Kept counterparts that fall in a checked document. */
      predicted: z.number(),
      truePositives: z.number(),
      precision: proportionSchema,
      recall: proportionSchema,
    }),
  ),
});
export type CounterpartEvaluation = z.infer<typeof counterpartEvaluationSchema>;
