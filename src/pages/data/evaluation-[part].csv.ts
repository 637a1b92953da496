import type { APIRoute, GetStaticPaths } from 'astro';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf, type ResourceSpec } from '../../lib/data-package.ts';
import { readEvaluationSets } from '../../lib/collections.ts';
import { evaluationLabelsResource, evaluationMeasuresResource, evaluationRows, evaluationSetsResource } from '../../lib/open-data.ts';

/** The three files of the hand-labelled evaluation sets: each resource with its rows (src/lib/open-data.ts describes the columns). */
const parts = { sets: evaluationSetsResource, measures: evaluationMeasuresResource, labels: evaluationLabelsResource } satisfies Record<
  keyof ReturnType<typeof evaluationRows>,
  ResourceSpec
>;

export const getStaticPaths = (() => Object.keys(parts).map((part) => ({ params: { part } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const part = params.part as keyof typeof parts;
  const resource = parts[part];
  const rows = evaluationRows(await readEvaluationSets())[part].map((row) => rowOf(resource, row));
  return csvResponse(
    toDataCsv(
      resource.fields.map((f) => f.name),
      rows,
    ),
  );
};
