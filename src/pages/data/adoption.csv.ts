import type { APIRoute } from 'astro';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { readAdoptions } from '../../lib/collections.ts';
import { adoptionResource } from '../../lib/open-data.ts';

/** Every (local measure, framework article) pair detected or reviewed, of every framework: adoption.json flattened. */
export const GET: APIRoute = async () => {
  const { matches, rejected } = await readAdoptions();
  const rows = [...matches, ...rejected]
    .sort((a, b) => a.order - b.order)
    .map((m) =>
      rowOf(adoptionResource, {
        measure_id: m.measureId,
        article_id: m.articleId,
        framework: m.framework,
        article_number: m.articleNumber,
        source: m.source,
        score: m.score,
        adopts: m.adopts,
        detected: m.detected,
        review_file: m.review?.file ?? '',
        review_reason: m.review?.reason ?? '',
      }),
    );
  return csvResponse(
    toDataCsv(
      adoptionResource.fields.map((f) => f.name),
      rows,
    ),
  );
};
