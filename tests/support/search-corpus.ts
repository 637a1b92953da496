/**
 * The real corpus for search tests: the five texts through the ingest pipeline, turned into search
 * records by the same function the build uses.
 */
import { readFileSync } from 'node:fs';
import { SearchIndex } from '../../src/lib/search/match.ts';
import { buildSearchRecords, type SearchInput } from '../../src/lib/search/record.ts';
import { realCorpus } from './corpus.ts';

export async function loadSearchInput(): Promise<SearchInput> {
  const { sources, ...records } = await realCorpus();
  return { sources: sources.map((s) => ({ slug: s.slug, jurisdiction: s.jurisdiction, title: s.title })), ...records };
}

export const aliasGroups: string[][] = JSON.parse(readFileSync('content/search-aliases.json', 'utf8')).groups;

export async function loadRealIndex() {
  const input = await loadSearchInput();
  const { documents, records } = buildSearchRecords(input);
  const index = new SearchIndex(aliasGroups);
  index.add(records);
  return { input, documents, records, index };
}
