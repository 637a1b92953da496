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
