/** One kept edition of a source, with its units under their registry ids (content/generated/editions.json). */
import { z } from 'astro/zod';
import { unitKinds } from './id-registry.ts';

export const editionUnitSchema = z.object({
  kind: z.enum(unitKinds),
  /** Registry id: the same unit has the same id in every edition. */
  id: z.string(),
  parent: z.string().nullable(),
  /** A measure's, table's or panel's text; a chapter's or section's title. */
  text: z.string(),
  /** A chapter's or section's heading as written. */
  heading: z.string().optional(),
});

export const editionSchema = z.object({
  /** `{source}/{edition}`. */
  id: z.string(),
  source: z.string(),
  /** Place in the series, oldest first, from 0. */
  order: z.number(),
  /** Edition id as declared in the settings (`draft`), or `1`, `2`… */
  edition: z.string(),
  label: z.string(),
  date: z.string().optional(),
  status: z.string().optional(),
  /** Whether this is the text at the plain URL. */
  current: z.boolean(),
  units: z.array(editionUnitSchema),
});

export type EditionUnit = z.infer<typeof editionUnitSchema>;
export type Edition = z.infer<typeof editionSchema>;
