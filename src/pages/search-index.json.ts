import type { APIRoute } from 'astro';
import { compactJson, searchIndex } from '../lib/search-index.ts';

/** Search manifest: documents, chapter/section paths, alias groups and the list of shards. */
export const GET: APIRoute = async () => compactJson((await searchIndex()).manifest);
