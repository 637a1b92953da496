import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/csv.ts';
import { readIndicators } from '../../lib/collections.ts';
import { indicatorOpenRecords } from '../../lib/open-data.ts';

/** Every quantified target, one object each, with the row of /indicators/ it sits on; null where the text states nothing. */
export const GET: APIRoute = async ({ site }) => jsonResponse(indicatorOpenRecords((await readIndicators()).statements, site!));
