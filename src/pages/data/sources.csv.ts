import type { APIRoute } from 'astro';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { sourcesResource } from '../../lib/open-data.ts';
import { getSources } from '../../lib/plans.ts';

/** The source documents and where they were published. */
export const GET: APIRoute = async ({ site }) => {
  const rows = (await getSources()).map((source) => {
    const url = `/plans/${source.slug}/`;
    return rowOf(sourcesResource, { ...source, issued: source.dates.issued, originalUrl: source.url, url, absoluteUrl: new URL(url, site).href });
  });
  return csvResponse(
    toDataCsv(
      sourcesResource.fields.map((f) => f.name),
      rows,
    ),
  );
};
