import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse, toDataCsv } from '../../../lib/csv.ts';

export const getStaticPaths = (async () =>
  (await getCollection('tables')).map((entry) => ({ params: { id: entry.data.id }, props: { table: entry.data } }))) satisfies GetStaticPaths;

/** One table as CSV: its header row, then its rows. */
export const GET: APIRoute = ({ props }) => {
  const { table } = props as { table: { header: string[]; rows: string[][] } };
  return csvResponse(toDataCsv(table.header, table.rows));
};
