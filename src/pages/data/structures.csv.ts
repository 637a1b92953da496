import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { structuresResource } from '../../lib/open-data.ts';

/** Every level of every chain, top to bottom: structures.json's levels flattened. */
export const GET: APIRoute = async () => {
  const chains = (await getCollection('chains')).map((entry) => entry.data);
  const rows = chains.flatMap((chain) =>
    chain.levels.map((level, index) => rowOf(structuresResource, { chain_id: chain.id, level_order: index + 1, level, supplied: chain.supplied.includes(index) })),
  );
  return csvResponse(
    toDataCsv(
      structuresResource.fields.map((f) => f.name),
      rows,
    ),
  );
};
