import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { panelRows, panelsResource } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  csvResponse(
    toDataCsv(
      panelsResource.fields.map((f) => f.name),
      panelRows(await getCollection('panels'), site!).map((panel) => rowOf(panelsResource, panel)),
    ),
  );
