/**
 * The adoption decision. Pure. A local measure adopts a framework article when
 * - it states one of the article's instruments, requirements or targets (the instrument dictionary,
 *   through the tagger, scope checked), whatever its wording; or
 * - it reuses the article's wording: shared passages whose informative characters reach the
 *   threshold (match.ts), or a clause that restates one of the article's clauses (clause-align.ts).
 * Scope applies to reused wording too: a passage that words one of the article's instruments in a
 * sentence about a level the instrument is not for (the village 一肩挑 in a sentence about
 * communities) is not evidence for that article.
 * Nothing in a sentence that diagnoses a lack (diagnosis.ts) counts: naming an instrument to say it
 * is missing is not adopting it.
 * An instrument named in passing is not adoption: when the article's wording is not reused, an
 * instrument counts only where the rest of its sentence agrees with the article (character n-gram
 * TF-IDF cosine of the sentence without the term against the article ≥ `context`, or no article
 * closer). A measure on
 * housing estates that lists 老旧小区 among its sites, or closes with 邻里互助, is not about the
 * article that names them; one that states the instrument does so in the article's terms.
 * Every decision says why: the instruments, each with where the measure states it and where the
 * article does, and the verbatim passages where there are some.
 */
import type { Instrument } from '../../schemas/instruments.ts';
import { createInstrumentTagger } from '../instruments/tag.ts';
import { createNgramIndex, type NgramVector } from '../similarity/ngram-tfidf.ts';
import { splitSentences } from '../text/clauses.ts';
import { isDiagnosis } from './diagnosis.ts';
import type { AlignedClause } from './clause-align.ts';
import type { AdoptionMatch, Unit } from './match.ts';
import { normalise } from './shingles.ts';

export interface InstrumentEvidence {
  /** The dictionary entry's id. */
  instrument: string;
  /** As the article words it. */
  name: string;
  kind: Instrument['kind'];
  /** The dictionary term found. */
  term: string;
  /** Where the measure states it: [start, end) in the measure's text, and those words. */
  local: [number, number];
  localText: string;
  /** Where the article states it (the entry's quote): [start, end) in the article's text. */
  article: [number, number];
  articleText: string;
}

export interface AdoptionDecision extends AdoptionMatch {
  /** Clauses of the measure that restate clauses of the article (TF-IDF cosine). */
  clauses: AlignedClause[];
  instruments: InstrumentEvidence[];
}

/** [start, end) of `quote` in `text`, compared without punctuation and spaces; null when absent. */
export function locate(text: string, quote: string): [number, number] | null {
  const t = normalise(text);
  const q = normalise(quote).text;
  const at = q ? t.text.indexOf(q) : -1;
  return at < 0 ? null : [t.map[at], t.map[at + q.length - 1] + 1];
}

export type WordingMatcher = (measure: Unit, instrumentSpans: (articleId: string) => Array<[number, number]>) => AdoptionMatch[];

/** Least agreement of an instrument's sentence (the term left out) with its article; set on the development set. */
export const defaultContextAgreement = 0.03;

function dot(a: NgramVector, b: NgramVector): number {
  let sum = 0;
  for (const [gram, weight] of a) sum += weight * (b.get(gram) ?? 0);
  return sum;
}

