import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { chainsResource } from '../../lib/open-data.ts';

/** Every tiered chain, one row each (its levels: structures.csv). */
export const GET: APIRoute = async ({ site }) => {
  const chains = (await getCollection('chains')).map((entry) => entry.data);
  return csvResponse(
    toDataCsv(
      chainsResource.fields.map((f) => f.name),
      chains.map((chain) => rowOf(chainsResource, { ...chain, absoluteUrl: new URL(chain.url, site).href })),
    ),
  );
};
