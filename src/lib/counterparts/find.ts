/**
 * Counterparts: for each measure, the closest measures in each other document. Pure.
 *
 * 1. Index once: every measure's whole text, and every clause (src/lib/text/clauses.ts), in two
 *    character n-gram TF-IDF indexes (src/lib/similarity/ngram-tfidf.ts).
 * 2. Candidates, bounded: the `candidates` nearest measures of other documents, for each clause
 *    its `clauseCandidates` nearest clauses of other documents, and the measures that name one of
 *    its instruments (unless more than `instrumentCandidates` do). A measure's cost is the postings
 *    of its rare grams and instruments, never the corpus size.
 * 3. The best `shortlist` candidates are aligned clause by clause; score = measureWeight × whole-text
 *    cosine + (1 − measureWeight) × best clause pair's cosine, plus `instrumentBonus` when both
 *    measures name the same instrument of the curated dictionary and `moreInstrumentsBonus` for
 *    each further instrument they share, plus `articleBonus` when both adopt one framework article
 *    (the adoption analysis's finding: two plans implementing the same provincial article are likely
 *    to state the same thing); capped at 1. Tuned on the labelled development sets.
 * 4. Kept: a document's best candidate when its score ≥ `bestThreshold` (or `threshold`, if lower), the next ones when ≥
 *    `threshold`, at most `perDocument` per other document, best first: whether a document has a
 *    counterpart at all is decided by its best candidate, so it can be looser than a second listing.
 *
 * Each counterpart says what links it: the shared instrument (id and name), or else the most
 * distinctive phrase the two aligned clauses share; and the two passages.
 */
import { splitClauses, type Clause } from '../text/clauses.ts';
import { createNgramIndex, type NgramIndex } from '../similarity/ngram-tfidf.ts';
import type { Counterpart, CounterpartOptions, Passage, Shared } from '../../schemas/counterparts.ts';
import type { InstrumentHit } from '../instruments/tag.ts';

/** A counterpart as the finder gives it: what the pages say both adopt (`adoptBoth`) the analysis adds from the reviewed adoption. */
export type FoundCounterpart = Omit<Counterpart, 'adoptBoth'>;

export const defaultCounterpartOptions: CounterpartOptions = {
  perDocument: 8,
  threshold: 0.5,
  bestThreshold: 0.45,
  measureWeight: 0.7,
  instrumentBonus: 0.2,
  moreInstrumentsBonus: 0.2,
  articleBonus: 0.2,
  candidates: 30,
  clauseCandidates: 8,
  instrumentCandidates: 500,
  shortlist: 30,
  longClause: 40,
  minPhrase: 3,
};

export interface CounterpartMeasure {
  id: string;
  source: string;
  text: string;
}

/** Where a dictionary instrument is named in a text: what of src/lib/instruments/tag.ts's hits is used here. */
export type InstrumentMention = Pick<InstrumentHit, 'instrument' | 'name' | 'start' | 'end'>;

export type InstrumentTagger = (text: string) => InstrumentMention[];

/** What the finder may know besides the texts; each part optional, so a corpus without a dictionary or a framework still gets counterparts by wording. */
export interface CounterpartContext {
  /** Names the dictionary instruments in a text. */
  tag?: InstrumentTagger;
  /** The framework articles a measure adopts (the adoption analysis's matches), by id. */
  adopted?: (measureId: string) => readonly string[];
  /** Orders the other documents in a measure's list (site order). */
  sourceOrder?: (a: string, b: string) => number;
}

interface Aligned {
  score: number;
  clause: Clause;
  other: Clause;
}

const clauseId = (measure: string, index: number) => `${measure}\u0000${index}`;

