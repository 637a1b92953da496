/**
 * The id registry of one source: `content/ids/{slug}.json`, written by ingest and committed. It is
 * the memory of what every id has meant, so that an id keeps naming the same unit when the text is
 * revised (scripts/lib/id-registry.ts reconciles a fresh parse with it).
 */
import { z } from 'astro/zod';

export const unitKinds = ['chapter', 'section', 'measure', 'table', 'panel'] as const;

/** One edition of the text as ingest has seen it. */
export const registryEditionSchema = z.object({
  /** Edition id: declared in the source's settings (`draft`, `final`), or `1`, `2`… when none are. */
  id: z.string(),
  /** Hash of the edition's normalised text: a changed text is a new edition. */
  textHash: z.string(),
  /** Day ingest first saw this edition (YYYY-MM-DD). */
  recorded: z.string(),
});

export const registryUnitSchema = z.object({
  /** The unit's id, used as URL fragment (and, for a chapter, `/plans/{source}/{key}/`). */
  id: z.string(),
  kind: z.enum(unitKinds),
  /** The last word of the id as minted: `3`, `2a`, `table1`. For a chapter, its URL segment. */
  key: z.string(),
  /** Id of the unit it stands in (section of a measure, chapter of a section); null for a chapter. */
  parent: z.string().nullable(),
  /** Place among the parent's units of the same kind, from 1. */
  position: z.number(),
  /** Hash of the normalised text (NFKC, no whitespace). A heading for chapters and sections. */
  hash: z.string(),
  /** The first characters of the text, for a reader of the diff and for curated references. */
  quote: z.string(),
  /** The text (whitespace collapsed): what an edited or removed unit said. */
  text: z.string(),
  /** Edition in which the unit first appeared, and the last in which it stood. */
  firstSeen: z.string(),
  lastSeen: z.string(),
  /** Hashes of earlier wordings, each with the last edition that had it (oldest first). */
  earlier: z.array(z.object({ until: z.string(), hash: z.string() })).optional(),
  /** Edition from which the unit is gone. A removed id is never given to another unit. */
  removedIn: z.string().optional(),
});

export const idRegistrySchema = z.object({
  $comment: z.string().optional(),
  source: z.string(),
  editions: z.array(registryEditionSchema),
  units: z.array(registryUnitSchema),
});

export type RegistryEdition = z.infer<typeof registryEditionSchema>;
export type RegistryUnit = z.infer<typeof registryUnitSchema>;
export type IdRegistry = z.infer<typeof idRegistrySchema>;
export type UnitKind = (typeof unitKinds)[number];
