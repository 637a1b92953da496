/**
 * The hand-curated files beside the sources (content/*.json), one schema each, with the file-level
 * checks (duplicates, contradictions) inside the schema so every reader applies them.
 * Read through scripts/lib/curated.ts, which turns a failed check into `file: entry: what to fix`.
 */
import { z } from 'astro/zod';
import { themeFileSchema } from './theme.ts';
import { aliasFileSchema } from '../lib/indicators/aliases.ts';
import { correctionsFileSchema } from '../lib/chains/corrections.ts';
import { instrumentFileSchema } from './instruments.ts';
import { localInstrumentFileSchema } from './local-instruments.ts';

export const searchAliasFileSchema = z
  .object({
    $comment: z.string().optional(),
    /** Spellings search treats as variants of one another. */
    groups: z.array(z.array(z.string().min(1)).min(2, 'a group needs at least two spellings')),
  })
  .strict()
  .superRefine((file, ctx) => {
    file.groups.forEach((group, index) => {
      if (new Set(group).size !== group.length) ctx.addIssue({ code: 'custom', path: ['groups', index], message: `a spelling is listed twice in ${JSON.stringify(group)}` });
    });
  });
export type SearchAliasFile = z.infer<typeof searchAliasFileSchema>;

/** How an evaluation set's measures were drawn (scripts/evaluation-sample.ts), so the draw can be repeated. */
const evaluationSamplingSchema = z
  .object({
    set: z.string().min(1),
    seed: z.number().int(),
    perSource: z.number().int().positive(),
    population: z.record(z.string(), z.number().int().nonnegative()),
    /** Earlier sets whose measures a held-out draw left out (scripts/evaluation-sample.ts --exclude). */
    excluded: z.array(z.string().min(1)).optional(),
    drawnAt: z.string(),
    command: z.string().min(1),
  })
  .strict();

/** The label of one (measure, article) pair the labeller judged an adoption. */
const evaluationAdoptionSchema = z
  .object({
    /** A framework article's id. */
    article: z.string().min(1),
    /** A few words of the article's text: ingest stops if a revision changes them. */
    articleQuote: z.string().min(2),
    /** The article's instrument, requirement or target, as the article names it. */
    instrument: z.string().min(1),
    /** How the measure states it: words of the measure's text, checked by ingest like a quote. */
    measureWording: z.string().min(2),
    /** `verbatim` when the measure repeats the article's wording (a shared string of 8 or more characters), `reworded` otherwise. */
    wording: z.enum(['verbatim', 'reworded']),
    reason: z.string().min(1),
    /** `reason` in Chinese for the pages: a translation (the labellers wrote in English, and `reason` stays the record). */
    reasonZh: z.string().min(1).optional(),
  })
  .strict();

/** A pair the labeller judged not an adoption although it shares terms or topic, with why. */
const evaluationNearMissSchema = z
  .object({
    article: z.string().min(1),
    articleQuote: z.string().min(2),
    reason: z.string().min(1),
    /** As for an adoption: a Chinese translation of `reason`. */ reasonZh: z.string().min(1).optional(),
  })
  .strict();

/**
 * How an evaluation set has been used, for the method notes: `held-out` — read once, after the
 * matcher was frozen, its figures the ones to cite; `development` — used to tune the matcher, its
 * figures optimistic. `note` (zh-CN) says when it was read and what was tuned on it.
 */
export const evaluationUseSchema = z.object({ role: z.enum(['held-out', 'development']), note: z.string().min(1) }).strict();

/**
 * The hand-labelled evaluation set for adoption: measures drawn by scripts/evaluation-sample.ts, each
 * judged against every framework article. An article not in `adopts` is a labelled negative.
 */
