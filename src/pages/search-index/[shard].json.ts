import type { APIRoute, GetStaticPaths } from 'astro';
import { compactJson, searchIndex } from '../../lib/search-index.ts';

/** One shard of search records, compact rows (src/lib/search/shards.ts). */
export const getStaticPaths = (async () => {
  const { shards } = await searchIndex();
  return shards.map((rows, i) => ({ params: { shard: String(i) }, props: { rows } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => compactJson(props.rows);
