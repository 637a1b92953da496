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

/** Every curated file: its path under content/ and its schema. */
export const curatedFiles = {
  themes: { path: 'themes.json', schema: themeFileSchema },
  indicatorAliases: { path: 'indicator-aliases.json', schema: aliasFileSchema },
  chainCorrections: { path: 'chain-corrections.json', schema: correctionsFileSchema },
  searchAliases: { path: 'search-aliases.json', schema: searchAliasFileSchema },
  adoptionGold: { path: 'adoption-gold.json', schema: adoptionGoldFileSchema },
  instruments: { path: 'instruments.json', schema: instrumentFileSchema },
} as const;
export type CuratedName = keyof typeof curatedFiles;
export type Curated = { [K in CuratedName]: z.infer<(typeof curatedFiles)[K]['schema']> };
