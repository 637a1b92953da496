/**
 * Fuzzy extras with fuse.js: a term with a wrong character still finds its passage. fuse.js runs
 * with `ignoreLocation` (a hit deep in a long measure counts as much as one at the start) but only
 * over short windows that a pigeonhole prefilter found (piecesOf, windowsOf), so its cost stays
 * small however long the texts and however large the corpus.
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

/** A stretch of a record's normalised text where the term may occur with a few errors. */
export interface Window {
  index: number;
  start: number;
  text: string;
}

/** Errors allowed in a term: what fuse.js's threshold allows (its score is errors ÷ length). */
export const allowedErrors = (term: string) => Math.floor(term.length * fuzzyThreshold);

/**
 * The term cut into `errors + 1` disjoint pieces. A passage matching the term with at most that
 * many errors holds at least one piece exactly (pigeonhole), so the pieces' exact occurrences
 * find every candidate place.
 */
export function piecesOf(term: string): Array<{ piece: string; offset: number }> {
  const count = allowedErrors(term) + 1;
  const out: Array<{ piece: string; offset: number }> = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const length = Math.floor((term.length - offset) / (count - i));
    out.push({ piece: term.slice(offset, offset + length), offset });
    offset += length;
  }
  return out;
}

/** Smallest edit distance between `term` and any substring of `text` (Sellers' algorithm). */
export function substringDistance(term: string, text: string): number {
  let row = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= term.length; i++) {
    const next = [i];
    for (let j = 1; j <= text.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (term[i - 1] === text[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return Math.min(...row);
}

/**
 * Windows of a record's text where the term occurs with at most `allowedErrors` edits: around each
 * exact occurrence of a piece, just wide enough for the term and its errors, kept only when a
 * cheap edit-distance check passes. fuse.js then scores a handful of short windows, not whole
 * measures.
 */
export function windowsOf(index: number, text: string, term: string): Window[] {
  const errors = allowedErrors(term);
  const out: Window[] = [];
  let covered = -1;
  const starts: number[] = [];
  for (const { piece, offset } of piecesOf(term)) {
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) starts.push(at - offset);
  }
  starts.sort((a, b) => a - b);
  for (const guess of starts) {
    const start = Math.max(0, guess - errors);
    const end = Math.min(text.length, guess + term.length + errors);
    if (end <= covered) continue;
    const window = text.slice(start, end);
    if (substringDistance(term, window) > errors) continue;
    out.push({ index, start, text: window });
    covered = end;
  }
  return out;
}

/** Best fuzzy match per record among the windows given, with the matched spans in record offsets. */
export function fuzzyFind(term: string, windows: Window[]): FuzzyMatch[] {
  if (term.length < fuzzyMinLength || windows.length === 0) return [];
  const fuse = new Fuse(windows, {
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
  const best = new Map<number, FuzzyMatch>();
  for (const result of fuse.search(term)) {
    const { index, start } = result.item;
    const score = result.score ?? 1;
    const ranges = (result.matches?.[0]?.indices ?? []).map(([from, to]) => [start + from, start + to + 1] as [number, number]);
    const seen = best.get(index);
    if (!seen) best.set(index, { index, score, ranges });
    else {
      seen.score = Math.min(seen.score, score);
      seen.ranges.push(...ranges);
    }
  }
  return [...best.values()];
}
