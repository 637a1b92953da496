import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse, toDataCsv } from '../../../lib/csv.ts';
import { rowOf } from '../../../lib/data-package.ts';
import { tableResource } from '../../../lib/open-data.ts';
import { openTableRows, tableColumns } from '../../../lib/tables/open-rows.ts';
import type { TableRecord } from '../../../schemas/records.ts';

export const getStaticPaths = (async () =>
  (await getCollection('tables')).map((entry) => ({ params: { id: entry.data.id }, props: { table: entry.data } }))) satisfies GetStaticPaths;

/** One table as CSV: row id, its columns (whitespace normalised), is_total, inherited_columns (src/lib/tables/open-rows.ts). */
export const GET: APIRoute = ({ props, site }) => {
  const { table } = props as { table: TableRecord };
  const resource = tableResource(table);
  const columns = tableColumns(table.header);
  const records = openTableRows(table, site!).map((row) => ({ ...row, ...Object.fromEntries(columns.map((name, c) => [name, row.cells[c]])) }));
  return csvResponse(
    toDataCsv(
      resource.fields.map((f) => f.name),
      records.map((record) => rowOf(resource, record)),
    ),
  );
};
