/**
 * The real corpus for search tests: the five texts through the ingest pipeline, turned into search
 * records by the same function the build uses.
 */
import { readFileSync } from 'node:fs';
import { loadFuzzy } from '../../src/lib/search/fuzzy.ts';
import { SearchIndex } from '../../src/lib/search/match.ts';
import { buildSearchRecords, type SearchInput, type SearchRecord } from '../../src/lib/search/record.ts';
import { encodePairs, tradSimpPairsFor } from '../../src/lib/search/trad-simp-map.ts';
import { useTradSimp } from '../../src/lib/search/trad-simp.ts';
import { realCorpus } from './corpus.ts';

export async function loadSearchInput(): Promise<SearchInput> {
  const { sources, ...records } = await realCorpus();
  return { sources: sources.map((s) => ({ slug: s.slug, jurisdiction: s.jurisdiction, title: s.title })), ...records };
}

export const aliasGroups: string[][] = JSON.parse(readFileSync('content/search-aliases.json', 'utf8')).groups;

/** Installs OpenCC's table for the records' characters, as the build does for the page (pages/search-trad-simp.json.ts). */
export function installTradSimp(records: SearchRecord[]) {
  useTradSimp(encodePairs(tradSimpPairsFor(records, aliasGroups)));
}

export async function loadRealIndex() {
  const input = await loadSearchInput();
  const { documents, records } = buildSearchRecords(input);
  installTradSimp(records);
  await loadFuzzy();
  const index = new SearchIndex(aliasGroups);
  index.add(records);
  return { input, documents, records, index };
}
