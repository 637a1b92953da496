/**
 * The theme filter without a query: every measure that carries the theme, in reading order, as a
 * search result, so the page lists the same measures, and counts the same number, as the theme's
 * page /compare/{theme}/ (both read the themes analysis's tags).
 */
import type { SearchIndex, SearchResult } from './match.ts';
import { tiers, type Hit } from './rank.ts';

export function themeMeasures(index: SearchIndex, theme: number): SearchResult {
  const hits: Hit[] = [];
  index.records.forEach((record, i) => {
    if (record.kind === 'measure' && record.themes.includes(theme)) hits.push({ index: i, tier: tiers.verbatim, weight: 0, strength: 0, needles: [], ranges: [] });
  });
  return { terms: [], hits, exact: hits.length, fuzzyPartial: false, fuzzyPending: false };
}

/** How many measures carry each theme (theme index → count), optionally in one document only. */
export function themeCounts(index: SearchIndex, doc = -1): Map<number, number> {
  const counts = new Map<number, number>();
  for (const record of index.records) {
    if (record.kind !== 'measure' || (doc >= 0 && record.doc !== doc)) continue;
    for (const t of record.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}
