/** `/side-by-side/data/{source}.json`: one source's chapters and measures with their counterparts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSideBySide } from '../../../lib/counterparts/pages.ts';
import type { SideBySideShard } from '../../../schemas/counterparts.ts';

export const getStaticPaths = (async () => (await getSideBySide()).shards.map((shard) => ({ params: { source: shard.source }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { shard: SideBySideShard }).shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
