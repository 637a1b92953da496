/**
 * Indicators (scripts/analyses/indicators.ts writes them): every quantified target as a plan states
 * it, and the rows that put the same indicator of several plans side by side.
 */
import { z } from 'astro/zod';

export const targetSchema = z.object({
  operator: z.enum(['≥', '≤', '=', '>', '<', 'range']),
  number: z.number(),
  max: z.number().optional(),
  numberText: z.string(),
  unit: z.string(),
  asWritten: z.string(),
});

export const indicatorStatementSchema = z.object({
  /** `{unitId}#{n}`: the n-th target stated in that table or measure. */
  id: z.string(),
  source: z.string(),
  jurisdiction: z.string(),
  origin: z.enum(['table', 'text']),
  unitId: z.string(),
  unitLabel: z.string(),
  dimension: z.string(),
  name: z.string(),
  targetAsWritten: z.string(),
  target: targetSchema,
  attribute: z.string(),
  year: z.string(),
  context: z.string(),
  url: z.string(),
  /** For a table's target: the table row it is read from (`{table}-r{n}`) and that row's permalink; absent for a target in running text. */
  rowId: z.string().optional(),
  rowUrl: z.string().optional(),
  /** The row it belongs on: canonical name (normalised) and unit. */
  key: z.string(),
  rowName: z.string(),
  aliasReason: z.string(),
});

export const indicatorRowSchema = z.object({
  /** `ind-` and a short stable hash of the key. */
  id: z.string(),
  /** Position on the page. */
  order: z.number(),
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  dimensions: z.array(z.string()),
  /** Statements per source slug, in the order the plans state them. */
  cells: z.record(z.string(), z.array(indicatorStatementSchema)),
  sources: z.array(z.string()),
});

export type IndicatorStatementEntry = z.infer<typeof indicatorStatementSchema>;
export type IndicatorRowEntry = z.infer<typeof indicatorRowSchema>;
