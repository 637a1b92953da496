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
 * A topic term is not adoption by itself. Dictionary entries list, besides the wordings that name an
 * instrument (`terms`: 双报到, 一肩挑, 红白理事会), the wordings that name only its topic (`topicTerms`:
 * a population, a place, a document, a value, a status — 流动人口, 老旧小区, 居民公约, 示范小区).
 * An instrument term states the instrument wherever it is; a topic term counts only when
 * corroborated: beside an instrument term of the same article, or beside the article's wording
 * reused beyond the topic words. And topic words are never reused wording: shared passages and
 * clause alignment are computed on the measure with them blanked, so a clause that restates the
 * article only by 践行社会主义核心价值观 or a passage that is only 乡镇行政区划调整 is no evidence.
 * Every decision says why: the instruments, each with where the measure states it and where the
 * article does, and the verbatim passages where there are some.
 */
import type { Instrument } from '../../schemas/instruments.ts';
import { createInstrumentTagger } from '../instruments/tag.ts';
import { splitSentences } from '../text/clauses.ts';
import { namedAsContext } from './context.ts';
import { isDiagnosis, isDiagnosisHeading } from './diagnosis.ts';
import { levelsBefore, levelsIn, sameLevels } from '../instruments/levels.ts';
import type { AlignedClause } from './clause-align.ts';
import type { AdoptionMatch, SharedPassage, Unit } from './match.ts';
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

