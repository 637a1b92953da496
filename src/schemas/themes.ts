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

/** A measure that mentions the theme's terms but does not carry the theme, and why (src/lib/themes/not-tagged.ts). */
export const mentionedMeasureSchema = z.object({
  id: z.string(),
  source: z.string(),
  url: z.string(),
  heading: z.string(),
  /** `score`: the rule's score fell short of minScore; `excluded`: an editor's exclude override. */
  why: z.enum(['score', 'excluded']),
  /** The reason in words, e.g. 仅在正文中提及一次（得分 1，需 2）. */
  reason: z.string(),
  score: z.number(),
  minScore: z.number(),
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
  /** Source slug → measures that mention the theme's terms but are not tagged, with the reason. */
  mentionedBySource: z.record(z.string(), z.array(mentionedMeasureSchema)),
  mentioned: z.number(),
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
