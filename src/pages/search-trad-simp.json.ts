import type { APIRoute } from 'astro';
import { compactJson, searchIndex } from '../lib/search-index.ts';
import { decodeShard } from '../lib/search/shards.ts';
import { encodePairs, tradSimpPairsFor } from '../lib/search/trad-simp-map.ts';

/**
 * OpenCC's traditional → simplified pairs for every character the index holds (src/lib/search/
 * trad-simp-map.ts): `{ pairs: "黨党區区…" }`, installed by the page before it indexes anything.
 */
export const GET: APIRoute = async () => {
  const { manifest, shards } = await searchIndex();
  const records = shards.flatMap((rows) => decodeShard(manifest, rows));
  return compactJson({ pairs: encodePairs(tradSimpPairsFor(records, manifest.aliases)) });
};
