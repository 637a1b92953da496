import type { APIRoute } from 'astro';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { readEvaluationSets } from '../../lib/collections.ts';
import { evaluationRows, evaluationLabelsResource } from '../../lib/open-data.ts';

/** evaluation-labels.csv: the hand-labelled evaluation sets (src/lib/open-data.ts describes the columns). */
export const GET: APIRoute = async () => {
  const rows = evaluationRows(await readEvaluationSets()).labels.map((row) => rowOf(evaluationLabelsResource, row));
  return csvResponse(
    toDataCsv(
      evaluationLabelsResource.fields.map((f) => f.name),
      rows,
    ),
  );
};
