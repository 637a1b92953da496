import type { APIRoute } from 'astro';
import { csvResponse, toDataCsv } from '../../lib/csv.ts';
import { rowOf } from '../../lib/data-package.ts';
import { readComparison } from '../../lib/collections.ts';
import { themesResource } from '../../lib/open-data.ts';

/** Every (measure, theme) pair: themes.json flattened. */
export const GET: APIRoute = async () => {
  const { sources, themes } = await readComparison();
  const rows = themes.flatMap(({ theme, bySource }) =>
    sources.flatMap((source) => bySource[source].map((m) => rowOf(themesResource, { measure_id: m.id, theme_id: theme.id, via: m.via, score: m.score }))),
  );
  return csvResponse(
    toDataCsv(
      themesResource.fields.map((f) => f.name),
      rows,
    ),
  );
};
