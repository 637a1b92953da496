import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { compactJson } from '../lib/search-index.ts';

/**
 * OpenCC's traditional → simplified pairs for every character the index holds, as
 * scripts/analyses/search.ts made them: `{ pairs: "黨党區区…" }`, installed by the page before it
 * indexes anything.
 */
export const GET: APIRoute = async () => compactJson(JSON.stringify({ pairs: (await getEntry('searchTradSimp', 'pairs'))!.data.pairs }));
