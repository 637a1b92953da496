import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { jsonResponse } from '../../lib/csv.ts';
import { readSourceTexts } from '../../lib/collections.ts';
import { dataPackage } from '../../lib/data-package.ts';
import { openDataResources, sourceTextResources } from '../../lib/open-data.ts';
import { getSources } from '../../lib/plans.ts';

/** The Frictionless Data Package describing every CSV of /data/ and the source texts (src/lib/data-package.ts). */
export const GET: APIRoute = async ({ site }) => {
  const [sources, tables, texts] = await Promise.all([getSources(), getCollection('tables'), readSourceTexts()]);
  return jsonResponse(dataPackage({ site: site!.href, sources, resources: openDataResources(tables.map((t) => t.data)), texts: sourceTextResources(texts, sources) }));
};
