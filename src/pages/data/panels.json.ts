import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { jsonResponse } from '../../lib/csv.ts';
import { panelRows } from '../../lib/open-data.ts';

/** Every panel (专栏): its place, title, full text and permalink. */
export const GET: APIRoute = async ({ site }) => jsonResponse(panelRows(await getCollection('panels'), site!));
