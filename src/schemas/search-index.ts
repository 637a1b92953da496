/**
 * The search index as the site serves it (scripts/analyses/search.ts writes it): the manifest and
 * each shard, already encoded (src/lib/search/shards.ts), so the endpoints only hand them out.
 */
import { z } from 'astro/zod';

export const searchIndexFileSchema = z.object({
  /** `manifest`, or a shard's file name without `.json` (`0`, `1`, …). */
  id: z.string(),
  /** The file's JSON, compact. */
  body: z.string(),
});
export type SearchIndexFile = z.infer<typeof searchIndexFileSchema>;

/** OpenCC's traditional → simplified pairs the page needs, as one string `黨党區区…` (src/lib/search/trad-simp-map.ts). */
export const searchTradSimpSchema = z.object({ id: z.string(), pairs: z.string() });
export type SearchTradSimp = z.infer<typeof searchTradSimpSchema>;