export interface CounterpartFinder {
  options: CounterpartOptions;
  /** The counterparts of one measure, other documents in `sourceOrder`, best first within each. */
  of(measureId: string): FoundCounterpart[];
  /** The score of any pair (for evaluation and tests): the same formula, without the cut. */
  score(a: string, b: string): number;
  /** What the score of a pair is made of: whole-measure cosine, best clause pair's cosine, shared instruments, framework articles both adopt. */
  features(a: string, b: string): { measure: number; clause: number; instruments: string[]; articles: string[] };
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function createCounterpartFinder(measures: CounterpartMeasure[], settings: Partial<CounterpartOptions> = {}, context: CounterpartContext = {}): CounterpartFinder {
  const { tag, adopted = () => [], sourceOrder = byCodePoint } = context;
  const options = { ...defaultCounterpartOptions, ...settings };
  const byId = new Map(measures.map((m) => [m.id, m]));
  const clauses = new Map(measures.map((m) => [m.id, splitClauses(m.text, { longClause: options.longClause })]));
  const clauseOwner = new Map<string, { measure: string; clause: Clause }>();
  const clauseDocs: Array<{ id: string; text: string }> = [];
  for (const m of measures) {
    clauses.get(m.id)!.forEach((clause, index) => {
      const id = clauseId(m.id, index);
      clauseOwner.set(id, { measure: m.id, clause });
      clauseDocs.push({ id, text: clause.text });
    });
  }
  const measureIndex: NgramIndex = createNgramIndex(measures);
  const clauseIndex: NgramIndex = createNgramIndex(clauseDocs);
  // Every measure tagged once; instrument → the measures naming it, for candidates by instrument.
  const mentions = new Map(measures.map((m) => [m.id, tag ? tag(m.text) : []]));
  const mentionsOf = (id: string) => mentions.get(id)!;
  const naming = new Map<string, string[]>();
  for (const [id, hits] of mentions) {
    for (const instrument of new Set(hits.map((hit) => hit.instrument))) {
      const list = naming.get(instrument) ?? [];
      naming.set(instrument, [...list, id]);
    }
  }

  // Article → the measures adopting it, for candidates by article.
  const adopting = new Map<string, string[]>();
  for (const m of measures) for (const article of new Set(adopted(m.id))) adopting.set(article, [...(adopting.get(article) ?? []), m.id]);

  /** The best clause pair of two measures, by cosine. */
  const align = (a: string, b: string): Aligned | undefined => {
    let best: Aligned | undefined;
    clauses.get(a)!.forEach((clause, i) => {
      clauses.get(b)!.forEach((other, j) => {
        const score = clauseIndex.cosine(clauseId(a, i), clauseId(b, j));
        if (!best || score > best.score) best = { score, clause, other };
      });
    });
    return best;
  };

  const sharedInstruments = (a: string, b: string) => {
    const theirs = new Map(mentionsOf(b).map((hit) => [hit.instrument, hit]));
    return mentionsOf(a).flatMap((hit) => (theirs.has(hit.instrument) ? [{ mine: hit, theirs: theirs.get(hit.instrument)! }] : []));
  };

  const sharedCount = (a: string, b: string) => new Set(sharedInstruments(a, b).map(({ mine }) => mine.instrument)).size;
  /** The framework articles both measures adopt, in the first measure's order. */
  const sharedArticles = (a: string, b: string) => {
    const theirs = new Set(adopted(b));
    return [...new Set(adopted(a))].filter((article) => theirs.has(article));
  };
  const combine = (measureCosine: number, clauseCosine: number, instruments: number, articles: number) =>
    Math.min(
      1,
      options.measureWeight * measureCosine +
        (1 - options.measureWeight) * clauseCosine +
        (instruments > 0 ? options.instrumentBonus + options.moreInstrumentsBonus * (instruments - 1) : 0) +
        (articles > 0 ? options.articleBonus : 0),
    );
  const scoreOf = (a: string, b: string, aligned: Aligned | undefined) => combine(measureIndex.cosine(a, b), aligned?.score ?? 0, sharedCount(a, b), sharedArticles(a, b).length);

  /** The passage of a measure's clauses that holds [start, end). */
  const clauseAt = (measure: string, start: number): Clause => clauses.get(measure)!.find((clause) => clause.end > start) ?? clauses.get(measure)!.at(-1)!;
  const passage = (clause: Clause): Passage => ({ text: clause.text, start: clause.start, end: clause.end });

  const describe = (a: string, b: string, aligned: Aligned): { shared: Shared; passage: Passage; counterpartPassage: Passage } => {
    const instruments = sharedInstruments(a, b);
    if (instruments.length > 0) {
      // Prefer the instrument named inside the aligned clauses; else the first one the measure names.
      const inAligned = instruments.find(
        ({ mine, theirs }) => mine.start >= aligned.clause.start && mine.start < aligned.clause.end && theirs.start >= aligned.other.start && theirs.start < aligned.other.end,
      );
      const { mine, theirs } = inAligned ?? instruments[0];
      return {
        shared: { kind: 'instrument', instrument: mine.instrument, name: mine.name },
        passage: passage(clauseAt(a, mine.start)),
        counterpartPassage: passage(clauseAt(b, theirs.start)),
      };
    }
    const [phrase] = measureIndex.sharedPhrases(aligned.clause.text, aligned.other.text, 1, options.minPhrase);
    const fallback = phrase ? undefined : measureIndex.sharedPhrases(byId.get(a)!.text, byId.get(b)!.text, 1, options.minPhrase)[0];
    return {
      shared: { kind: 'phrase', phrase: phrase?.phrase ?? fallback?.phrase ?? '' },
      passage: passage(phrase || !fallback ? aligned.clause : clauseAt(a, fallback.a.start)),
      counterpartPassage: passage(phrase || !fallback ? aligned.other : clauseAt(b, fallback.b.start)),
    };
  };

  const score = (a: string, b: string) => scoreOf(a, b, align(a, b));

  // The best candidate's floor never exceeds the others'.
  const bestFrom = Math.min(options.threshold, options.bestThreshold);
  const of = (measureId: string): FoundCounterpart[] => {
    const self = byId.get(measureId);
    if (!self) throw new Error(`counterparts: no measure ${measureId}`);
    const other = (id: string) => byId.get(id)!.source !== self.source;
    // Candidates: whole-measure neighbours, and the owners of each clause's neighbours.
    const prelim = new Map<string, number>();
    for (const hit of measureIndex.similarTo(measureId, options.candidates, { accept: other })) prelim.set(hit.id, options.measureWeight * hit.score);
    const isOtherClause = (id: string) => other(clauseOwner.get(id)!.measure);
    clauses.get(measureId)!.forEach((_, index) => {
      for (const hit of clauseIndex.similarTo(clauseId(measureId, index), options.clauseCandidates, { accept: isOtherClause })) {
        const owner = clauseOwner.get(hit.id)!.measure;
        prelim.set(owner, (prelim.get(owner) ?? 0) + (1 - options.measureWeight) * hit.score);
      }
    });
    // And the measures naming one of its instruments (an instrument named by very many is no help).
    for (const instrument of new Set(mentionsOf(measureId).map((hit) => hit.instrument))) {
      const others = naming.get(instrument)!.filter(other);
      if (others.length > options.instrumentCandidates) continue;
      for (const id of others) prelim.set(id, (prelim.get(id) ?? 0) + options.instrumentBonus);
    }
    // And the measures adopting one of the framework articles it adopts (an article very many adopt is no help).
    const byArticle = new Set<string>();
    for (const article of new Set(adopted(measureId))) {
      const others = (adopting.get(article) ?? []).filter(other);
      if (others.length <= options.instrumentCandidates) for (const id of others) byArticle.add(id);
    }
    for (const id of byArticle) prelim.set(id, (prelim.get(id) ?? 0) + options.articleBonus);
    const shortlist = [...prelim]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, options.shortlist)
      .map(([id]) => id);
    const scored = shortlist
      .map((id) => {
        const aligned = align(measureId, id)!;
        return { id, aligned, value: scoreOf(measureId, id, aligned) };
      })
      .filter((candidate) => candidate.value >= bestFrom)
      .sort((x, y) => y.value - x.value || (x.id < y.id ? -1 : 1));
    const perSource = new Map<string, typeof scored>();
    for (const candidate of scored) {
      const source = byId.get(candidate.id)!.source;
      const kept = perSource.get(source) ?? [];
      // A document's best candidate answers "has it a counterpart?" from bestThreshold; any further one must reach threshold.
      const enough = kept.length === 0 ? candidate.value >= bestFrom : candidate.value >= options.threshold;
      if (enough && kept.length < options.perDocument) perSource.set(source, [...kept, candidate]);
    }
    return [...perSource.keys()].sort(sourceOrder).flatMap((source) =>
      perSource.get(source)!.map(({ id, aligned, value }, index) => ({
        source,
        measure: id,
        score: Math.round(value * 1000) / 1000,
        rank: index + 1,
        ...describe(measureId, id, aligned),
        articles: sharedArticles(measureId, id),
      })),
    );
  };

  const features = (a: string, b: string) => ({
    measure: measureIndex.cosine(a, b),
    clause: align(a, b)?.score ?? 0,
    instruments: [...new Set(sharedInstruments(a, b).map(({ mine }) => mine.instrument))],
    articles: sharedArticles(a, b),
  });

  return { options, of, score, features };
}
