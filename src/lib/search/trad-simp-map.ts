/**
 * Build time only: the traditional → simplified table the search page loads, generated from OpenCC
 * (opencc-js ships its dictionaries). OpenCC's whole character table is some 3,200 pairs (14 KB
 * gzip); a query character only matters when its simplified form occurs in the texts searched, so
 * the table keeps just those pairs — every traditional, Taiwan and Hong Kong form of every
 * character the corpus uses. Single characters only: phrases need context a search box lacks.
 */
import { configs } from 'opencc-js/preset';
import type { DictGroup, DictLike } from 'opencc-js/core';

/**
 * One conversion stage for single characters, as OpenCC's converter applies a dictionary group: an
 * entry's first candidate, the group's first dictionary winning over later ones; a single character
 * only ever matches a single-character key. (OpenCC's Converter also builds tries of every phrase,
 * which a character table does not need; tests/unit/search-trad-simp.test.ts checks the result
 * against it.)
 */
function characterStage(group: DictGroup): Map<string, string> {
  const stage = new Map<string, string>();
  const read = (dict: DictLike) => {
    const entries = typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')) : dict.map(([key, value]) => [key, value]);
    for (const [key, first] of entries) if (key && first && [...key].length === 1 && !stage.has(key)) stage.set(key, first);
  };
  group.forEach(read);
  return stage;
}

/**
 * OpenCC's conversions to mainland simplified — from standard traditional, Taiwan and Hong Kong
 * forms (its t2s, tw2s and hk2s configurations) — as stages: normalisation, then conversion.
 */
const conversions = (['t2s', 'tw2s', 'hk2s'] as const).map((name) => {
  const { normalizationChain = [], conversionChain } = configs[name] as { normalizationChain?: readonly DictGroup[]; conversionChain: readonly DictGroup[] };
  return [...normalizationChain, ...conversionChain].map(characterStage);
});

const convert = (stages: Array<Map<string, string>>, ch: string) => stages.reduce((c, stage) => stage.get(c) ?? c, ch);

/** Pairs (traditional, simplified) of OpenCC whose simplified form is one of `corpusChars`. */
export function tradSimpPairs(corpusChars: Iterable<string>): Array<[string, string]> {
  const wanted = new Set(corpusChars);
  const pairs: Array<[string, string]> = [];
  const candidates = new Set(conversions.flat().flatMap((stage) => [...stage.keys()]));
  for (const traditional of candidates) {
    // NFKC already folds compatibility ideographs (U+F900…) onto unified ones (normalise.ts).
    if (traditional.normalize('NFKC') !== traditional) continue;
    for (const stages of conversions) {
      const simplified = convert(stages, traditional);
      if (simplified === traditional || [...simplified].length !== 1) continue;
      if (wanted.has(simplified)) pairs.push([traditional, simplified]);
      break;
    }
  }
  return pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The pairs for an index: every character of its records' titles, texts and paths, and of its aliases. */
export function tradSimpPairsFor(records: Array<{ title: string; text: string; path: string }>, aliases: string[][] = []) {
  const chars = new Set<string>();
  const take = (text: string) => {
    for (const ch of text) chars.add(ch);
  };
  for (const record of records) [record.title, record.text, record.path].forEach(take);
  aliases.flat().forEach(take);
  return tradSimpPairs(chars);
}

/** The wire form: the pairs run together, traditional first (`黨党區区…`); see trad-simp.ts. */
export const encodePairs = (pairs: Array<[string, string]>) => pairs.map(([t, s]) => t + s).join('');
