import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { jsonResponse } from '../../lib/csv.ts';
import { measureRows } from '../../lib/open-data.ts';

/** Every measure, one object each (fields: /data/datapackage.json, README Open data). */
export const GET: APIRoute = async ({ site }) => jsonResponse(measureRows(await getCollection('measures'), site!));
