/**
 * Search records: every measure, heading, table row and panel as a flat record (src/lib/search/),
 * with each measure's themes (from the themes analysis), encoded as the manifest and its shards;
 * and the traditional → simplified table for the characters they hold.
 */
import { buildSearchRecords } from '../../src/lib/search/record.ts';
import { encodeIndex } from '../../src/lib/search/shards.ts';
import { encodePairs, tradSimpPairsFor } from '../../src/lib/search/trad-simp-map.ts';
import type { SearchIndexFile, SearchTradSimp } from '../../src/schemas/search-index.ts';
import type { ThemeComparisonEntry } from '../../src/schemas/themes.ts';
import type { Analysis } from './types.ts';

export const search: Analysis = {
  name: 'search',
  curated: ['searchAliases', 'themes'],
  run(corpus, curated, earlier) {
    // The theme filter: each measure's themes as indexes into the dictionary's order.
    const themes = (earlier['theme-comparison'] as ThemeComparisonEntry[]).map(({ theme }) => ({ id: theme.id, name: theme.name }));
    const themeIndex = new Map(themes.map((t, i) => [t.id, i]));
    const measureThemes = earlier['measure-themes'] as Array<{ id: string; themes: string[] }>;
    const themesOf = new Map(measureThemes.map(({ id, themes: list }) => [id, list.map((t) => themeIndex.get(t)!).sort((a, b) => a - b)]));
    const { documents, records } = buildSearchRecords({ ...corpus, themesOf });
    const { manifest, shards } = encodeIndex(documents, records, curated.searchAliases.groups, undefined, themes);
    const files: SearchIndexFile[] = [
      { id: 'manifest', body: JSON.stringify(manifest) },
      ...shards.map((shard, i) => ({ id: manifest.shards[i].file.replace(/\.json$/, ''), body: JSON.stringify(shard) })),
    ];
    // OpenCC's traditional → simplified pairs for the characters the index holds, which the page
    // installs before it indexes anything (src/lib/search/trad-simp-map.ts).
    const tradSimp: SearchTradSimp[] = [{ id: 'pairs', pairs: encodePairs(tradSimpPairsFor(records, manifest.aliases)) }];
    return { 'search-index': files, 'search-trad-simp': tradSimp };
  },
};
