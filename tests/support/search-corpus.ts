/**
 * The real corpus for search tests: the generated collections (run `npm run ingest` first) turned
 * into search records by the same function the build uses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SearchIndex } from '../../src/lib/search/match.ts';
import { buildSearchRecords, type SearchInput } from '../../src/lib/search/record.ts';

const generated = 'content/generated';
const order = ['sichuan', 'suining', 'dazhou', 'guanghan', 'renshou'];

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** Frontmatter of a generated chapter file: JSON between the `---` fences, after a `#` comment line. */
function chapterData(path: string) {
  const [, front] = readFileSync(path, 'utf8').split(/^---$/m);
  return JSON.parse(front.replace(/^#.*$/gm, ''));
}

export function loadSearchInput(): SearchInput {
  if (!existsSync(join(generated, 'measures.json'))) throw new Error('content/generated is missing: run `npm run ingest` first.');
  const chapterDir = join(generated, 'chapters');
  return {
    sources: order.map((slug) => json(`content/sources/${slug}.json`)),
    chapters: readdirSync(chapterDir).flatMap((source) => readdirSync(join(chapterDir, source)).map((file) => chapterData(join(chapterDir, source, file)))),
    measures: json(join(generated, 'measures.json')),
    tables: json(join(generated, 'tables.json')),
    panels: json(join(generated, 'panels.json')),
  };
}

export const aliasGroups: string[][] = json('content/search-aliases.json').groups;

export function loadRealIndex() {
  const input = loadSearchInput();
  const { documents, records } = buildSearchRecords(input);
  const index = new SearchIndex(aliasGroups);
  index.add(records);
  return { input, documents, records, index };
}
