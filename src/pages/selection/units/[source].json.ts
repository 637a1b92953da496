/** `/selection/units/{source}.json`: one source's units for the selection (handout) page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSelectionShards } from '../../../lib/selection/units.ts';
import type { SelectionShard } from '../../../schemas/selection-unit.ts';

const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export const getStaticPaths = (async () => (await getSelectionShards()).map((shard) => ({ params: { source: shard.document.slug }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json((props as { shard: SelectionShard }).shard);
