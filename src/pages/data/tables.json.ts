import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { jsonResponse } from '../../lib/csv.ts';
import { tableRows } from '../../lib/open-data.ts';

/** Every table: source, id, caption, header, rows (merged cells filled from the row above). */
export const GET: APIRoute = async () => jsonResponse(tableRows(await getCollection('tables')));
