/**
 * How far a second, independent labelling of an evaluation set agrees with the first
 * (src/lib/evaluation/agreement.ts computes it): one shape for every kind of set (adoption,
 * counterparts), so the pages state it alike.
 */
import { z } from 'astro/zod';

export const agreementSummarySchema = z.object({
  /** The second labelling's file under content/. */
  file: z.string(),
  /** Measures both labelled. */
  measures: z.number(),
  /** Pairs judged by both (measure × article, or measure × measure of a checked document). */
  pairs: z.number(),
  /** Share of pairs labelled alike. */
  raw: z.number(),
  /** Cohen's kappa; null when chance agreement is 1. */
  kappa: z.number().nullable(),
  /** Positive specific agreement; null when neither labelling has a positive. */
  positive: z.number().nullable(),
});
export type AgreementSummary = z.infer<typeof agreementSummarySchema>;
