/**
 * Finds the instruments of a dictionary (content/instruments.json) that a text states. Pure.
 *
 *   const tag = createInstrumentTagger(dictionary);
 *   tag('全面推行在职党员到社区“双报到”。')
 *   → [{ instrument: 'dual-report', name: '在职党员参与社区志愿服务机制', term: '双报到', start: 11, end: 14, … }]
 *
 * A term is found in a sentence after punctuation and spaces are dropped on both sides (“一肩挑” and
 * 一肩挑 are one wording); `…` in a term lets up to GAP_LIMIT characters of the same sentence stand
 * between its words (书记…担任…主任). An entry with a `scope` is stated only in a sentence that names
 * no level or one of its levels (src/lib/instruments/levels.ts); a sentence that names no level is
 * about the levels its headings name, when they name any (`context`: 城镇基层治理实施路径 makes a
 * village entry out of scope there). Offsets are into the given text.
 * A hit by one of the entry's `topicTerms` says so (`topic`): it needs corroboration to count as adoption.
 */
import { GAP, type Instrument, type Level } from '../../schemas/instruments.ts';
import { normalise } from '../adoption/shingles.ts';
import { splitSentences } from '../text/clauses.ts';
import { inScope, levelsIn } from './levels.ts';

export interface InstrumentHit {
  /** The dictionary entry's id. */
  instrument: string;
  name: string;
  /** The framework article the entry belongs to. */
  article: string;
  /** The dictionary term that matched, as the dictionary writes it. */
  term: string;
  /** Whether the term is one of the entry's `topicTerms`: it names the topic, not the instrument. */
  topic: boolean;
  /** [start, end) in the given text. */
  start: number;
  end: number;
}

/** Most characters a `…` in a term may stand for. */
export const GAP_LIMIT = 16;

interface CompiledTerm {
  term: string;
  topic: boolean;
  parts: string[];
}

/** Every [start, end) where the parts occur in order, each gap at most GAP_LIMIT. */
function occurrences(text: string, parts: string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = text.indexOf(parts[0]); at >= 0; at = text.indexOf(parts[0], at + 1)) {
    let end = at + parts[0].length;
    let ok = true;
    for (const part of parts.slice(1)) {
      const next = text.indexOf(part, end);
      if (next < 0 || next - end > GAP_LIMIT) {
        ok = false;
        break;
      }
      end = next + part.length;
    }
    if (ok) out.push([at, end]);
  }
  return out;
}

export function createInstrumentTagger(dictionary: Instrument[]): (text: string, context?: ReadonlySet<Level>) => InstrumentHit[] {
  const compiled = dictionary.map((entry) => ({
    entry,
    terms: [...entry.terms.map((term) => ({ term, topic: false })), ...(entry.topicTerms ?? []).map((term) => ({ term, topic: true }))]
      .map(({ term, topic }): CompiledTerm => ({
        term,
        topic,
        parts: term
          .split(GAP)
          .map((p) => normalise(p).text)
          .filter((p) => p.length > 0),
      }))
      .filter((t) => t.parts.length > 0),
  }));

  return function tag(text: string, context: ReadonlySet<Level> = new Set()): InstrumentHit[] {
    const hits: InstrumentHit[] = [];
    for (const { text: words, start: s0 } of splitSentences(text)) {
      const sentence = normalise(words);
      if (!sentence.text) continue;
      let named: ReturnType<typeof levelsIn> | undefined;
      for (const { entry, terms } of compiled) {
        const found: Array<{ term: string; topic: boolean; a: number; b: number }> = [];
        for (const { term, topic, parts } of terms) for (const [a, b] of occurrences(sentence.text, parts)) found.push({ term, topic, a, b });
        if (found.length === 0) continue;
        named ??= levelsIn(sentence.text);
        if (named.size === 0) named = new Set(context);
        if (!inScope(named, entry.scope)) continue;
        // One hit per stretch of text: the longest wording wins where two terms overlap.
        found.sort((x, y) => y.b - y.a - (x.b - x.a) || x.a - y.a);
        const taken: Array<[number, number]> = [];
        for (const f of found) {
          if (taken.some(([a, b]) => f.a < b && a < f.b)) continue;
          taken.push([f.a, f.b]);
          hits.push({
            instrument: entry.id,
            name: entry.name,
            article: entry.article,
            term: f.term,
            topic: f.topic,
            start: s0 + sentence.map[f.a],
            end: s0 + sentence.map[f.b - 1] + 1,
          });
        }
      }
    }
    return hits.sort((x, y) => x.start - y.start || x.end - y.end || x.instrument.localeCompare(y.instrument));
  };
}
