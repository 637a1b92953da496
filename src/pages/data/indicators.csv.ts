import type { APIRoute } from 'astro';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { readIndicators } from '../../lib/collections.ts';
import { rowOf } from '../../lib/data-package.ts';
import { indicatorOpenRecords, indicatorsResource } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = indicatorOpenRecords((await readIndicators()).statements, site!);
  return csvResponse(
    toDataCsv(
      indicatorsResource.fields.map((f) => f.name),
      records.map((r) => rowOf(indicatorsResource, r)),
    ),
  );
};
