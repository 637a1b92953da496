/** The theme comparison from the content collections, built once per build for all pages. */
import { getCollection } from 'astro:content';
import { measureRows } from '../open-data.ts';
import { getSources } from '../plans.ts';
import { buildComparison, type Comparison } from './compare.ts';

let cached: Promise<Comparison> | undefined;

export function getComparison(): Promise<Comparison> {
  cached ??= (async () => {
    const [themes, measures, sources] = await Promise.all([getCollection('themes'), getCollection('measures'), getSources()]);
    // Dictionary order as written in content/themes.json; measures in reading order.
    return buildComparison(
      themes.map((entry) => entry.data).sort((a, b) => a.order - b.order),
      measureRows(measures),
      sources.map((s) => s.slug),
    );
  })();
  return cached;
}
