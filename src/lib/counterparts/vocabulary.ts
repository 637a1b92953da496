/**
 * What counterparts count as a shared instrument: the framework's dictionary
 * (content/instruments.json) and the local vocabulary (content/local-instruments.json) of
 * instruments local plans share but the framework does not name, found in a text by one tagger
 * (src/lib/instruments/tag.ts) so both are read the same way (punctuation ignored, `…` gaps,
 * scope per sentence). Pure.
 */
import type { Instrument } from '../../schemas/instruments.ts';
import type { LocalInstrument } from '../../schemas/local-instruments.ts';
import { createInstrumentTagger } from '../instruments/tag.ts';
import type { InstrumentMention, InstrumentTagger } from './find.ts';

/** Undefined when both lists are empty: counterparts are then found by wording alone. */
export function createCounterpartTagger(framework: Instrument[], local: LocalInstrument[]): InstrumentTagger | undefined {
  const taken = new Set(framework.map((entry) => entry.id));
  const clash = local.find((entry) => taken.has(entry.id));
  if (clash) throw new Error(`local-instruments.json: "${clash.id}" is also an id of instruments.json; rename the local entry`);
  if (framework.length === 0 && local.length === 0) return undefined;
  const tagFramework = createInstrumentTagger(framework);
  // A local instrument belongs to no framework article: the tagger's article field stays empty and is not read here.
  const tagLocal = createInstrumentTagger(local.map((entry) => ({ ...entry, article: '', articleQuote: '' })));
  return (text: string): InstrumentMention[] =>
    [...tagFramework(text), ...tagLocal(text)]
      .map(({ instrument, name, start, end }) => ({ instrument, name, start, end }))
      .sort((x, y) => x.start - y.start || x.end - y.end || (x.instrument < y.instrument ? -1 : x.instrument > y.instrument ? 1 : 0));
}
