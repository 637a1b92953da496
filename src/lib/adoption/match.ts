/**
 * Which provincial articles a local measure reuses. Pure, deterministic, no model:
 * 1. candidates: articles sharing at least `minLength − 3` character 4-grams with the measure
 *    (a common substring of `minLength` characters always gives that many, so no pair is lost);
 * 2. passages: `sharedPassages` on the normalised texts (common substrings ≥ `minLength`, small gaps joined);
 * 3. generic wording does not count: a passage found in `genericIn` or more provincial articles, or
 *    in `termIn` or more local measures (names of things every plan mentions: 基层群众性自治组织,
 *    社区综合服务设施…), or inside a stop text such as the decision's own title (cited by every
 *    plan, which is a citation, not adoption of an article) — unless it is where the measure states
 *    one of the article's instruments (the caller's `instrumentSpans`): an instrument many measures
 *    adopt, such as 城乡基层治理委员会, is widely adopted, not generic;
 * 4. score = characters in agreement over the remaining passages, each distinct passage once;
 *    adopts when score ≥ `threshold`.
 */
import { firstClause } from '../search/snippet.ts';
import { writeNumeral } from '../text/numerals.ts';
import { sharedPassages } from './align.ts';
import { normalise, shingles, sharedCount, type Normalised } from './shingles.ts';

export interface Unit {
  id: string;
  text: string;
  /** The chapter and section titles the unit stands under, outermost first: the context its sentences leave unsaid. */
  headings?: string[];
}

export interface MatchOptions {
  minLength: number;
  maxGap: number;
  genericIn: number;
  termIn: number;
  /** A 4-gram found in this many local measures is common wording; 0 turns weighting off. */
  commonIn: number;
  threshold: number;
}

export const defaultOptions: MatchOptions = { minLength: 8, maxGap: 4, genericIn: 3, termIn: 6, commonIn: 10, threshold: 11 };

export interface SharedPassage {
  /** The passage as the local measure writes it, and as the article writes it (original text). */
  localText: string;
  articleText: string;
  /** [start, end) in the original texts, for <mark>. */
  local: [number, number];
  article: [number, number];
  matched: number;
}

export interface AdoptionMatch {
  measureId: string;
  articleId: string;
  score: number;
  adopts: boolean;
  passages: SharedPassage[];
}

interface Prepared extends Unit {
  n: Normalised;
  grams: Set<string>;
}

const prepare = (unit: Unit): Prepared => {
  const n = normalise(unit.text);
  return { ...unit, n, grams: shingles(n.text, 4) };
};

const span = (n: Normalised, start: number, end: number): [number, number] => [n.map[start], n.map[end - 1] + 1];

export interface MatcherContext {
  /** Texts whose substrings are citations, not reuse (the decision's titles). */
  stopTexts?: string[];
  /** All local measures, to tell a shared term from a reused passage. */
  corpus?: Unit[];
}

export function createMatcher(articles: Unit[], { stopTexts = [], corpus = [] }: MatcherContext = {}, options: Partial<MatchOptions> = {}) {
  const opts = { ...defaultOptions, ...options };
  const prepared = articles.map(prepare);
  const corpusTexts = corpus.map((u) => normalise(u.text).text);
  const gramDf = new Map<string, number>();
  for (const t of corpusTexts) for (const g of shingles(t, 4)) gramDf.set(g, (gramDf.get(g) ?? 0) + 1);
  /** Characters of a passage covered by 4-grams that few local measures use: the passage's own words. */
  const informative = (words: string) => {
    if (!opts.commonIn) return words.length;
    const covered = new Uint8Array(words.length);
    for (let i = 0; i + 4 <= words.length; i++) if ((gramDf.get(words.slice(i, i + 4)) ?? 0) < opts.commonIn) covered.fill(1, i, i + 4);
    return covered.reduce((sum, c) => sum + c, 0);
  };
  const stops = stopTexts.map((t) => normalise(t).text);
  const genericMemo = new Map<string, boolean>();
  const isGeneric = (passage: string) => {
    let known = genericMemo.get(passage);
    if (known === undefined) {
      known =
        stops.some((s) => s.includes(passage)) ||
        prepared.filter((a) => a.n.text.includes(passage)).length >= opts.genericIn ||
        corpusTexts.filter((t) => t.includes(passage)).length >= opts.termIn;
      genericMemo.set(passage, known);
    }
    return known;
  };

  /**
   * Every article the measure shares wording with (score > 0), best first. `instrumentSpans(article)`:
   * [start, end) in the measure's text where it states one of that article's instruments.
   */
  return function match(measure: Unit, instrumentSpans: (articleId: string) => Array<[number, number]> = () => []): AdoptionMatch[] {
    const local = prepare(measure);
    const out: AdoptionMatch[] = [];
    for (const article of prepared) {
      if (sharedCount(local.grams, article.grams) < opts.minLength - 3) continue;
      const seen = new Set<string>();
      const stated = instrumentSpans(article.id);
      const statesInstrument = (start: number, end: number) => {
        const [s, e] = span(local.n, start, end);
        return stated.some(([a, b]) => a < e && s < b);
      };
      // Generic runs are dropped before neighbours are joined, so they cannot ride along in a passage.
      const keep = (start: number, end: number) => statesInstrument(start, end) || !isGeneric(local.n.text.slice(start, end));
      const passages = sharedPassages(local.n.text, article.n.text, { minLength: opts.minLength, maxGap: opts.maxGap, keep })
        .filter((p) => {
          const words = local.n.text.slice(p.aStart, p.aEnd);
          if (seen.has(words)) return false;
          seen.add(words);
          return true;
        })
        .map((p): SharedPassage => {
          const l = span(local.n, p.aStart, p.aEnd);
          const a = span(article.n, p.bStart, p.bEnd);
          return { local: l, article: a, localText: measure.text.slice(...l), articleText: article.text.slice(...a), matched: p.matched };
        });
      const score = passages.reduce((sum, p) => sum + Math.min(p.matched, informative(normalise(p.localText).text)), 0);
      // A passage kept as an instrument's wording is evidence even when its words are common.
      if (score > 0 || (stated.length > 0 && passages.length > 0)) out.push({ measureId: measure.id, articleId: article.id, score, adopts: score >= opts.threshold, passages });
    }
    return out.sort((a, b) => b.score - a.score);
  };
}

/** Text cut at marked ranges, for rendering with <mark> (ranges may come unsorted or overlapping). */
export function segments(text: string, ranges: Array<[number, number]>): Array<{ text: string; mark: boolean }> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** 17 → 十七, 29 → 二十九: how the decision numbers its articles. */
export const articleNumeral = writeNumeral;

/**
 * An article's number as pages write it: a decision's bracketed item in full-width brackets, whichever
 * the text used (（十七）); any other label as written (a law's 第三条, a plan's 1.); none for a
 * plan's measure that has no number of its own.
 */
export function articleLabel(label: string, number: number): string {
  return /^[（(].+[)）]$/.test(label) ? `（${articleNumeral(number)}）` : label;
}

/**
 * How pages name an article after its framework's name (省委决定（十七）, 物业条例第三条): its label, or,
 * for a measure without one, its title or first clause in quotation marks.
 */
export function articleName(label: string, title: string, text: string): string {
  return label || `“${title || firstClause(text).slice(0, 24)}”`;
}
