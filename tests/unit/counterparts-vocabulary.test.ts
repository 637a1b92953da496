/**
 * The local vocabulary of instruments (content/local-instruments.json, src/schemas/local-instruments.ts)
 * and the one tagger counterparts read it with beside the framework dictionary
 * (src/lib/counterparts/vocabulary.ts): hand-made entries and texts, no real sources.
 */
import { describe, expect, it } from 'vitest';
import { parseCurated } from '../../scripts/lib/curated.ts';
import { IngestError } from '../../scripts/lib/errors.ts';
import { createCounterpartFinder } from '../../src/lib/counterparts/find.ts';
import { createCounterpartTagger } from '../../src/lib/counterparts/vocabulary.ts';
import type { Instrument } from '../../src/schemas/instruments.ts';
import type { LocalInstrument } from '../../src/schemas/local-instruments.ts';

const framework: Instrument[] = [
  { id: 'grid', article: 'f-1-0-1', articleQuote: '网格化', name: '网格化服务管理', kind: 'instrument', terms: ['网格化'], reason: '测试用的框架举措' },
];
const local: LocalInstrument[] = [
  { id: 'local-points', name: '积分制管理', kind: 'instrument', terms: ['积分制', '积分管理'], reason: '测试用的本地举措' },
  { id: 'local-heads', name: '院落长', kind: 'instrument', terms: ['院落长', '楼栋…长'], reason: '测试用的本地举措' },
];

describe('the counterparts tagger', () => {
  const tag = createCounterpartTagger(framework, local)!;

  it('finds framework and local instruments in one text, in reading order, with their offsets', () => {
    const text = '推行网格化管理，实行积分制，设立院落长。';
    expect(tag(text)).toEqual([
      { instrument: 'grid', name: '网格化服务管理', start: 2, end: 5 },
      { instrument: 'local-points', name: '积分制管理', start: 10, end: 13 },
      { instrument: 'local-heads', name: '院落长', start: 16, end: 19 },
    ]);
  });

  it('reads a local term the way the framework dictionary reads its own: punctuation ignored, a short gap allowed', () => {
    expect(tag('推行“积分”管理。').map((hit) => hit.instrument)).toEqual(['local-points']);
    expect(tag('明确楼栋单元长职责。').map((hit) => hit.instrument)).toEqual(['local-heads']);
  });

  it('gives nothing to find with when both lists are empty, and still tags with only one of them', () => {
    expect(createCounterpartTagger([], [])).toBeUndefined();
    expect(createCounterpartTagger([], local)!('实行积分管理。').map((hit) => hit.instrument)).toEqual(['local-points']);
  });

  it('refuses a local entry that takes a framework instrument’s id', () => {
    expect(() => createCounterpartTagger(framework, [{ ...local[0], id: 'grid' }])).toThrow('"grid" is also an id of instruments.json');
  });

  it('lets two measures that share only a local instrument be counterparts, and names it', () => {
    const measures = [
      { id: 'a-1', source: 'a', text: '探索积分制，鼓励居民参与公共事务。' },
      { id: 'b-1', source: 'b', text: '推行乡村治理积分管理办法，量化村民表现。' },
    ];
    // The bar is set just under the instrument bonus: wording alone (two short texts) stays under it.
    const options = { threshold: 0.4, instrumentBonus: 0.4 };
    const without = createCounterpartFinder(measures, options, { tag: createCounterpartTagger(framework, []) });
    const withLocal = createCounterpartFinder(measures, options, { tag });
    expect(without.of('a-1')).toEqual([]);
    const [found] = withLocal.of('a-1');
    expect(found.measure).toBe('b-1');
    expect(found.shared).toEqual({ kind: 'instrument', instrument: 'local-points', name: '积分制管理' });
    expect(found.passage.text).toContain('积分制');
    expect(found.counterpartPassage.text).toContain('积分管理');
  });
});

describe('content/local-instruments.json’s schema', () => {
  const file = (instruments: unknown[]) => JSON.stringify({ about: '测试', instruments });
  const refused = (text: string) => {
    try {
      parseCurated('localInstruments', text);
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      return (error as Error).message;
    }
    throw new Error('expected the reader to refuse the file');
  };

  it('takes entries like the framework dictionary’s, without an article', () => {
    expect(parseCurated('localInstruments', file(local)).instruments.map((entry) => entry.id)).toEqual(['local-points', 'local-heads']);
  });

  it('asks for the local- prefix, a reason, and each id and term once', () => {
    expect(refused(file([{ ...local[0], id: 'points' }]))).toContain('start the id with "local-"');
    const { reason: _reason, ...withoutReason } = local[0];
    expect(refused(file([withoutReason]))).toContain('instruments.0.reason');
    expect(refused(file([local[0], local[0]]))).toContain('the id "local-points" is used twice');
    expect(refused(file([{ ...local[0], terms: ['积分制', '积分制'] }]))).toContain('"积分制" is listed twice in local-points');
  });

  it('refuses an article, which a local instrument does not have', () => {
    expect(refused(file([{ ...local[0], article: 'f-1-0-1' }]))).toContain('local-instruments.json');
  });
});
