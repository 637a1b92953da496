/**
 * The search engine: one implementation for the page, the tests and the benchmark.
 *
 * How search works (src/lib/search/):
 * 1. Normalise (normalise.ts) text and query alike: NFKC (full-width → ASCII), lower case, OpenCC's
 *    traditional → simplified table for the corpus's characters (trad-simp.ts), all whitespace
 *    removed. Query terms are split on whitespace; terms are ANDed. A query that is a unit's id
 *    (its anchor) finds that unit first.
 * 2. Verbatim pass, for recall: records are indexed by character bigram; a term's candidates are
 *    the records holding its rarest bigram, each checked with a plain substring test. A record
 *    that contains the term is therefore never missed (no scoring cut-off, no pattern-length
 *    limit, no location bias). Records holding the whole query run together rank first
 *    (so "党群 服务中心" finds 党群服务中心 first), then those holding every term apart.
 * 3. Variants, ranked after: short forms from content/search-aliases.json (三社联动 ↔ 五社联动,
 *    党群服务中心 ↔ 党群中心, 网格化 ↔ 网格 …) and the term's words in another order
 *    (Intl.Segmenter words, single characters joined).
 * 4. Fuzzy, ranked last (fuzzy.ts): terms of 4+ characters with up to 30 % edits (one wrong
 *    character in four). Pigeonhole pieces find candidate places, an edit-distance check keeps
 *    the real ones, fuse.js (ignoreLocation) scores them and gives the spans to highlight. fuse.js
 *    is loaded on first need (fuzzy.ts loadFuzzy); until then the result says fuzzy is pending.
 * Ranking within a tier (rank.ts): headings, then title hits, then more occurrences, then reading
 * order. Counts are exact: nothing is cut at a top N.
 */
import { fuzzyFind, fuzzyMinLength, fuzzyPlaceBudget, fuzzyReady, piecesOf, windowsOf, type Window } from './fuzzy.ts';
import { normalise, queryTerms } from './normalise.ts';
import { compareHits, tiers, type Hit, type Tier } from './rank.ts';
import type { SearchRecord } from './record.ts';

/**
 * A bigram's key in the postings: a 30-bit hash, so keys stay small integers (fast Map keys in
 * V8). Two bigrams may share a key; that only adds candidates, and every candidate is checked
 * against the text, so a collision never changes a result.
 */
const bigram = (text: string, i: number) => (Math.imul(text.charCodeAt(i), 65599) + text.charCodeAt(i + 1)) & 0x3fffffff;

export class SearchIndex {
  readonly records: SearchRecord[] = [];
  /** Normalised text of each record. */
  readonly texts: string[] = [];
  /** Length of the normalised title when the text starts with the title (hits there are title hits). */
  private readonly titleLengths: number[] = [];
  private readonly postings = new Map<number, number[]>();
  /** Normalised unit id → record index. */
  private readonly ids = new Map<string, number>();
  /** Alias groups, normalised: each term maps to the other members of its groups. */
  private readonly aliases = new Map<string, string[]>();
  private readonly segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

  constructor(aliasGroups: string[][] = []) {
    for (const group of aliasGroups) {
      const members = [...new Set(group.map(normalise))];
      for (const member of members) {
        const others = this.aliases.get(member) ?? [];
        this.aliases.set(member, [...new Set([...others, ...members.filter((m) => m !== member)])]);
      }
    }
  }

  /** Adds records (a shard) to the index; indices continue from the records already there. */
  add(records: SearchRecord[]) {
    for (const record of records) {
      const index = this.records.length;
      const text = normalise(record.text);
      this.records.push(record);
      this.texts.push(text);
      this.titleLengths.push(record.title && record.text.startsWith(record.title) ? normalise(record.title).length : 0);
      if (record.id) this.ids.set(normalise(record.id), index);
      for (let i = 0; i + 1 < text.length; i++) {
        const key = bigram(text, i);
        const list = this.postings.get(key);
        if (!list) this.postings.set(key, [index]);
        else if (list[list.length - 1] !== index) list.push(index);
      }
    }
  }

  get size() {
    return this.records.length;
  }

  /** Results of `containing` for the query being searched: a term, its words and its pieces overlap. */
  private memo = new Map<string, number[]>();
  private memoSize = -1;

