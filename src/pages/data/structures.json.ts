import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { jsonResponse } from '../../lib/csv.ts';

/**
 * Every tiered chain (levels in order, kind, purpose, sentence, permalink, Mermaid source) and every
 * chain-like list the rule could not read, rejected, or a correction dropped. SVGs are left out:
 * they are large and rebuilt from `mermaid`.
 */
export const GET: APIRoute = async () => {
  const chains = (await getCollection('chains')).map(({ data: { svg: _svg, ...chain } }) => chain);
  const reports = (await getCollection('chainReports')).map((entry) => entry.data);
  const of = (status: string) => reports.filter((report) => report.status === status);
  return jsonResponse({ chains, unreadable: of('unreadable'), dropped: of('dropped'), rejected: of('rejected') });
};
