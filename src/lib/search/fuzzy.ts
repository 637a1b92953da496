/**
 * Fuzzy extras with fuse.js: a term with a wrong character still finds its passage. fuse.js only
 * scores candidates that a character-bigram prefilter picked (a one-character substitution
 * destroys at most two of a term's bigrams), so its cost does not grow with the corpus, and it
 * runs with `ignoreLocation` so a hit deep in a long measure counts as much as one at the start.
 * It never decides verbatim recall: that is the exact pass in match.ts.
 */
import Fuse from 'fuse.js/basic';

/** 0.3 allows one wrong character in a four-character term, two in seven; none in three or fewer. */
export const fuzzyThreshold = 0.3;
/** Shortest term that is fuzzily matched: shorter ones would match everything. */
export const fuzzyMinLength = 4;

export interface FuzzyMatch {
  index: number;
  score: number;
  ranges: Array<[number, number]>;
}

export function fuzzyFind(term: string, candidates: Array<{ index: number; text: string }>): FuzzyMatch[] {
  if (term.length < fuzzyMinLength || candidates.length === 0) return [];
  const fuse = new Fuse(candidates, {
    keys: ['text'],
    ignoreLocation: true,
    ignoreFieldNorm: true,
    isCaseSensitive: true,
    includeScore: true,
    includeMatches: true,
    shouldSort: false,
    threshold: fuzzyThreshold,
    minMatchCharLength: Math.max(2, term.length - 2),
  });
  return fuse.search(term).map((result) => ({
    index: result.item.index,
    score: result.score ?? 1,
    ranges: (result.matches?.[0]?.indices ?? []).map(([start, end]) => [start, end + 1] as [number, number]),
  }));
}
