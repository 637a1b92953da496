/**
 * Adoption of the frameworks' articles by local measures (scripts/analyses/adoption.ts writes it):
 * every framework's articles, every adopting pair with its evidence, and per framework a summary of
 * article × source. Each framework is matched on its own; every entry names its framework's slug.
 */
import { z } from 'astro/zod';
import { agreementSummarySchema } from './agreement.ts';

export const adoptionArticleSchema = z.object({
  id: z.string(),
  /** The framework source the article is of. */
  framework: z.string(),
  /** The frameworks in summary order, then reading order in the framework. */
  order: z.number(),
  /** Article number as the decision writes it: 17 for (十七). */
  number: z.number(),
  numeral: z.string(),
  /** Its number as pages write it: `（十七）`, a law's `第三条`; empty for a plan's measure without one (src/lib/adoption/match.ts articleLabel). */
  label: z.string(),
  /** How pages name it after the framework's name: its label, or its title in quotation marks (articleName). */
  name: z.string(),
  /** Its heading on its page and in lists: label and title (`（十七）健全社区网格化管理服务机制`), or its name. */
  heading: z.string(),
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

/** A clause of the measure that restates a clause of the article (character n-gram TF-IDF cosine). */
export const alignedClauseSchema = z.object({
  local: range,
  localText: z.string(),
  article: range,
  articleText: z.string(),
  similarity: z.number(),
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

/**
 * A labeller's verdict on a pair (src/lib/adoption/review.ts): the measure was judged against every
 * unit of the framework in an adoption evaluation set, so the verdict holds whether or not the
 * detector found the pair.
 */
export const pairReviewSchema = z.object({
  adopts: z.boolean(),
  /** The set (a file under content/) the verdict comes from. */
  file: z.string(),
  /** Why it adopts; for a rejected detection the labeller's near-miss reason, or '' when none was written. */
  reason: z.string(),
  /** Its Chinese translation where the set gives one (the labellers wrote in English); null otherwise. */
  reasonZh: z.string().nullable(),
  /** For an adoption: the article's instrument as the labeller named it, the measure's words and the article's. */
  instrument: z.string().nullable(),
  measureWording: z.string().nullable(),
  articleQuote: z.string().nullable(),
  /** [start, end) of those words in the measure's text (one range per part of a wording with …) and in the article's. */
  local: z.array(range),
  article: range.nullable(),
});

export const adoptionMatchSchema = z.object({
  /** `{measureId}>{articleId}`. */
  id: z.string(),
  /** Article order, then the local measure's reading order. */
  order: z.number(),
  measureId: z.string(),
  /** The framework source the article is of. */
  framework: z.string(),
  articleId: z.string(),
  /** The article's number, for its page `/adoption/{framework}/{n}/`. */
  articleNumber: z.number(),
  /** The local measure's source. */
  source: z.string(),
  score: z.number(),
  /** The verdict that counts: the review's where the measure was reviewed, else the detector's. */
  adopts: z.boolean(),
  /** The detector found it (its figures are computed from this alone). */
  detected: z.boolean(),
  /** The labeller's verdict, or null when nobody reviewed the measure. */
  review: pairReviewSchema.nullable(),
  /** Verbatim evidence: passages the measure shares with the article. */
  passages: z.array(sharedPassageSchema),
  /** Reworded reuse: clauses restating the article's clauses. */
  clauses: z.array(alignedClauseSchema),
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
  /** Least TF-IDF cosine for a clause to restate an article's clause. */
  clauseThreshold: z.number(),
});

/** One per framework of the corpus, its slug as id. */
export const adoptionSummarySchema = z.object({
  id: z.string(),
  /** The framework most local texts implement first (src/lib/adoption/inputs.ts frameworksByUse). */
  order: z.number(),
  /** The framework whose articles are matched. */
  framework: z.string(),
  /** Local sources compared with the framework, in site order: those that implement it and those that name no framework of the corpus (src/lib/adoption/inputs.ts comparedWith). */
  sources: z.array(z.object({ slug: z.string(), jurisdiction: z.string() })),
  /** Of those, the ones not written to implement the framework (settings `implements` without it): their pairs are 措辞同 / 举措同. */
  predates: z.array(z.string()),
  /** matrix[articleId][source] = adopting measures (as reviewed), how many of them the detector found, and their best score. */
  matrix: z.record(z.string(), z.record(z.string(), z.object({ count: z.number(), detected: z.number(), best: z.number() }))),
  /** Local measures per source, how many adopt at least one article, and how many were reviewed. */
  coverage: z.record(z.string(), z.object({ measures: z.number(), adopting: z.number(), reviewed: z.number() })),
  options: matchOptionsSchema,
  /** The instrument dictionary applied: framework articles with entries, entries, instrument terms, topic terms. */
  dictionary: z.object({ articles: z.number(), entries: z.number(), terms: z.number(), topicTerms: z.number() }),
  /** The reviews applied: measures reviewed, the sets they come from, and detected pairs confirmed, pairs added, detected pairs rejected. */
  review: z.object({ measures: z.number(), files: z.array(z.string()), confirmed: z.number(), added: z.number(), rejected: z.number() }),
});

export type AdoptionArticle = z.infer<typeof adoptionArticleSchema>;
export type InstrumentEvidenceEntry = z.infer<typeof instrumentEvidenceSchema>;
export type AdoptionMatchEntry = z.infer<typeof adoptionMatchSchema>;
export type AdoptionSummary = z.infer<typeof adoptionSummarySchema>;

const rateSchema = z.object({
  /** successes / trials; null when there are no trials. */
  value: z.number().nullable(),
  successes: z.number(),
  trials: z.number(),
  /** Wilson score interval at 95%, every pair an independent trial; null when there are no trials. */
  interval: z.object({ low: z.number(), high: z.number() }).nullable(),
  /** Stratified cluster bootstrap at 95%, measures resampled within each source: the interval to cite; null when there are no trials. */
  cluster: z.object({ low: z.number(), high: z.number() }).nullable(),
});

export const evaluationCellSchema = z.object({
  /** A local source's slug, or `all`. */
  source: z.string(),
  half: z.enum(['tuning', 'blind']),
  /** Drawn measures, and pairs (drawn measures × framework articles). */
  measures: z.number(),
  pairs: z.number(),
  /** Pairs labelled as adoption. */
  positives: z.number(),
  tp: z.number(),
  fp: z.number(),
  fn: z.number(),
  precision: rateSchema,
  recall: rateSchema,
  /** Recall on the positives the measure words differently from the article. */
  rewordedRecall: rateSchema,
  /** `measure>article` pairs missed and wrongly found. */
  missed: z.array(z.string()),
  wrong: z.array(z.string()),
});

/**
 * The adoption matcher measured against one of the corpus's hand-labelled evaluation sets
 * (content/adoption-evaluation*.json with a `use`), one entry per set, held-out sets first: what
 * was labelled, how it was drawn and used, precision and recall per source and half, and the
 * agreement of any second labelling. `available` is false when no labelled measure is in the corpus.
 */
export const adoptionEvaluationSchema = z.object({
  id: z.string(),
  order: z.number(),
  /** The framework the set was judged against (the source of the units it labels). */
  framework: z.string(),
  /** The set's file under content/. */
  file: z.string(),
  available: z.boolean(),
  /** `held-out`: read once after the matcher was frozen, the figures to cite; `development`: used for tuning. */
  role: z.enum(['held-out', 'development']),
  /** How the set has been used (zh-CN), from the file. */
  note: z.string(),
  /** The set's own description, and the definition of adoption its labels follow. */
  about: z.string(),
  definition: z.string(),
  sampling: z
    .object({
      seed: z.number(),
      perSource: z.number(),
      /** Local measures per source the sample was drawn from. */
      population: z.record(z.string(), z.number()),
      drawnAt: z.string(),
      command: z.string(),
    })
    .nullable(),
  /** Framework units each drawn measure was judged against: its articles and any text before them. */
  articles: z.number(),
  cells: z.array(evaluationCellSchema),
  /** Agreement with each second, independent labelling of (some of) the set's measures. */
  agreements: z.array(agreementSummarySchema),
});

export type AdoptionEvaluationEntry = z.infer<typeof adoptionEvaluationSchema>;
