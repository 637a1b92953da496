/** `/selection/units/index.json`: which shard holds which unit id. */
import type { APIRoute } from 'astro';
import { getSelectionIndex } from '../../../lib/selection/units.ts';

const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export const GET: APIRoute = async () => json(await getSelectionIndex());
