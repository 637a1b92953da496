import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { jsonResponse } from '../../lib/csv.ts';
import { dataPackage } from '../../lib/data-package.ts';
import { openDataResources } from '../../lib/open-data.ts';
import { getSources } from '../../lib/plans.ts';

/** The Frictionless Data Package describing every CSV of /data/ (src/lib/data-package.ts). */
export const GET: APIRoute = async ({ site }) => {
  const [sources, tables] = await Promise.all([getSources(), getCollection('tables')]);
  return jsonResponse(dataPackage({ site: site!.href, sources, resources: openDataResources(tables.map((t) => t.data)) }));
};
