/** `/side-by-side/data/index.json`: every document and chapter the side-by-side page can show, and its shard. */
import type { APIRoute } from 'astro';
import { getSideBySide } from '../../../lib/counterparts/pages.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify((await getSideBySide()).index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
