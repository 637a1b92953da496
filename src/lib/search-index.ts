/**
 * The search index the build writes, from the content collections: `/search-index.json` (manifest)
 * and `/search-index/{n}.json` (shards). See src/lib/search/shards.ts for the format.
 */
import { getCollection } from 'astro:content';
import aliasFile from '../../content/search-aliases.json';
import { getChapters, getSources } from './plans.ts';
import { buildSearchRecords } from './search/record.ts';
import { encodeIndex } from './search/shards.ts';

let built: Promise<ReturnType<typeof encodeIndex>> | undefined;

async function build() {
  const [sources, chapters, measures, tables, panels] = await Promise.all([
    getSources(),
    getChapters(),
    getCollection('measures'),
    getCollection('tables'),
    getCollection('panels'),
  ]);
  const { documents, records } = buildSearchRecords({
    sources,
    chapters: chapters.map((entry) => entry.data),
    measures: measures.map((entry) => entry.data),
    tables: tables.map((entry) => entry.data),
    panels: panels.map((entry) => entry.data),
  });
  return encodeIndex(documents, records, aliasFile.groups);
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
