import type { APIRoute } from 'astro';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { readEvaluationSets } from '../../lib/collections.ts';
import { evaluationRows, evaluationMeasuresResource } from '../../lib/open-data.ts';

/** evaluation-measures.csv: the hand-labelled evaluation sets (src/lib/open-data.ts describes the columns). */
export const GET: APIRoute = async () => {
  const rows = evaluationRows(await readEvaluationSets()).measures.map((row) => rowOf(evaluationMeasuresResource, row));
  return csvResponse(
    toDataCsv(
      evaluationMeasuresResource.fields.map((f) => f.name),
      rows,
    ),
  );
};
