import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/csv.ts';
import { readIndicators } from '../../lib/collections.ts';
import { indicatorRecords } from '../../lib/indicators/open-data.ts';

/** Every quantified target, one object each, with the row of /indicators/ it sits on. */
export const GET: APIRoute = async () => jsonResponse(indicatorRecords((await readIndicators()).statements));
