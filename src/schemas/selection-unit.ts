/**
 * A unit as a handout shows it: the shape of the build's `/selection/units/{source}.json` shards,
 * which the selection page fetches (only the shards its ids need).
 */
import { z } from 'astro/zod';
import { unitKinds } from '../lib/selection/kinds.ts';

export const selectionUnitSchema = z.object({
  /** The unit's id as minted by ingest (or the chain finder). */
  id: z.string(),
  kind: z.enum(unitKinds),
  /** Site-relative permalink. */
  url: z.string(),
  /** What the unit is called: a section heading, a lead sentence, a caption, a panel or chain name; may be empty. */
  heading: z.string(),
  /** Where it stands in its document, outermost first: chapter heading, section heading. */
  where: z.array(z.string()),
  /** The full text, a paragraph per entry (a section: its measures in order). */
  paragraphs: z.array(z.string()),
  /** A table's header and rows, merged cells filled. */
  table: z.object({ header: z.array(z.string()), rows: z.array(z.array(z.string())) }).optional(),
});
export type SelectionUnit = z.infer<typeof selectionUnitSchema>;

/** The document a shard belongs to: what every citation of its units shares. */
export const selectionDocumentSchema = z.object({
  slug: z.string(),
  jurisdiction: z.string(),
  title: z.string(),
  url: z.string(),
  kind: z.string().optional(),
  issuer: z.string().optional(),
  documentNumber: z.string().optional(),
  dates: z.object({ issued: z.string().optional(), adopted: z.string().optional() }).optional(),
});

export const selectionShardSchema = z.object({ document: selectionDocumentSchema, units: z.array(selectionUnitSchema) });
export type SelectionShard = z.infer<typeof selectionShardSchema>;

/** `/selection/units/index.json`: which shard holds which ids, so a page fetches only the shards it needs. */
export const selectionIndexSchema = z.object({ shards: z.record(z.string(), z.object({ file: z.string(), ids: z.array(z.string()) })) });
export type SelectionIndex = z.infer<typeof selectionIndexSchema>;
