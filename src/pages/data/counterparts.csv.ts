import type { APIRoute } from 'astro';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { readCounterparts } from '../../lib/collections.ts';
import { counterpartRows, counterpartsResource } from '../../lib/open-data.ts';

/** Every (measure, counterpart) pair: counterparts.json flattened. */
export const GET: APIRoute = async () => {
  const { shards } = await readCounterparts();
  const rows = counterpartRows(shards).map((row) => rowOf(counterpartsResource, row));
  return csvResponse(
    toDataCsv(
      counterpartsResource.fields.map((f) => f.name),
      rows,
    ),
  );
};
