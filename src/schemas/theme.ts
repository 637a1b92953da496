/**
 * The theme dictionary, `content/themes.json`: the topics on which the plans are compared.
 * Read by the `themes` collection (pages), by scripts/themes-report.ts and by the tests.
 */
import { z } from 'astro/zod';

/** A hand decision about one measure, with the reason a reader can check against the text. */
const override = z
  .object({
    /** Measure id from the id registry, e.g. `example-4-2-3` (or `example-4-2-3a`, inserted by a revision). */
    id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*(-\d+[a-z]*){3}$/, 'a measure id such as example-4-2-3'),
    /** A few words of the measure's text: ingest stops if a revision changes them (scripts/lib/id-registry-references.ts). */
    quote: z.string().min(2).optional(),
    reason: z.string().min(4),
  })
  .strict();

export const themeSchema = z
  .object({
    /** Latin slug, used in the URL `/compare/{id}/`. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case latin letters, digits and hyphens'),
    /** Chinese name, shown first. */
    name: z.string().min(2),
    nameEn: z.string().min(2),
    description: z.string().min(8),
    /** Signal words, matched literally in the measure's lead sentence and text. */
    terms: z.array(z.string().min(2)).min(3),
    /** Score a measure needs to carry the theme (lead-sentence hits weigh more; see src/lib/themes/tag.ts). */
    minScore: z.number().int().min(1).optional(),
    /** Measures that carry the theme although the rule misses them. */
    include: z.array(override).default([]),
    /** Measures that the rule tags wrongly. */
    exclude: z.array(override).default([]),
  })
  .strict();
export type Theme = z.infer<typeof themeSchema>;

export const themeFileSchema = z
  .object({
    $comment: z.string().optional(),
    themes: z.array(themeSchema).min(14),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.themes.forEach((theme, index) => {
      if (seen.has(theme.id)) ctx.addIssue({ code: 'custom', path: ['themes', index, 'id'], message: `duplicate theme id ${theme.id}` });
      seen.add(theme.id);
      const included = new Set(theme.include.map((o) => o.id));
      for (const o of theme.exclude) {
        if (included.has(o.id)) ctx.addIssue({ code: 'custom', path: ['themes', index, 'exclude'], message: `${o.id} is both included and excluded` });
      }
      const terms = new Set<string>();
      for (const term of theme.terms) {
        if (terms.has(term)) ctx.addIssue({ code: 'custom', path: ['themes', index, 'terms'], message: `duplicate term ${term}` });
        terms.add(term);
      }
    });
  });
export type ThemeFile = z.infer<typeof themeFileSchema>;
