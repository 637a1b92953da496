import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse, toCsv } from '../../lib/csv.ts';
import { measureFields, measureRows } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const rows = measureRows(await getCollection('measures'));
  return csvResponse(toCsv([...measureFields], rows.map((row) => measureFields.map((field) => row[field]))));
};
