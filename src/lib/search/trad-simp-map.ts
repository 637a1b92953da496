/**
 * Build time only: the traditional → simplified table the search page loads, generated from OpenCC
 * (opencc-js ships its dictionaries). OpenCC's whole character table is some 3,200 pairs (14 KB
 * gzip); a query character only matters when its simplified form occurs in the texts searched, so
 * the table keeps just those pairs — every traditional, Taiwan and Hong Kong form of every
 * character the corpus uses. Single characters only: phrases need context a search box lacks.
 */
import { Converter } from 'opencc-js';
import { from, to } from 'opencc-js/preset';
import type { DictGroup, DictLike } from 'opencc-js/core';

/** OpenCC's conversions to mainland simplified: standard traditional, Taiwan and Hong Kong forms. */
const toSimplified = (['t', 'tw', 'hk'] as const).map((locale) => Converter({ from: locale, to: 'cn' }));

/** Every single character an OpenCC dictionary on the way to simplified converts. */
function candidates(): Set<string> {
  const found = new Set<string>();
  const read = (dict: DictLike | DictGroup | readonly DictGroup[]): void => {
    if (typeof dict === 'string') {
      for (const entry of dict.split('|')) {
        const key = entry.split(' ')[0];
        if ([...key].length === 1) found.add(key);
      }
    } else {
      for (const part of dict) if (typeof part === 'string' || Array.isArray(part)) read(part as DictLike);
    }
  };
  for (const groups of [from.tw, from.hk, to.cn]) read(groups);
  return found;
}

/** Pairs (traditional, simplified) of OpenCC whose simplified form is one of `corpusChars`. */
export function tradSimpPairs(corpusChars: Iterable<string>): Array<[string, string]> {
  const wanted = new Set(corpusChars);
  const pairs: Array<[string, string]> = [];
  for (const traditional of candidates()) {
    for (const convert of toSimplified) {
      const simplified = convert(traditional);
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
