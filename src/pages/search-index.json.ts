import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { compactJson } from '../lib/search-index.ts';

/** The search manifest (src/lib/search/shards.ts), as scripts/analyses/search.ts encoded it. */
export const GET: APIRoute = async () => compactJson((await getEntry('searchIndex', 'manifest'))!.data.body);
