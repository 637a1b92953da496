/** The citation index (scripts/analyses/citations.ts writes it): every cited title, with its places. */
import { z } from 'astro/zod';

export const citationPlaceSchema = z.object({
  source: z.string(),
  unit: z.string(),
  url: z.string(),
  /** The title as written at this place (with 《》). */
  cited: z.string(),
  count: z.number(),
  resolvedBy: z.enum(['title', 'citedAs', 'self']).optional(),
});

export const citedDocumentSchema = z.object({
  /** The anchor on /citations/. */
  id: z.string(),
  /** Position on /citations/: corpus documents first, then by how often cited. */
  order: z.number(),
  /** Grouping key: `doc:{slug}` for a corpus document, else the normalised title. */
  key: z.string(),
  anchor: z.string(),
  aliases: z.array(z.string()),
  title: z.string(),
  variants: z.array(z.string()),
  slug: z.string().optional(),
  places: z.array(citationPlaceSchema),
});

export type CitedDocumentEntry = z.infer<typeof citedDocumentSchema>;
