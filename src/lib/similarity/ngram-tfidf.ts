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
import { normaliseWithMap } from '../search/normalise.ts';

export interface NgramOptions {
  /** Gram lengths in characters. Default [2, 3]. */
  sizes?: number[];
  /** A gram in more than this share of the texts is not used to find candidates. Default 0.05. */
  commonShare?: number;
  /** …unless it is in no more than this many texts (small corpora). Default 20. */
  commonFloor?: number;
  /** Candidates scored exactly per result asked for. Default 8. */
  rescore?: number;
}

const defaults: Required<NgramOptions> = { sizes: [2, 3], commonShare: 0.05, commonFloor: 20, rescore: 8 };

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

export function ngramText(original: string): NgramText {
  const mapped = normaliseWithMap(original);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < mapped.text.length; i++) {
    const char = mapped.text[i];
    if (dropped.test(char)) continue;
    text += char;
    starts.push(mapped.starts[i]);
    ends.push(mapped.ends[i]);
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

function dot(a: NgramVector, b: NgramVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [gram, weight] of small) {
    const other = large.get(gram);
    if (other !== undefined) sum += weight * other;
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
  const counts = docs.map((doc) => gramCounts(ngramText(doc.text).text, settings.sizes));
  const documentFrequency = new Map<string, number>();
  for (const doc of counts) for (const gram of doc.keys()) documentFrequency.set(gram, (documentFrequency.get(gram) ?? 0) + 1);
  const total = docs.length;
  const idf = (gram: string) => Math.log(1 + total / (documentFrequency.get(gram) ?? 1));

  const weigh = (gramCount: Map<string, number>): NgramVector => {
    const vector: NgramVector = new Map();
    let norm = 0;
    for (const [gram, count] of gramCount) {
      const weight = (1 + Math.log(count)) * idf(gram);
      vector.set(gram, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [gram, weight] of vector) vector.set(gram, weight / norm);
    return vector;
  };
  const vectors = counts.map(weigh);

  // Inverted index over the grams that are rare enough to find candidates with.
  const commonAbove = Math.max(settings.commonFloor, Math.floor(settings.commonShare * total));
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, doc) => {
    for (const gram of vector.keys()) {
      if ((documentFrequency.get(gram) ?? 0) > commonAbove) continue;
      let list = postings.get(gram);
      if (!list) postings.set(gram, (list = []));
      list.push(doc);
    }
  });

  const partial = new Float64Array(total);
  const vectorOf = (text: string) => weigh(gramCounts(ngramText(text).text, settings.sizes));

  const rank = (query: NgramVector, limit: number, accept: (doc: number) => boolean): ScoredId[] => {
    if (limit <= 0 || query.size === 0) return [];
    let lookup = [...query.keys()].filter((gram) => postings.has(gram));
    if (lookup.length === 0) {
      // Only common grams: fall back to the rarest few, read from the vectors.
      lookup = [...query.keys()]
        .filter((gram) => documentFrequency.has(gram))
        .sort((a, b) => documentFrequency.get(a)! - documentFrequency.get(b)!)
        .slice(0, 3);
    }
    const touched: number[] = [];
    for (const gram of lookup) {
      const weight = query.get(gram)!;
      const list =
        postings.get(gram) ?? vectors.flatMap((vector, doc) => (vector.has(gram) ? [doc] : []));
      for (const doc of list) {
        if (partial[doc] === 0) touched.push(doc);
        partial[doc] += weight * vectors[doc].get(gram)!;
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

  return {
    size: total,
    has: (id) => position.has(id),
    vector: (id) => vectors[at(id)],
    vectorOf,
    idf,
    similar(text, limit, { accept } = {}) {
      return rank(vectorOf(text), limit, accept ? (doc) => accept(ids[doc]) : () => true);
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
      return sharedPhrases(ngramText(a), ngramText(b), limit, minLength, (phrase) => {
        let weight = 0;
        for (const [gram] of gramCounts(phrase, settings.sizes)) weight += idf(gram);
        return weight;
      });
    },
  };
}

/**
 * Maximal common substrings of two normalised texts (dynamic programming, O(|a|·|b|): call it on
 * clauses or measures, not whole documents), weighed, then taken best first without overlap.
 */
export function sharedPhrases(
  a: NgramText,
  b: NgramText,
  limit: number,
  minLength: number,
  weigh: (phrase: string) => number,
): SharedPhrase[] {
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
