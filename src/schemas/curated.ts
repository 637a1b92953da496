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

/**
 * A second, independent labelling of the blind half of an adoption evaluation set, made to measure
 * inter-rater agreement with the first (src/lib/evaluation/agreement.ts). Every framework article
 * not listed under a measure's `adopts` is a negative, so the file covers every (measure, article)
 * pair of its measures; the quotes are checked by ingest like every curated reference.
 */
export const adoptionEvaluationSecondFileSchema = z
  .object({
    /** Who labelled, how, when, and that the labelling was blind to the first. */
    about: z.string().min(1),
    /** The sampler's `sampling` object (scripts/evaluation-sample.ts) and the command that drew it. */
    sampling: z
      .object({
        set: z.string().min(1),
        seed: z.number().int(),
        perSource: z.number().int().positive(),
        /** Measures per local source when the sample was drawn. */
        population: z.record(z.string(), z.number().int().nonnegative()),
        drawnAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'drawnAt is a date: YYYY-MM-DD'),
        command: z.string().min(1),
      })
      .strict()
      .optional(),
    measures: z.array(
      z
        .object({
          /** A local measure's id, in the sampler's order. */
          measure: z.string().min(1),
          /** The first words of the measure's text, as the sampler printed them. */
          measureQuote: z.string().min(2),
          half: z.literal('blind'),
          /** The framework articles the measure adopts; an empty list says it adopts none. */
          adopts: z.array(
            z
              .object({
                article: z.string().min(1),
                /** Words of the article that state the instrument, requirement or target. */
                articleQuote: z.string().min(2),
                /** The instrument, requirement or target, named. */
                instrument: z.string().min(1),
                /** Words of the measure that state it. */
                measureWording: z.string().min(2),
                reason: z.string().min(1),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((file, ctx) => {
    if (file.measures.length && !file.sampling) ctx.addIssue({ code: 'custom', path: ['sampling'], message: 'add the sampler\'s sampling object, so the sample can be drawn again' });
    const seen = new Set<string>();
    file.measures.forEach((entry, index) => {
      if (seen.has(entry.measure)) ctx.addIssue({ code: 'custom', path: ['measures', index], message: `the measure ${entry.measure} is labelled twice` });
      seen.add(entry.measure);
      const articles = new Set<string>();
      entry.adopts.forEach((adoption, j) => {
        if (articles.has(adoption.article)) ctx.addIssue({ code: 'custom', path: ['measures', index, 'adopts', j], message: `${entry.measure} adopts ${adoption.article} twice: merge the two entries` });
        articles.add(adoption.article);
      });
    });
  });
export type AdoptionEvaluationSecondFile = z.infer<typeof adoptionEvaluationSecondFileSchema>;

/** Every curated file: its path under content/ and its schema. */
export const curatedFiles = {
  themes: { path: 'themes.json', schema: themeFileSchema },
  indicatorAliases: { path: 'indicator-aliases.json', schema: aliasFileSchema },
  chainCorrections: { path: 'chain-corrections.json', schema: correctionsFileSchema },
  searchAliases: { path: 'search-aliases.json', schema: searchAliasFileSchema },
  adoptionGold: { path: 'adoption-gold.json', schema: adoptionGoldFileSchema },
  adoptionEvaluationSecond: { path: 'adoption-evaluation-second.json', schema: adoptionEvaluationSecondFileSchema },
} as const;
export type CuratedName = keyof typeof curatedFiles;
export type Curated = { [K in CuratedName]: z.infer<(typeof curatedFiles)[K]['schema']> };