export const adoptionEvaluationFileSchema = z
  .object({
    about: z.string().min(1),
    definition: z.string().min(1),
    /**
     * How the set has been used, for the method note: `held-out` — read once, after the matcher was
     * frozen, its figures the ones to cite; `development` — used to tune the matcher, its figures
     * optimistic. `note` (zh-CN) says when it was read and what was tuned on it. A second labelling
     * of another set has no `use` (it is not scored): it names the set it repeats in `secondOf`.
     */
    use: evaluationUseSchema.optional(),
    /** For a second, independent labelling: the file (under content/) of the labelling it repeats. */
    secondOf: z.string().min(1).optional(),
    /** The sampler's own record of the draw, and the command that repeats it. */
    sampling: evaluationSamplingSchema,
    measures: z.array(
      z
        .object({
          /** A local measure's id. */
          measure: z.string().min(1),
          /** The measure's first characters, as the sampler gave them. */
          measureQuote: z.string().min(2),
          half: z.enum(['tuning', 'blind']),
          adopts: z.array(evaluationAdoptionSchema),
          near: z.array(evaluationNearMissSchema),
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((file, ctx) => {
    if (!file.use === !file.secondOf)
      ctx.addIssue({ code: 'custom', path: ['use'], message: 'give either `use` (a set that is scored) or `secondOf` (a second labelling of one), not both or neither' });
    const seen = new Set<string>();
    file.measures.forEach((entry, index) => {
      if (seen.has(entry.measure)) ctx.addIssue({ code: 'custom', path: ['measures', index], message: `the measure ${entry.measure} is labelled twice` });
      seen.add(entry.measure);
      const adopted = new Set<string>();
      entry.adopts.forEach((adoption, j) => {
        if (adopted.has(adoption.article))
          ctx.addIssue({ code: 'custom', path: ['measures', index, 'adopts', j], message: `${entry.measure} adopts ${adoption.article} twice: merge the entries` });
        adopted.add(adoption.article);
      });
      entry.near.forEach((miss, j) => {
        if (adopted.has(miss.article))
          ctx.addIssue({ code: 'custom', path: ['measures', index, 'near', j], message: `${entry.measure} → ${miss.article} is both an adoption and a near-miss: keep one` });
      });
    });
  });
export type AdoptionEvaluationFile = z.infer<typeof adoptionEvaluationFileSchema>;

/** A measure of another document, as the labeller quoted it. */
const quotedMeasureSchema = {
  /** A local measure's id. */
  measure: z.string().min(1),
  /** A few words of the measure's text: ingest stops if a revision changes them. */
  measureQuote: z.string().min(2),
};

/** One scoring of an evaluation set's blind half: when, and what was frozen and measured (shown on the page as written). */
export const blindReadingSchema = z.object({ date: z.string().min(1), note: z.string().min(1) }).strict();

/**
 * The hand-labelled evaluation set for counterparts (content/counterparts-evaluation.json): for each
 * drawn measure, every measure of each `checked` document that states the same instrument, requirement
 * or target; a measure of a checked document not listed under `counterparts` is a labelled negative.
 */
export const counterpartsEvaluationFileSchema = z
  .object({
    about: z.string().min(1),
    definition: z.string().min(1),
    sampling: evaluationSamplingSchema,
    /** Each time the blind half was scored, oldest first: the frozen matcher and what it measured, so a reader can tell how blind the half still is. */
    blindReadings: z.array(blindReadingSchema).optional(),
    /** How the set has been used (a set without it is the first, development set with its tuning and blind halves). */
    use: evaluationUseSchema.optional(),
    /** For a second, independent labelling of some of another set's measures: that set's file under content/ (not scored; compared for agreement). */
    secondOf: z.string().min(1).optional(),
    measures: z.array(
      z
        .object({
          ...quotedMeasureSchema,
          half: z.enum(['tuning', 'blind']),
          /** The other documents whose every measure was read against this one. */
          checked: z.array(z.string().min(1)).min(1),
          counterparts: z.array(
            z
              .object({
                ...quotedMeasureSchema,
                /** The instrument, requirement or target both state, in a few words. */
                shared: z.string().min(1),
                reason: z.string().min(1),
              })
              .strict(),
          ),
          /** Related measures judged not to be counterparts, and why: negatives a reader may question. */
          near: z.array(z.object({ ...quotedMeasureSchema, reason: z.string().min(1) }).strict()),
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((file, ctx) => {
    if (file.secondOf && (file.use || file.blindReadings))
      ctx.addIssue({ code: 'custom', path: ['secondOf'], message: 'a second labelling (`secondOf`) is not scored: remove `use` and `blindReadings`' });
    const drawn = new Set<string>();
    file.measures.forEach((entry, index) => {
      if (drawn.has(entry.measure)) ctx.addIssue({ code: 'custom', path: ['measures', index], message: `the measure ${entry.measure} is labelled twice` });
      drawn.add(entry.measure);
      const listed = new Set<string>();
      [...entry.counterparts, ...entry.near].forEach(({ measure }) => {
        if (listed.has(measure))
          ctx.addIssue({ code: 'custom', path: ['measures', index], message: `${measure} is listed twice for ${entry.measure} (a measure is either a counterpart or near, once)` });
        listed.add(measure);
      });
    });
  });
export type CounterpartsEvaluationFile = z.infer<typeof counterpartsEvaluationFileSchema>;

/**
 * Every curated file: its path under content/, its schema, and whether a corpus may go without it.
 * The dictionaries and corrections are part of any corpus (empty where it needs none); an evaluation
 * set is drawn from one corpus's measures and labelled by hand, so another corpus simply has none
 * (`optional`), and its pages say so.
 */
export const curatedFiles = {
  themes: { path: 'themes.json', schema: themeFileSchema },
  indicatorAliases: { path: 'indicator-aliases.json', schema: aliasFileSchema },
  chainCorrections: { path: 'chain-corrections.json', schema: correctionsFileSchema },
  searchAliases: { path: 'search-aliases.json', schema: searchAliasFileSchema },
  instruments: { path: 'instruments.json', schema: instrumentFileSchema },
  /** Instruments local plans share that the framework does not name: for counterparts only. */
  localInstruments: { path: 'local-instruments.json', schema: localInstrumentFileSchema },
  /** The adoption evaluation sets, in the order they were drawn; each says in `use` how it has been used. */
  adoptionEvaluation: { path: 'adoption-evaluation.json', schema: adoptionEvaluationFileSchema, optional: true },
  adoptionEvaluationHoldout: { path: 'adoption-evaluation-holdout.json', schema: adoptionEvaluationFileSchema, optional: true },
  adoptionEvaluationHoldout2: { path: 'adoption-evaluation-holdout-2.json', schema: adoptionEvaluationFileSchema, optional: true },
  adoptionEvaluationHoldout3: { path: 'adoption-evaluation-holdout-3.json', schema: adoptionEvaluationFileSchema, optional: true },
  adoptionEvaluationHoldout4: { path: 'adoption-evaluation-holdout-4.json', schema: adoptionEvaluationFileSchema, optional: true },
  adoptionEvaluationHoldout5: { path: 'adoption-evaluation-holdout-5.json', schema: adoptionEvaluationFileSchema, optional: true },
  /** Second, independent labellings (`secondOf`), for inter-rater agreement (src/lib/evaluation/agreement.ts). */
  adoptionEvaluationSecond: { path: 'adoption-evaluation-second.json', schema: adoptionEvaluationFileSchema, optional: true },
  adoptionEvaluationHoldout2Second: { path: 'adoption-evaluation-holdout-2-second.json', schema: adoptionEvaluationFileSchema, optional: true },
  adoptionEvaluationHoldout4Second: { path: 'adoption-evaluation-holdout-4-second.json', schema: adoptionEvaluationFileSchema, optional: true },
  adoptionEvaluationHoldout5Second: { path: 'adoption-evaluation-holdout-5-second.json', schema: adoptionEvaluationFileSchema, optional: true },
  /** The counterparts evaluation sets, in the order they were drawn. */
  counterpartsEvaluation: { path: 'counterparts-evaluation.json', schema: counterpartsEvaluationFileSchema, optional: true },
  counterpartsEvaluationHoldout: { path: 'counterparts-evaluation-holdout.json', schema: counterpartsEvaluationFileSchema, optional: true },
  counterpartsEvaluationHoldout2: { path: 'counterparts-evaluation-holdout-2.json', schema: counterpartsEvaluationFileSchema, optional: true },
  counterpartsEvaluationHoldout3: { path: 'counterparts-evaluation-holdout-3.json', schema: counterpartsEvaluationFileSchema, optional: true },
  counterpartsEvaluationHoldout4: { path: 'counterparts-evaluation-holdout-4.json', schema: counterpartsEvaluationFileSchema, optional: true },
  /** A second, independent labelling (`secondOf`), for inter-rater agreement. */
  counterpartsEvaluationHoldout2Second: { path: 'counterparts-evaluation-holdout-2-second.json', schema: counterpartsEvaluationFileSchema, optional: true },
  counterpartsEvaluationHoldout4Second: { path: 'counterparts-evaluation-holdout-4-second.json', schema: counterpartsEvaluationFileSchema, optional: true },
} as const;
export type CuratedName = keyof typeof curatedFiles;

/** The curated files of one shape (every adoption evaluation set, say), in the order listed above: adding a set is one line there. */
export function curatedNamesWith(schema: (typeof curatedFiles)[CuratedName]['schema']): CuratedName[] {
  return (Object.keys(curatedFiles) as CuratedName[]).filter((name) => curatedFiles[name].schema === schema);
}
type CuratedFile<K extends CuratedName> = z.infer<(typeof curatedFiles)[K]['schema']>;
/** The curated files as read: an optional file a corpus lacks is `undefined`. */
export type Curated = { [K in CuratedName]: (typeof curatedFiles)[K] extends { optional: true } ? CuratedFile<K> | undefined : CuratedFile<K> };