  /** Every record whose normalised text contains `term` (normalised), in index order. */
  containing(term: string): number[] {
    if (this.memoSize !== this.records.length || this.memo.size > 64) {
      this.memo.clear();
      this.memoSize = this.records.length;
    }
    let found = this.memo.get(term);
    if (!found) this.memo.set(term, (found = this.scan(term)));
    return found;
  }

  private scan(term: string): number[] {
    if (term.length === 0) return [];
    if (term.length === 1) {
      const out: number[] = [];
      for (let i = 0; i < this.texts.length; i++) if (this.texts[i].includes(term)) out.push(i);
      return out;
    }
    let rarest: number[] | undefined;
    for (let i = 0; i + 1 < term.length; i++) {
      const list = this.postings.get(bigram(term, i));
      if (!list) return [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return rarest!.filter((index) => this.texts[index].includes(term));
  }

  /** The record whose id is `query` (normalised), if any. */
  byId(query: string): number | undefined {
    return this.ids.get(query);
  }

  /** Other spellings of a term: its alias group members. */
  variantsOf(term: string): string[] {
    return this.aliases.get(term) ?? [];
  }

  /**
   * A term's words, for word-order variants: Intl.Segmenter's words, with runs of single
   * characters joined (it splits unknown compounds such as 党群 into single characters, and single
   * characters would match almost everything). Empty when the term is a single word.
   */
  wordsOf(term: string): string[] {
    if (!this.segmenter || term.length < 4) return [];
    const words: string[] = [];
    let run = '';
    for (const { segment } of this.segmenter.segment(term)) {
      if (segment.length === 1) run += segment;
      else {
        if (run) words.push(run);
        run = '';
        words.push(segment);
      }
    }
    if (run) words.push(run);
    // A leftover single character is attached to its neighbour rather than searched alone.
    const merged: string[] = [];
    for (const word of words) {
      if (word.length === 1 && merged.length) merged[merged.length - 1] += word;
      else if (merged.length && merged[merged.length - 1].length === 1) merged[merged.length - 1] += word;
      else merged.push(word);
    }
    return merged.length > 1 ? merged : [];
  }

  /**
   * Records that may hold the term with a few errors: those holding one of its pieces exactly
   * (fuzzy.ts piecesOf), in index order.
   */
  fuzzyCandidates(term: string, exclude: (index: number) => boolean): number[] {
    const seen = new Uint8Array(this.records.length);
    const found: number[] = [];
    for (const { piece } of piecesOf(term)) {
      for (const index of this.containing(piece)) {
        if (seen[index] || exclude(index)) continue;
        seen[index] = 1;
        found.push(index);
      }
    }
    return found.sort((a, b) => a - b);
  }

  isTitleHit(index: number, needle: string): boolean {
    const length = this.titleLengths[index];
    if (length === 0) return false;
    const at = this.texts[index].indexOf(needle);
    return at >= 0 && at < length;
  }
}

function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** Indices present in every list (lists are in index order; the result is too). */
function intersect(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = sorted[0];
  for (const list of sorted.slice(1)) {
    const present = new Set(list);
    result = result.filter((index) => present.has(index));
  }
  return result;
}

export interface SearchResult {
  /** Normalised terms of the query. */
  terms: string[];
  /** Every hit, in rank order. */
  hits: Hit[];
  /** How many hits are verbatim (tiers 0–1). */
  exact: number;
  /** True when the fuzzy scan stopped at its budget (fuzzy.ts fuzzyPlaceBudget): verbatim and variant hits are still all there. */
  fuzzyPartial: boolean;
  /** True when a term is long enough for fuzzy matching but fuse.js is not loaded yet (fuzzy.ts loadFuzzy). */
  fuzzyPending: boolean;
}

export function search(index: SearchIndex, query: string): SearchResult {
  const terms = queryTerms(query);
  if (terms.length === 0) return { terms, hits: [], exact: 0, fuzzyPartial: false, fuzzyPending: false };
  const hits: Hit[] = [];
  // Flags per record rather than Sets: a common term on a large corpus holds tens of thousands.
  const taken = new Uint8Array(index.size);
  const make = (i: number, tier: Tier, needles: string[], strength: number, ranges: Array<[number, number]> = []): Hit => {
    const heading = index.records[i].kind === 'heading';
    const titleHit = needles.some((needle) => index.isTitleHit(i, needle));
    return { index: i, tier, weight: heading ? 2 : titleHit ? 1 : 0, strength, needles, ranges };
  };
  const occurrences = (text: string, needles: string[]) => needles.reduce((n, needle) => n + countOccurrences(text, needle), 0);

  // 0. The unit whose id is the query, first.
  const phrase = terms.join('');
  const unit = index.byId(phrase);
  if (unit !== undefined) {
    hits.push({ index: unit, tier: tiers.verbatim, weight: 3, strength: 0, needles: terms, ranges: [] });
    taken[unit] = 1;
  }

  // 1. Verbatim: every term occurs (AND); the whole query run together ranks first.
  const exactLists = terms.map((term) => index.containing(term));
  for (const i of intersect(exactLists)) {
    if (taken[i]) continue;
    const text = index.texts[i];
    const tier = terms.length === 1 || text.includes(phrase) ? tiers.verbatim : tiers.allTerms;
    const needles = tier === tiers.verbatim && terms.length > 1 ? [phrase, ...terms] : terms;
    hits.push(make(i, tier, needles, occurrences(text, terms)));
    taken[i] = 1;
  }

  // 2. Variants: each term as written, as a short form, or as its words in another order; at
  // least one term only as a variant (otherwise the record is a verbatim hit above).
  const variantNeedles = terms.flatMap((term) => [...index.variantsOf(term), ...index.wordsOf(term)]);
  const variantLists = terms.map((term) => {
    const lists = index.variantsOf(term).map((v) => index.containing(v));
    const words = index.wordsOf(term);
    if (words.length) lists.push(intersect(words.map((w) => index.containing(w))));
    return lists.flat();
  });
  /** Per term, the records holding it as written or as a variant (built only when needed). */
  const matched: Array<Uint8Array | undefined> = [];
  const matchedBy = (t: number) => {
    let flags = matched[t];
    if (!flags) {
      flags = new Uint8Array(index.size);
      for (const i of exactLists[t]) flags[i] = 1;
      for (const i of variantLists[t]) flags[i] = 1;
      matched[t] = flags;
    }
    return flags;
  };
  const candidates = [...new Set(variantLists.flat())].sort((a, b) => a - b);
  for (const i of candidates) {
    if (taken[i] || !terms.every((_, t) => matchedBy(t)[i])) continue;
    const text = index.texts[i];
    const needles = [...terms, ...variantNeedles].filter((needle) => text.includes(needle));
    hits.push(make(i, tiers.variant, needles, occurrences(text, needles)));
    taken[i] = 1;
  }

  // 3. Fuzzy: every term found as written, as a variant, or by fuse.js with a wrong character.
  let fuzzyPartial = false;
  const fuzzyPending = !fuzzyReady() && terms.some((term) => term.length >= fuzzyMinLength);
  const fuzzyTerms = terms.map((term, t) => {
    if (term.length < fuzzyMinLength || fuzzyPending) return new Map<number, { score: number; ranges: Array<[number, number]> }>();
    const flags = matchedBy(t);
    const found = index.fuzzyCandidates(term, (i) => taken[i] === 1 || flags[i] === 1);
    const budget = { places: fuzzyPlaceBudget };
    const windows: Window[] = [];
    for (const i of found) {
      if (budget.places <= 0) {
        fuzzyPartial = true;
        break;
      }
      windows.push(...windowsOf(i, index.texts[i], term, budget));
    }
    return new Map(fuzzyFind(term, windows).map((m) => [m.index, m]));
  });
  const fuzzyIndices = [...new Set(fuzzyTerms.flatMap((found) => [...found.keys()]))];
  for (const i of fuzzyIndices) {
    if (taken[i]) continue;
    if (!terms.every((_, t) => matchedBy(t)[i] || fuzzyTerms[t].has(i))) continue;
    const found = terms.map((_, t) => fuzzyTerms[t].get(i)).filter((m) => m !== undefined);
    const score = Math.max(...found.map((m) => m.score));
    const text = index.texts[i];
    // Only what matched: the terms and short forms found as written, and fuse.js's spans (a
    // term's separate words would light up every 服务 in the measure).
    const needles = [...terms, ...terms.flatMap((term) => index.variantsOf(term))].filter((needle) => text.includes(needle));
    hits.push(
      make(
        i,
        tiers.fuzzy,
        needles,
        Math.round((1 - score) * 1000),
        found.flatMap((m) => m.ranges),
      ),
    );
    taken[i] = 1;
  }

  hits.sort(compareHits);
  let exact = 0;
  for (const hit of hits) if (hit.tier <= tiers.allTerms) exact++;
  return { terms, hits, exact, fuzzyPartial, fuzzyPending };
}
