/**
 * The hand-curated files beside the sources (content/*.json), one schema each, with the file-level
 * checks (duplicates, contradictions) inside the schema so every reader applies them.
 * Read through scripts/lib/curated.ts, which turns a failed check into `file: entry: what to fix`.
 */
import { z } from 'astro/zod';
import { themeFileSchema } from './theme.ts';
import { aliasFileSchema } from '../lib/indicators/aliases.ts';
import { correctionsFileSchema } from '../lib/chains/corrections.ts';

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

export const adoptionGoldFileSchema = z
  .object({
    about: z.string(),
    pairs: z.array(
      z
        .object({
          /** A local measure's id. */
          measure: z.string().min(1),
          /** A few words of the measure's text: ingest stops if a revision changes them. */
          measureQuote: z.string().min(2).optional(),
          /** A framework article's id. */
          article: z.string().min(1),
          /** A few words of the article's text. */
          articleQuote: z.string().min(2).optional(),
          adopts: z.boolean(),
          note: z.string().optional(),
          batch: z.enum(['tuning', 'blind']),
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.pairs.forEach((pair, index) => {
      const key = `${pair.measure}|${pair.article}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['pairs', index], message: `the pair ${pair.measure} → ${pair.article} is labelled twice` });
      seen.add(key);
    });
  });
export type AdoptionGoldFile = z.infer<typeof adoptionGoldFileSchema>;

/** A measure of another document, as the labeller quoted it. */
const quotedMeasureSchema = {
  /** A local measure's id. */
  measure: z.string().min(1),
  /** A few words of the measure's text: ingest stops if a revision changes them. */
  measureQuote: z.string().min(2),
};

/**
 * The hand-labelled evaluation set for counterparts (content/counterparts-evaluation.json): for each
 * drawn measure, every measure of each `checked` document that states the same instrument, requirement
 * or target; a measure of a checked document not listed under `counterparts` is a labelled negative.
 */
export const counterpartsEvaluationFileSchema = z
  .object({
    about: z.string().min(1),
    definition: z.string().min(1),
    /** How the measures were drawn (scripts/evaluation-sample.ts), so the draw can be repeated. */
    sampling: z
      .object({
        set: z.string().min(1),
        seed: z.number().int(),
        perSource: z.number().int().positive(),
        population: z.record(z.string(), z.number().int().nonnegative()),
        drawnAt: z.string(),
        command: z.string().min(1),
      })
      .strict(),
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
    const drawn = new Set<string>();
    file.measures.forEach((entry, index) => {
      if (drawn.has(entry.measure)) ctx.addIssue({ code: 'custom', path: ['measures', index], message: `the measure ${entry.measure} is labelled twice` });
      drawn.add(entry.measure);
      const listed = new Set<string>();
      [...entry.counterparts, ...entry.near].forEach(({ measure }) => {
        if (listed.has(measure)) ctx.addIssue({ code: 'custom', path: ['measures', index], message: `${measure} is listed twice for ${entry.measure} (a measure is either a counterpart or near, once)` });
        listed.add(measure);
      });
    });
  });
export type CounterpartsEvaluationFile = z.infer<typeof counterpartsEvaluationFileSchema>;

/** Every curated file: its path under content/ and its schema. */
export const curatedFiles = {
  themes: { path: 'themes.json', schema: themeFileSchema },
  indicatorAliases: { path: 'indicator-aliases.json', schema: aliasFileSchema },
  chainCorrections: { path: 'chain-corrections.json', schema: correctionsFileSchema },
  searchAliases: { path: 'search-aliases.json', schema: searchAliasFileSchema },
  adoptionGold: { path: 'adoption-gold.json', schema: adoptionGoldFileSchema },
  counterpartsEvaluation: { path: 'counterparts-evaluation.json', schema: counterpartsEvaluationFileSchema },
} as const;
export type CuratedName = keyof typeof curatedFiles;
export type Curated = { [K in CuratedName]: z.infer<(typeof curatedFiles)[K]['schema']> };