/** `align`: clause alignment (clause-align.ts); without it, reuse is judged by shared passages alone. */
export function createAdoptionDecider(articles: Unit[], dictionary: Instrument[], wording: WordingMatcher, align?: (text: string) => Map<string, AlignedClause[]>) {
  const articleText = new Map(articles.map((a) => [a.id, a.text]));
  // Entries of articles this framework has; a dictionary for another framework states nothing here.
  const entries = dictionary.filter((e) => articleText.has(e.article));
  const tag = createInstrumentTagger(entries);
  // The same terms with no scope: what they find that `tag` does not is out of scope.
  const scoped = entries.filter((e) => e.scope);
  const tagAnyScope = createInstrumentTagger(scoped.map(({ scope: _s, ...e }) => e));
  const entryOf = new Map(entries.map((e) => [e.id, e]));
  const quoted = new Map(entries.map((e) => [e.id, locate(articleText.get(e.article)!, e.articleQuote)]));

  /** Every article the measure adopts or shares wording with, best first (instruments, then score). */
  return function decide(measure: Unit): AdoptionDecision[] {
    const headings = measure.headings ?? [];
    // Under a heading that diagnoses (存在问题, 面临形势) the whole measure does; elsewhere the
    // sentences that diagnose a lack. Nothing in them is adoption.
    const diagnosedHere = headings.some(isDiagnosisHeading);
    const diagnoses = splitSentences(measure.text).filter((sentence) => isDiagnosis(sentence.text));
    const diagnosed = ([start, end]: [number, number]) => diagnosedHere || diagnoses.some((d) => d.start <= start && end <= d.end);
    // The levels the headings name: what a sentence naming none is about.
    const context = levelsIn(headings.join('。'));
    const byArticle = new Map<string, InstrumentEvidence[]>();
    // Evidence given by a topic term (the entry's `topicTerms`): counted only when corroborated.
    const byTopic = new Set<InstrumentEvidence>();
    // Every place a topic term is named: wording there is the topic again, not reuse.
    const topicSpans: Array<[number, number]> = [];
    for (const hit of tag(measure.text, context)) {
      if (diagnosed([hit.start, hit.end])) continue;
      // Named as the occasion or in a slogan (context.ts): the measure does not state it.
      if (namedAsContext(measure.text, hit.end)) continue;
      if (hit.topic) topicSpans.push([hit.start, hit.end]);
      const entry = entryOf.get(hit.instrument)!;
      const where = quoted.get(entry.id) ?? [0, 0];
      const list = byArticle.get(hit.article) ?? [];
      const evidence: InstrumentEvidence = {
        instrument: entry.id,
        name: entry.name,
        kind: entry.kind,
        term: hit.term,
        local: [hit.start, hit.end],
        localText: measure.text.slice(hit.start, hit.end),
        article: where,
        articleText: articleText.get(entry.article)!.slice(...where),
      };
      // One piece of evidence per instrument: its first statement in the measure, by an instrument term if there is one.
      const known = list.findIndex((e) => e.instrument === hit.instrument);
      if (known >= 0 && !(byTopic.has(list[known]) && !hit.topic)) continue;
      if (known >= 0) list.splice(known, 1, evidence);
      else list.push(evidence);
      if (hit.topic) byTopic.add(evidence);
      byArticle.set(hit.article, list);
    }
    const inScope = new Set([...byArticle.values()].flat().map((e) => `${e.instrument}@${e.local[0]}`));
    const outOfScope = scoped.length ? tagAnyScope(measure.text, context).filter((h) => !inScope.has(`${h.instrument}@${h.start}`)) : [];
    const outside = (articleId: string, [start, end]: [number, number]) => outOfScope.some((h) => h.article === articleId && h.start < end && start < h.end);
    // A topic term is common wording: its span does not keep a generic passage (match.ts).
    const spans = (articleId: string) => (byArticle.get(articleId) ?? []).filter((e) => !byTopic.has(e)).map((e) => e.local);
    // Clauses are compared without their topic words: a clause that restates an article only by them
    // (践行社会主义核心价值观, 弘扬优秀传统文化) repeats a slogan, it does not reuse the article.
    const topicFree = topicSpans.reduce((text, [start, end]) => text.slice(0, start) + ' '.repeat(end - start) + text.slice(end), measure.text);
    // Shared passages likewise: the topic words' characters are not reused wording.
    const wordingOf = new Map(
      wording({ id: measure.id, text: topicFree }, spans).map((m) => [
        m.articleId,
        { ...m, passages: m.passages.map((p) => ({ ...p, localText: measure.text.slice(...p.local) })) },
      ]),
    );
    const clausesOf = align ? align(topicFree) : new Map<string, AlignedClause[]>();
    for (const list of clausesOf.values()) for (const c of list) c.localText = measure.text.slice(...c.local);
    const out: AdoptionDecision[] = [];
    for (const articleId of new Set([...byArticle.keys(), ...wordingOf.keys(), ...clausesOf.keys()])) {
      const found = wordingOf.get(articleId);
      const text = articleText.get(articleId)!;
      // A phrase said of another level on each side (村党组织书记通过法定程序担任 against the
      // article's 社区党组织书记…) is the same words about different units: not reuse.
      const sameUnits = (p: SharedPassage) => sameLevels(levelsBefore(measure.text, p.local[0]), levelsBefore(text, p.article[0]));
      const passages = (found?.passages ?? []).filter((p) => !outside(articleId, p.local) && !diagnosed(p.local) && sameUnits(p));
      const clauses = (clausesOf.get(articleId) ?? []).filter((c) => !outside(articleId, c.local) && !diagnosed(c.local));
      const stated = byArticle.get(articleId) ?? [];
      const named = stated.filter((e) => !byTopic.has(e));
      // A passage about another level takes its score with it.
      const score = found && passages.length === found.passages.length ? found.score : 0;
      const reused = (found?.adopts ?? false) && score > 0;
      // A topic term counts beside an instrument term of the article, or beside its reused wording:
      // a restated clause, or shared passages that are reuse by themselves (a stray passage of
      // common words beside a topic word is not).
      const corroborated = named.length > 0 || clauses.length > 0 || reused;
      const instruments = corroborated ? stated : [];
      if (instruments.length + passages.length + clauses.length === 0) continue;
      out.push({ measureId: measure.id, articleId, score, adopts: instruments.length > 0 || reused || clauses.length > 0, passages, clauses, instruments });
    }
    return out.sort((a, b) => b.instruments.length - a.instruments.length || b.score - a.score || a.articleId.localeCompare(b.articleId));
  };
}
