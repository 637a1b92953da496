import type { APIRoute } from 'astro';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { readCitations } from '../../lib/collections.ts';
import { rowOf } from '../../lib/data-package.ts';
import { citationsResource } from '../../lib/open-data.ts';
import { getSources } from '../../lib/plans.ts';

/** Every place a document is cited: citations.json flattened. */
export const GET: APIRoute = async ({ site }) => {
  const [index, sources] = await Promise.all([readCitations(), getSources()]);
  const rows = index.flatMap((doc) =>
    doc.places.map((place) =>
      rowOf(citationsResource, {
        cited_title: doc.slug ? sources.find((s) => s.slug === doc.slug)!.title : doc.title,
        cited_as_written: place.cited,
        in_corpus: Boolean(doc.slug),
        cited_source: doc.slug,
        source: place.source,
        unit_id: place.unit,
        count: place.count,
        url: place.url,
        absoluteUrl: new URL(place.url, site).href,
      }),
    ),
  );
  return csvResponse(
    toDataCsv(
      citationsResource.fields.map((f) => f.name),
      rows,
    ),
  );
};
