import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { compactJson } from '../../lib/search-index.ts';

/** One shard of search records, compact rows (src/lib/search/shards.ts), as scripts/analyses/search.ts encoded it. */
export const getStaticPaths = (async () =>
  (await getCollection('searchIndex', (entry) => entry.id !== 'manifest')).map((entry) => ({
    params: { shard: entry.id },
    props: { body: entry.data.body },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => compactJson(props.body as string);
