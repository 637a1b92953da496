/**
 * Fuzzy extras with fuse.js: a term with a wrong character still finds its passage. fuse.js runs
 * with `ignoreLocation` (a hit deep in a long measure counts as much as one at the start) but only
 * over short windows that a pigeonhole prefilter found (piecesOf, windowsOf), so its cost stays
 * small however long the texts and however large the corpus.
 * It never decides verbatim recall: that is the exact pass in match.ts.
 * fuse.js is loaded on first need (loadFuzzy): the page shows verbatim hits without it, and most of
 * its script weight would otherwise arrive before the first result.
 */
import type FuseType from 'fuse.js/basic';

let Fuse: typeof FuseType | undefined;
let loading: Promise<void> | undefined;

/** Loads fuse.js once; search() lists fuzzy hits only after this resolved. */
export function loadFuzzy(): Promise<void> {
  loading ??= import('fuse.js/basic').then((module) => {
    Fuse = module.default;
  });
  return loading;
}

/** Whether fuse.js is there, so search() can list fuzzy hits. */
export const fuzzyReady = () => Fuse !== undefined;

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
  /** Edit distance of the term to its best match in the window. */
  distance: number;
}

/**
 * Candidate places (exact piece occurrences) checked per term and keystroke. The real corpus needs
 * a few thousand at most; on a much larger corpus a short term built of common words would need
 * hundreds of thousands, so the scan stops here and the result says fuzzy matching was partial.
 * Verbatim hits are never limited.
 */
export const fuzzyPlaceBudget = 20_000;

/** fuse.js scores at most this many windows per term, fewest edits first; the rest keep their edit distance as score. */
export const fuseWindowLimit = 1500;

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

/** Reused rows of the edit-distance table: this runs for every candidate place of every keystroke. */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Smallest edit distance between `term` and any substring of `text[from, to)` (Sellers' algorithm). */
export function substringDistance(term: string, text: string, from = 0, to = text.length): number {
  const width = to - from + 1;
  if (previousRow.length < width) {
    previousRow = new Int32Array(width * 2);
    currentRow = new Int32Array(width * 2);
  }
  let row = previousRow;
  let next = currentRow;
  row.fill(0, 0, width);
  for (let i = 1; i <= term.length; i++) {
    const code = term.charCodeAt(i - 1);
    next[0] = i;
    for (let j = 1; j < width; j++) {
      const substitute = row[j - 1] + (code === text.charCodeAt(from + j - 1) ? 0 : 1);
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, substitute);
    }
    [row, next] = [next, row];
  }
  let best = term.length;
  for (let j = 0; j < width; j++) if (row[j] < best) best = row[j];
  return best;
}

/**
 * Windows of a record's text where the term occurs with at most `allowedErrors` edits: around each
 * exact occurrence of a piece, just wide enough for the term and its errors, kept only when a
 * cheap edit-distance check passes. fuse.js then scores a handful of short windows, not whole
 * measures.
 */
export function windowsOf(index: number, text: string, term: string, budget = { places: Infinity }): Window[] {
  const errors = allowedErrors(term);
  const starts: number[] = [];
  for (const { piece, offset } of piecesOf(term)) {
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) starts.push(at - offset);
  }
  budget.places -= starts.length;
  if (starts.length > 1) starts.sort((a, b) => a - b);
  const out: Window[] = [];
  let covered = -1;
  for (const guess of starts) {
    const start = Math.max(0, guess - errors);
    const end = Math.min(text.length, guess + term.length + errors);
    if (end <= covered) continue;
    const distance = substringDistance(term, text, start, end);
    if (distance > errors) continue;
    out.push({ index, start, text: text.slice(start, end), distance });
    covered = end;
  }
  return out;
}

/**
 * Best fuzzy match per record among the windows given, with the matched spans in record offsets.
 * fuse.js scores the windows with the fewest edits (all of them on the real corpus); past
 * `fuseWindowLimit` (a prefix one edit away from a very common word, on a large corpus) a window's
 * score is its edit distance ÷ term length and its span the window — still listed, never dropped.
 */
export function fuzzyFind(term: string, windows: Window[]): FuzzyMatch[] {
  if (term.length < fuzzyMinLength || windows.length === 0) return [];
  if (!Fuse) throw new Error('fuzzyFind: fuse.js is not loaded yet (await loadFuzzy() first)');
  const ordered = windows.length > fuseWindowLimit ? [...windows].sort((a, b) => a.distance - b.distance || a.index - b.index) : windows;
  const scored = ordered.slice(0, fuseWindowLimit);
  const fuse = new Fuse(scored, {
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
  const keep = (index: number, score: number, ranges: Array<[number, number]>) => {
    const seen = best.get(index);
    if (!seen) best.set(index, { index, score, ranges });
    else {
      seen.score = Math.min(seen.score, score);
      seen.ranges.push(...ranges);
    }
  };
  for (const result of fuse.search(term)) {
    const { index, start } = result.item;
    keep(
      index,
      result.score ?? 1,
      (result.matches?.[0]?.indices ?? []).map(([from, to]) => [start + from, start + to + 1] as [number, number]),
    );
  }
  for (const window of ordered.slice(fuseWindowLimit)) {
    keep(window.index, window.distance / term.length, [[window.start, window.start + window.text.length]]);
  }
  return [...best.values()];
}
