import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { tableRowsResource } from '../../lib/open-data.ts';
import { openTableRows } from '../../lib/tables/open-rows.ts';

/** One row per body row of every table: id, label, totals flag, inherited columns, permalink. */
export const GET: APIRoute = async ({ site }) =>
  csvResponse(
    toDataCsv(
      tableRowsResource.fields.map((f) => f.name),
      (await getCollection('tables')).flatMap(({ data }) => openTableRows(data, site!)).map((row) => rowOf(tableRowsResource, row)),
    ),
  );
