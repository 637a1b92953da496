import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { tableRecords, tablesResource } from '../../lib/open-data.ts';

/** One row per table (src/lib/open-data.ts). */
export const GET: APIRoute = async ({ site }) =>
  csvResponse(
    toDataCsv(
      tablesResource.fields.map((f) => f.name),
      tableRecords(await getCollection('tables'), site!).map((row) => rowOf(tablesResource, row)),
    ),
  );
