/**
 * The hand-labelled evaluation sets as published (scripts/analyses/evaluation-sets.ts writes them
 * from the curated files content/adoption-evaluation*.json and counterparts-evaluation*.json): what
 * a researcher needs to repeat the figures the pages cite — how each set was drawn and used, which
 * measures were judged against what, and every positive and near-miss label with its reason. Any
 * unit of the judged documents a measure has no label for is a labelled negative.
 */
import { z } from 'astro/zod';

export const evaluationSetSchema = z.object({
  /** The curated file's name without `.json`. */
  id: z.string(),
  /** Adoption sets first, then counterparts, each in the order src/schemas/curated.ts lists them. */
  order: z.number(),
  /** The curated file under content/. */
  file: z.string(),
  kind: z.enum(['adoption', 'counterparts']),
  /** `held-out` or `development` as the set's `use` says; null for a second labelling, which is not scored. */
  role: z.enum(['held-out', 'development']).nullable(),
  /** For a second labelling: the file of the set it repeats. */
  secondOf: z.string().nullable(),
  about: z.string(),
  definition: z.string(),
  /** How it was used (zh-CN), from its `use`; empty when it has none. */
  note: z.string(),
  sampling: z.object({ seed: z.number(), perSource: z.number(), drawnAt: z.string(), command: z.string() }),
  measures: z.array(
    z.object({
      measure: z.string(),
      half: z.enum(['tuning', 'blind']),
      /** The documents every unit of which was judged against the measure: the framework (its articles) for adoption, the checked documents for counterparts. */
      judgedAgainst: z.array(z.string()),
    }),
  ),
  labels: z.array(
    z.object({
      measure: z.string(),
      /** The framework article (adoption) or the other document's measure (counterparts). */
      unit: z.string(),
      label: z.enum(['adopts', 'counterpart', 'near']),
      /** A few words of the unit's text, as the labeller quoted them. */
      unitQuote: z.string(),
      /** Adoption: the words of the drawn measure that state the article's instrument; null otherwise. */
      measureWording: z.string().nullable(),
      /** Adoption: `verbatim` or `reworded`; null otherwise. */
      wording: z.enum(['verbatim', 'reworded']).nullable(),
      /** The instrument, requirement or target both state (adopts, counterpart); null for a near miss. */
      shared: z.string().nullable(),
      reason: z.string(),
      /** The reason in Chinese, where the set gives a translation; null otherwise. */
      reasonZh: z.string().nullable(),
    }),
  ),
});
export type EvaluationSet = z.infer<typeof evaluationSetSchema>;
