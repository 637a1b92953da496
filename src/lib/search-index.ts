/**
 * The search index the build writes, from the content collections: `/search-index.json` (manifest)
 * and `/search-index/{n}.json` (shards). See src/lib/search/shards.ts for the format.
 */
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { curatedDir } from './corpus-dirs.ts';
import { getChapters, getSources } from './plans.ts';
import { getComparison } from './themes/site.ts';
import { buildSearchRecords } from './search/record.ts';
import { encodeIndex } from './search/shards.ts';

let built: Promise<ReturnType<typeof encodeIndex>> | undefined;

async function build() {
  const [sources, chapters, measures, tables, panels, comparison] = await Promise.all([
    getSources(),
    getChapters(),
    getCollection('measures'),
    getCollection('tables'),
    getCollection('panels'),
    getComparison(),
  ]);
  // The theme filter: each measure's themes as indexes into the dictionary's order.
  const themes = comparison.themes.map(({ theme }) => ({ id: theme.id, name: theme.name }));
  const themeIndex = new Map(themes.map((t, i) => [t.id, i]));
  const themesOf = new Map([...comparison.tags].map(([id, tags]) => [id, tags.map((tag) => themeIndex.get(tag.theme)!).sort((a, b) => a - b)]));
  const { documents, records } = buildSearchRecords({
    sources,
    chapters: chapters.map((entry) => entry.data),
    measures: measures.map((entry) => entry.data),
    tables: tables.map((entry) => entry.data),
    panels: panels.map((entry) => entry.data),
    themesOf,
  });
  return encodeIndex(documents, records, (JSON.parse(readFileSync(`${curatedDir}/search-aliases.json`, 'utf8')) as { groups: string[][] }).groups, undefined, themes);
}

/** Built once per build and shared by the manifest and the shard endpoints. */
export function searchIndex() {
  built ??= build();
  return built;
}

/** Compact JSON: the index is fetched by every search, so no indentation. */
export function compactJson(value: unknown) {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
