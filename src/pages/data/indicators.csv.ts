import type { APIRoute } from 'astro';
import { csvResponse, toCsv } from '../../lib/csv.ts';
import { getIndicators } from '../../lib/indicators/index.ts';
import { indicatorFields, indicatorRecords } from '../../lib/indicators/open-data.ts';

export const GET: APIRoute = async () => {
  const records = indicatorRecords((await getIndicators()).statements);
  return csvResponse(toCsv([...indicatorFields], records.map((r) => indicatorFields.map((f) => r[f]))));
};
