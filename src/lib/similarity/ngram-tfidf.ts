/**
 * Similarity by wording without a model: character n-grams (2 and 3 characters) of normalised text,
 * weighted by TF-IDF and compared by cosine. Chinese has no spaces to split words at, and policy
 * texts reword by reordering and abbreviating (考核绩效 / 绩效考核, 双报到 / 在职党员到社区报到), so
 * short character grams catch shared vocabulary where a shared string of eight characters would
 * not. Pure; one index over any set of short texts (clauses, measures, articles).
 *
 *   const index = createNgramIndex([{ id: 'a', text: '推行在职党员到社区报到' }, …]);
 *   index.similar('党员到社区双报到', 5) → [{ id: 'a', score: 0.52 }, …]
 *
 * Scale: candidates come from an inverted index over the grams that are not common (a gram in more
 * than `commonShare` of the texts, e.g. 建设, is left out of the lookup but kept in the scores), and
 * only the best `limit × rescore` candidates are scored exactly. So a query costs the lengths of
 * its rare grams' postings, not the size of the corpus.
 */
import { normalise } from '../search/normalise.ts';
import { tradToSimp } from '../search/trad-simp.ts';

export interface NgramOptions {
  /** Gram lengths in characters. Default [2, 3]. */
  sizes?: number[];
  /** A gram in more than this share of the texts is not used to find candidates. Default 0.05. */
  commonShare?: number;
  /** …unless it is in no more than this many texts (small corpora). Default 20. */
  commonFloor?: number;
  /** …and never one in more than this many texts, so a query's cost stays bounded as the corpus grows. Default 2000. */
  commonCap?: number;
  /** Candidates scored exactly per result asked for. Default 8. */
  rescore?: number;
}

const defaults: Required<NgramOptions> = { sizes: [2, 3], commonShare: 0.05, commonFloor: 20, commonCap: 2000, rescore: 8 };

/** A TF-IDF vector of unit length, gram → weight. */
export type NgramVector = Map<string, number>;

export interface ScoredId {
  id: string;
  score: number;
}

/** A run of text two texts share, with where it stands in each original text. */
export interface SharedPhrase {
  /** The shared characters, normalised (no punctuation or spaces). */
  phrase: string;
  /** Sum of the inverse document frequencies of its grams: how distinctive it is. */
  weight: number;
  a: { start: number; end: number };
  b: { start: number; end: number };
}

export interface SimilarOptions {
  /** Only ids for which this is true are returned (e.g. the measures of another document). */
  accept?: (id: string) => boolean;
}

export interface NgramIndex {
  readonly size: number;
  has(id: string): boolean;
  /** The stored text's vector. */
  vector(id: string): NgramVector;
  /** Any text's vector, weighted by this index's document frequencies. */
  vectorOf(text: string): NgramVector;
  /** ln(1 + N / df): high for rare grams; a gram the index never saw counts as df = 1. */
  idf(gram: string): number;
  /** The stored texts most similar to `text`, best first (cosine > 0). */
  similar(text: string, limit: number, options?: SimilarOptions): ScoredId[];
  /** The stored texts most similar to stored text `id`, itself left out. */
  similarTo(id: string, limit: number, options?: SimilarOptions): ScoredId[];
  /** Cosine between two stored texts. */
  cosine(a: string, b: string): number;
  /** The grams two texts share, most distinctive first. */
  sharedGrams(a: string, b: string, limit: number): Array<{ gram: string; weight: number }>;
  /** The longest runs two texts share (at least `minLength` characters), most distinctive first, not overlapping. */
  sharedPhrases(a: string, b: string, limit: number, minLength?: number): SharedPhrase[];
}

/** Drops punctuation, symbols and spaces; NFKC, lower case, traditional → simplified (as search does). */
const dropped = /[\p{P}\p{S}\p{Z}\s]/u;

export interface NgramText {
  /** The characters that carry wording. */
  text: string;
  /** For each UTF-16 unit of `text`, where its character starts and ends in the original. */
  starts: number[];
  ends: number[];
}

/** A character's form in n-gram text ('' when dropped), computed once per character outside the CJK block. */
const folded = new Map<string, string>();
function fold(char: string): string {
  let form = folded.get(char);
  if (form === undefined) {
    form = [...normalise(char)].filter((c) => !dropped.test(c)).join('');
    folded.set(char, form);
  }
  return form;
}

export function ngramText(original: string): NgramText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of original) {
    const code = char.codePointAt(0)!;
    // Most of a Chinese text: an ideograph, kept (in its simplified form).
    const form = code >= 0x4e00 && code <= 0x9fff ? (tradToSimp.get(char) ?? char) : fold(char);
    for (let k = 0; k < form.length; k++) {
      starts.push(index);
      ends.push(index + char.length);
    }
    text += form;
    index += char.length;
  }
  return { text, starts, ends };
}

