import type { APIRoute } from 'astro';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { readEvaluationSets } from '../../lib/collections.ts';
import { evaluationRows, evaluationSetsResource } from '../../lib/open-data.ts';

/** evaluation-sets.csv: the hand-labelled evaluation sets (src/lib/open-data.ts describes the columns). */
export const GET: APIRoute = async () => {
  const rows = evaluationRows(await readEvaluationSets()).sets.map((row) => rowOf(evaluationSetsResource, row));
  return csvResponse(
    toDataCsv(
      evaluationSetsResource.fields.map((f) => f.name),
      rows,
    ),
  );
};
