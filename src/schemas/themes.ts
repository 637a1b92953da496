/**
 * The theme comparison (scripts/analyses/themes.ts writes it): one entry per theme with its
 * measures per source, and one summary entry with the coverage. Read by /compare/ and /data/themes.json.
 */
import { z } from 'astro/zod';
import { themeSchema } from './theme.ts';

export const termHitSchema = z.object({
  term: z.string(),
  /** Occurrences in the lead sentence. */
  title: z.number(),
  /** Occurrences in the rest of the text. */
  body: z.number(),
});

export const themedMeasureSchema = z.object({
  id: z.string(),
  source: z.string(),
  url: z.string(),
  title: z.string(),
  /** What to show as the measure's heading: its lead sentence, or the opening of an untitled text. */
  heading: z.string(),
  /** Opening of the text after the lead sentence, for a one-line preview. */
  excerpt: z.string(),
  via: z.enum(['rule', 'include']),
  reason: z.string().optional(),
  score: z.number(),
  hits: z.array(termHitSchema),
});

export const themeComparisonSchema = z.object({
  /** The theme's id. */
  id: z.string(),
  /** Position in content/themes.json. */
  order: z.number(),
  theme: themeSchema,
  /** Source slug → the theme's measures in that source, in reading order. */
  bySource: z.record(z.string(), z.array(themedMeasureSchema)),
  total: z.number(),
});

export const themeCoverageSchema = z.object({
  id: z.string(),
  /** Source slugs in site order. */
  sources: z.array(z.string()),
  total: z.number(),
  tagged: z.number(),
  /** Share of measures with at least one theme, 0..1. */
  share: z.number(),
  untagged: z.array(z.string()),
});

export type ThemeComparisonEntry = z.infer<typeof themeComparisonSchema>;
export type ThemeCoverageEntry = z.infer<typeof themeCoverageSchema>;
