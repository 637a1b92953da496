import type { APIRoute } from 'astro';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { readAdoption } from '../../lib/collections.ts';
import { adoptionResource } from '../../lib/open-data.ts';

/** Every (local measure, framework article) pair with shared wording: adoption.json flattened. */
export const GET: APIRoute = async () => {
  const { matches } = await readAdoption();
  const rows = matches.map((m) =>
    rowOf(adoptionResource, { measure_id: m.measureId, article_id: m.articleId, article_number: m.articleNumber, source: m.source, score: m.score, adopts: m.adopts }),
  );
  return csvResponse(
    toDataCsv(
      adoptionResource.fields.map((f) => f.name),
      rows,
    ),
  );
};
