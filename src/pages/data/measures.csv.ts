import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { measureRows, measuresResource } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  csvResponse(
    toDataCsv(
      measuresResource.fields.map((f) => f.name),
      measureRows(await getCollection('measures'), site!).map((row) => rowOf(measuresResource, row)),
    ),
  );