/** Gram → count in a normalised text. */
export function gramCounts(text: string, sizes: number[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of sizes) {
    for (let i = 0; i + n <= text.length; i++) {
      const gram = text.slice(i, i + n);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return counts;
}

/** A vector packed for speed: gram numbers ascending, and their weights. */
interface Packed {
  grams: Int32Array;
  weights: Float64Array;
}

function dot(a: Packed, b: Packed): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.grams.length && j < b.grams.length) {
    const x = a.grams[i];
    const y = b.grams[j];
    if (x === y) sum += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

export function createNgramIndex(docs: Array<{ id: string; text: string }>, options: NgramOptions = {}): NgramIndex {
  const settings = { ...defaults, ...options };
  const ids = docs.map((doc) => doc.id);
  const position = new Map<string, number>();
  ids.forEach((id, i) => {
    if (position.has(id)) throw new Error(`createNgramIndex: id ${id} is given twice; ids must be unique`);
    position.set(id, i);
  });
  // Grams are numbered in order of first sight; a query's unseen grams get numbers past them.
  const number = new Map<string, number>();
  const gramOf: string[] = [];
  const documentFrequency: number[] = [];
  const counts = docs.map((doc) => gramCounts(ngramText(doc.text).text, settings.sizes));
  for (const doc of counts) {
    for (const gram of doc.keys()) {
      let n = number.get(gram);
      if (n === undefined) {
        number.set(gram, (n = gramOf.length));
        gramOf.push(gram);
        documentFrequency.push(0);
      }
      documentFrequency[n]++;
    }
  }
  const total = docs.length;
  const dfOf = (gram: string) => {
    const n = number.get(gram);
    return n === undefined ? 0 : documentFrequency[n];
  };
  const idf = (gram: string) => Math.log(1 + total / Math.max(1, dfOf(gram)));
  const idfByNumber = documentFrequency.map((df) => Math.log(1 + total / df));

  // Weights by gram number while one vector is packed (unseen grams of a query go in `extra`).
  const scratch = new Float64Array(gramOf.length);
  const weigh = (gramCount: Map<string, number>): Packed => {
    const grams = new Int32Array(gramCount.size);
    const extra: number[] = [];
    let unseen = gramOf.length;
    let norm = 0;
    let k = 0;
    for (const [gram, count] of gramCount) {
      const n = number.get(gram);
      const weight = (1 + Math.log(count)) * (n === undefined ? Math.log(1 + total) : idfByNumber[n]);
      if (n === undefined) extra.push(weight);
      else scratch[n] = weight;
      grams[k++] = n ?? unseen++;
      norm += weight * weight;
    }
    grams.sort();
    norm = Math.sqrt(norm) || 1;
    const weights = new Float64Array(grams.length);
    grams.forEach((n, i) => (weights[i] = (n < gramOf.length ? scratch[n] : extra[n - gramOf.length]) / norm));
    return { grams, weights };
  };
  const vectors = counts.map(weigh);
  const unpack = (vector: Packed): NgramVector => {
    const out: NgramVector = new Map();
    vector.grams.forEach((n, k) => {
      if (n < gramOf.length) out.set(gramOf[n], vector.weights[k]);
    });
    return out;
  };

  // Inverted index over the grams that are rare enough to find candidates with: gram → [doc, weight]….
  const commonAbove = Math.max(settings.commonFloor, Math.min(settings.commonCap, Math.floor(settings.commonShare * total)));
  const postings: Array<{ docs: number[]; weights: number[] } | undefined> = [];
  vectors.forEach((vector, doc) => {
    vector.grams.forEach((n, k) => {
      if (documentFrequency[n] > commonAbove) return;
      const list = (postings[n] ??= { docs: [], weights: [] });
      list.docs.push(doc);
      list.weights.push(vector.weights[k]);
    });
  });
  const fullPostings = (n: number) => {
    const list = { docs: [] as number[], weights: [] as number[] };
    vectors.forEach((vector, doc) => {
      const k = vector.grams.indexOf(n);
      if (k >= 0) {
        list.docs.push(doc);
        list.weights.push(vector.weights[k]);
      }
    });
    return list;
  };

  const partial = new Float64Array(total);
  const packedOf = (text: string) => weigh(gramCounts(ngramText(text).text, settings.sizes));

  const rank = (query: Packed, limit: number, accept: (doc: number) => boolean): ScoredId[] => {
    if (limit <= 0 || query.grams.length === 0) return [];
    let lookup = [...query.grams.keys()].filter((k) => postings[query.grams[k]] !== undefined);
    if (lookup.length === 0) {
      // Only common grams: fall back to the rarest few.
      lookup = [...query.grams.keys()]
        .filter((k) => query.grams[k] < gramOf.length)
        .sort((a, b) => documentFrequency[query.grams[a]] - documentFrequency[query.grams[b]])
        .slice(0, 3);
    }
    const touched: number[] = [];
    for (const k of lookup) {
      const n = query.grams[k];
      const weight = query.weights[k];
      const list = postings[n] ?? fullPostings(n);
      for (let p = 0; p < list.docs.length; p++) {
        const doc = list.docs[p];
        if (partial[doc] === 0) touched.push(doc);
        partial[doc] += weight * list.weights[p];
      }
    }
    const candidates = touched.filter(accept).sort((a, b) => partial[b] - partial[a] || a - b);
    for (const doc of touched) partial[doc] = 0;
    return candidates
      .slice(0, limit * settings.rescore)
      .map((doc) => ({ id: ids[doc], score: dot(query, vectors[doc]) }))
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  };

  const at = (id: string) => {
    const doc = position.get(id);
    if (doc === undefined) throw new Error(`NgramIndex: no text with id ${id}`);
    return doc;
  };
  const weighPhrase = (phrase: string) => {
    let weight = 0;
    for (const [gram] of gramCounts(phrase, settings.sizes)) weight += idf(gram);
    return weight;
  };

  return {
    size: total,
    has: (id) => position.has(id),
    vector: (id) => unpack(vectors[at(id)]),
    vectorOf: (text) => unpack(packedOf(text)),
    idf,
    similar(text, limit, { accept } = {}) {
      return rank(packedOf(text), limit, accept ? (doc) => accept(ids[doc]) : () => true);
    },
    similarTo(id, limit, { accept } = {}) {
      const self = at(id);
      return rank(vectors[self], limit, (doc) => doc !== self && (!accept || accept(ids[doc])));
    },
    cosine: (a, b) => dot(vectors[at(a)], vectors[at(b)]),
    sharedGrams(a, b, limit) {
      const va = gramCounts(ngramText(a).text, settings.sizes);
      const vb = gramCounts(ngramText(b).text, settings.sizes);
      return [...va.keys()]
        .filter((gram) => vb.has(gram))
        .map((gram) => ({ gram, weight: idf(gram) }))
        .sort((x, y) => y.weight - x.weight || y.gram.length - x.gram.length || (x.gram < y.gram ? -1 : 1))
        .slice(0, limit);
    },
    sharedPhrases(a, b, limit, minLength = 2) {
      return sharedPhrases(ngramText(a), ngramText(b), limit, minLength, weighPhrase);
    },
  };
}

/**
 * Maximal common substrings of two normalised texts (dynamic programming, O(|a|·|b|): call it on
 * clauses or measures, not whole documents), weighed, then taken best first without overlap.
 */
export function sharedPhrases(a: NgramText, b: NgramText, limit: number, minLength: number, weigh: (phrase: string) => number): SharedPhrase[] {
  const x = a.text;
  const y = b.text;
  const runs: Array<{ i: number; j: number; length: number }> = [];
  let previous = new Int32Array(y.length + 1);
  let current = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) current[j] = x[i - 1] === y[j - 1] ? previous[j - 1] + 1 : 0;
    // A run is maximal where it cannot be extended by the next characters.
    for (let j = 1; j <= y.length; j++) {
      const length = current[j];
      if (length >= minLength && (i === x.length || j === y.length || x[i] !== y[j])) runs.push({ i: i - length, j: j - length, length });
    }
    [previous, current] = [current, previous];
  }
  const scored = runs
    .map((run) => {
      const phrase = x.slice(run.i, run.i + run.length);
      return { ...run, phrase, weight: weigh(phrase) };
    })
    .sort((p, q) => q.weight - p.weight || q.length - p.length || p.i - q.i || p.j - q.j);
  const usedA = new Uint8Array(x.length);
  const usedB = new Uint8Array(y.length);
  const out: SharedPhrase[] = [];
  for (const run of scored) {
    if (out.length >= limit) break;
    let free = true;
    for (let k = 0; k < run.length && free; k++) if (usedA[run.i + k] || usedB[run.j + k]) free = false;
    if (!free) continue;
    usedA.fill(1, run.i, run.i + run.length);
    usedB.fill(1, run.j, run.j + run.length);
    out.push({
      phrase: run.phrase,
      weight: run.weight,
      a: { start: a.starts[run.i], end: a.ends[run.i + run.length - 1] },
      b: { start: b.starts[run.j], end: b.ends[run.j + run.length - 1] },
    });
  }
  return out;
}