/** `align`: clause alignment (clause-align.ts); without it, reuse is judged by shared passages alone. */
export function createAdoptionDecider(
  articles: Unit[],
  dictionary: Instrument[],
  wording: WordingMatcher,
  align?: (text: string) => Map<string, AlignedClause[]>,
  context = defaultContextAgreement,
) {
  const articleText = new Map(articles.map((a) => [a.id, a.text]));
  // Entries of articles this framework has; a dictionary for another framework states nothing here.
  const entries = dictionary.filter((e) => articleText.has(e.article));
  const tag = createInstrumentTagger(entries);
  // The same terms with no scope: what they find that `tag` does not is out of scope.
  const scoped = entries.filter((e) => e.scope);
  const tagAnyScope = createInstrumentTagger(scoped.map(({ scope: _s, ...e }) => e));
  const entryOf = new Map(entries.map((e) => [e.id, e]));
  const quoted = new Map(entries.map((e) => [e.id, locate(articleText.get(e.article)!, e.articleQuote)]));
  // Weights from the framework's articles alone, as clause alignment's: the same for every local text.
  const articleIndex = createNgramIndex(articles.map((a) => ({ id: a.id, text: a.text })));

  /** Every article the measure adopts or shares wording with, best first (instruments, then score). */
  return function decide(measure: Unit): AdoptionDecision[] {
    // Sentences that diagnose a lack: nothing in them is adoption.
    const diagnoses = splitSentences(measure.text).filter((sentence) => isDiagnosis(sentence.text));
    const diagnosed = ([start, end]: [number, number]) => diagnoses.some((d) => d.start <= start && end <= d.end);
    const sentences = splitSentences(measure.text);
    /** Whether the sentence stating a term, without the term, agrees with the article. */
    const agreement = (articleId: string, start: number, end: number) => {
      const sentence = sentences.find((s) => s.start <= start && end <= s.end) ?? { start, end };
      const rest = measure.text.slice(sentence.start, start) + '，' + measure.text.slice(end, sentence.end);
      const score = dot(articleIndex.vectorOf(rest), articleIndex.vector(articleId));
      // Or the sentence is about this article more than any other (a short sentence agrees little with
      // all), or says nothing besides the instrument (深化“双报到”).
      const closest = articleIndex.similar(rest, 1)[0];
      return score >= context || !closest || closest.id === articleId;
    };
    const byArticle = new Map<string, InstrumentEvidence[]>();
    const agreeing = new Set<string>();
    for (const hit of tag(measure.text)) {
      if (diagnosed([hit.start, hit.end])) continue;
      if (agreement(hit.article, hit.start, hit.end)) agreeing.add(hit.article);
      const entry = entryOf.get(hit.instrument)!;
      const where = quoted.get(entry.id) ?? [0, 0];
      const list = byArticle.get(hit.article) ?? [];
      // One piece of evidence per instrument: its first statement in the measure.
      if (list.some((e) => e.instrument === hit.instrument)) continue;
      list.push({
        instrument: entry.id,
        name: entry.name,
        kind: entry.kind,
        term: hit.term,
        local: [hit.start, hit.end],
        localText: measure.text.slice(hit.start, hit.end),
        article: where,
        articleText: articleText.get(entry.article)!.slice(...where),
      });
      byArticle.set(hit.article, list);
    }
    const inScope = new Set([...byArticle.values()].flat().map((e) => `${e.instrument}@${e.local[0]}`));
    const outOfScope = scoped.length ? tagAnyScope(measure.text).filter((h) => !inScope.has(`${h.instrument}@${h.start}`)) : [];
    const outside = (articleId: string, [start, end]: [number, number]) => outOfScope.some((h) => h.article === articleId && h.start < end && start < h.end);
    const spans = (articleId: string) => (byArticle.get(articleId) ?? []).map((e) => e.local);
    const wordingOf = new Map(wording(measure, spans).map((m) => [m.articleId, m]));
    const clausesOf = align ? align(measure.text) : new Map<string, AlignedClause[]>();
    const out: AdoptionDecision[] = [];
    for (const articleId of new Set([...byArticle.keys(), ...wordingOf.keys(), ...clausesOf.keys()])) {
      const found = wordingOf.get(articleId);
      const passages = (found?.passages ?? []).filter((p) => !outside(articleId, p.local) && !diagnosed(p.local));
      const clauses = (clausesOf.get(articleId) ?? []).filter((c) => !outside(articleId, c.local) && !diagnosed(c.local));
      const reusedWording = passages.length > 0 || clauses.length > 0;
      // Named in passing (see above): kept as evidence only beside reused wording.
      const instruments = reusedWording || agreeing.has(articleId) ? (byArticle.get(articleId) ?? []) : [];
      // A passage about another level takes its score with it.
      const score = found && passages.length === found.passages.length ? found.score : 0;
      const reused = (found?.adopts ?? false) && score > 0;
      if (instruments.length + passages.length + clauses.length === 0) continue;
      out.push({ measureId: measure.id, articleId, score, adopts: instruments.length > 0 || reused || clauses.length > 0, passages, clauses, instruments });
    }
    return out.sort((a, b) => b.instruments.length - a.instruments.length || b.score - a.score || a.articleId.localeCompare(b.articleId));
  };
}
