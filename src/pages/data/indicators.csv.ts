import type { APIRoute } from 'astro';
import { csvResponse, toCsv } from '../../lib/csv.ts';
import { readIndicators } from '../../lib/collections.ts';
import { indicatorFields, indicatorRecords } from '../../lib/indicators/open-data.ts';

export const GET: APIRoute = async () => {
  const records = indicatorRecords((await readIndicators()).statements);
  return csvResponse(toCsv([...indicatorFields], records.map((r) => indicatorFields.map((f) => r[f]))));
};
