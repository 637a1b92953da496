import { describe, expect, it } from 'vitest';
import { createCounterpartFinder, type InstrumentTagger } from '../../src/lib/counterparts/find.ts';
import { counterpartAgreement, evaluateCounterparts, evaluateLacks } from '../../src/lib/counterparts/evaluate.ts';
import { alignSides } from '../../src/lib/counterparts/side-by-side.ts';
import { counterpartsBlock, insertAfterUnits } from '../../src/lib/counterparts/reading.ts';
import type { SideBySideShard } from '../../src/schemas/counterparts.ts';

const measures = [
  { id: 'a-1', source: 'a', text: '推行网格化服务管理。每个网格配备专职网格员，建立网格事项清单。' },
  { id: 'a-2', source: 'a', text: '建设社区智慧停车系统。开发停车管理平台，推动车位错时共享。' },
  { id: 'a-3', source: 'a', text: '发展社区养老服务。建设日间照料中心，开展助餐助浴服务。' },
  { id: 'b-1', source: 'b', text: '深化网格化管理。按照300户左右划分网格，配齐专职网格员。' },
  { id: 'b-2', source: 'b', text: '完善网格员队伍。加强网格员培训，落实网格员待遇保障。' },
  { id: 'b-3', source: 'b', text: '推进智慧停车。在老旧小区推动停车位错时共享，缓解停车难。' },
  { id: 'c-1', source: 'c', text: '加强社区养老。推动日间照料中心全覆盖，提供助餐服务。' },
  { id: 'c-2', source: 'c', text: '开展文明城市创建活动，提升市民文明素质。' },
];

describe('createCounterpartFinder', () => {
  const finder = createCounterpartFinder(measures, { threshold: 0.1, perDocument: 1 });

  it('finds a measure’s counterpart in another document and never one in its own', () => {
    const found = finder.of('a-2');
    expect(found.map((c) => c.measure)).toContain('b-3');
    expect(found.every((c) => c.source !== 'a')).toBe(true);
  });

  it('keeps at most perDocument counterparts per other document, best first, documents in the given order', () => {
    const wide = createCounterpartFinder(measures, { threshold: 0.05, perDocument: 2 }, { sourceOrder: (x, y) => (x < y ? 1 : x > y ? -1 : 0) });
    const found = wide.of('a-1');
    const sources = found.map((c) => c.source);
    expect(sources).toEqual([...sources].sort().reverse());
    for (const source of new Set(sources)) {
      const mine = found.filter((c) => c.source === source);
      expect(mine.length).toBeLessThanOrEqual(2);
      expect(mine.map((c) => c.rank)).toEqual(mine.map((_, i) => i + 1));
      expect(mine.map((c) => c.score)).toEqual([...mine.map((c) => c.score)].sort((x, y) => y - x));
    }
  });

  it('drops candidates below the threshold', () => {
    const strict = createCounterpartFinder(measures, { threshold: 0.99 });
    expect(strict.of('a-1')).toEqual([]);
    expect(finder.of('c-2')).toEqual([]);
  });

  it('keeps a document’s best candidate from bestThreshold, and a second one only from threshold', () => {
    // a-1's candidates in b, both network-grid measures: scored with no floor to read their scores.
    const open = createCounterpartFinder(measures, { threshold: 0, bestThreshold: 0, perDocument: 2 });
    const [first, second] = open.of('a-1').filter((c) => c.source === 'b');
    expect(first.score).toBeGreaterThan(second.score);
    // A floor between the two scores for the next ones, and the best's floor below the best: only the best is kept.
    const between = (first.score + second.score) / 2;
    const split = createCounterpartFinder(measures, { threshold: first.score + 0.01, bestThreshold: between, perDocument: 2 });
    expect(
      split
        .of('a-1')
        .filter((c) => c.source === 'b')
        .map((c) => c.measure),
    ).toEqual([first.measure]);
    // Scores are given to three decimals: a floor just under the second's.
    const under = second.score - 0.001;
    // The same floor for both: the second is kept too once it reaches it.
    const low = createCounterpartFinder(measures, { threshold: under, bestThreshold: under, perDocument: 2 });
    expect(
      low
        .of('a-1')
        .filter((c) => c.source === 'b')
        .map((c) => c.measure),
    ).toEqual([first.measure, second.measure]);
    // bestThreshold above threshold does not raise the best's floor.
    const inverted = createCounterpartFinder(measures, { threshold: under, bestThreshold: 0.99, perDocument: 2 });
    expect(
      inverted
        .of('a-1')
        .filter((c) => c.source === 'b')
        .map((c) => c.measure),
    ).toEqual([first.measure, second.measure]);
  });

  it('names the most distinctive shared phrase and gives both passages as spans of the texts', () => {
    const [best] = finder.of('a-2').filter((c) => c.measure === 'b-3');
    expect(best.shared).toEqual({ kind: 'phrase', phrase: expect.any(String) });
    if (best.shared.kind !== 'phrase') throw new Error('phrase expected');
    expect(['错时共享', '推动车位错时共享', '智慧停车']).toContain(best.shared.phrase);
    const a = measures.find((m) => m.id === 'a-2')!.text;
    const b = measures.find((m) => m.id === 'b-3')!.text;
    expect(a.slice(best.passage.start, best.passage.end)).toBe(best.passage.text);
    expect(b.slice(best.counterpartPassage.start, best.counterpartPassage.end)).toBe(best.counterpartPassage.text);
  });

  it('names a shared dictionary instrument and takes the passages where each measure names it', () => {
    const tag: InstrumentTagger = (text) => {
      const at = text.indexOf('日间照料中心');
      return at < 0 ? [] : [{ instrument: 'day-care', name: '日间照料中心', start: at, end: at + 6 }];
    };
    const tagged = createCounterpartFinder(measures, { threshold: 0.1 }, { tag });
    const [found] = tagged.of('a-3').filter((c) => c.measure === 'c-1');
    expect(found.shared).toEqual({ kind: 'instrument', instrument: 'day-care', name: '日间照料中心' });
    expect(found.passage.text).toContain('日间照料中心');
    expect(found.counterpartPassage.text).toContain('日间照料中心');
    // The bonus: the same pair scores higher when the instrument is known.
    expect(found.score).toBeGreaterThan(createCounterpartFinder(measures, { threshold: 0.1 }).score('a-3', 'c-1'));
  });

  it('raises a pair that adopts one framework article by articleBonus and names the articles both adopt', () => {
    // a-1 and b-2 share few words; both implement the framework's article on grid workers.
    const adoptedBy: Record<string, string[]> = { 'a-1': ['p-4', 'p-7'], 'b-2': ['p-7'], 'c-2': ['p-9'] };
    const settings = { threshold: 0.3, articleBonus: 0.25 };
    const plain = createCounterpartFinder(measures, settings);
    const informed = createCounterpartFinder(measures, settings, { adopted: (id) => adoptedBy[id] ?? [] });
    expect(informed.score('a-1', 'b-2')).toBeCloseTo(plain.score('a-1', 'b-2') + 0.25, 6);
    expect(informed.features('a-1', 'b-2').articles).toEqual(['p-7']);
    // No shared article, no bonus.
    expect(informed.score('a-1', 'c-2')).toBeCloseTo(plain.score('a-1', 'c-2'), 6);
    const kept = informed.of('a-1').find((c) => c.measure === 'b-2');
    expect(kept?.articles).toEqual(['p-7']);
    expect(plain.of('a-1').find((c) => c.measure === 'b-2')).toBeUndefined();
  });
});

describe('evaluateCounterparts', () => {
  const sourceOf = (id: string) => id.split('-')[0];
  const kept: Record<string, Array<{ source: string; measure: string }>> = {
    'a-1': [
      { source: 'b', measure: 'b-1' },
      { source: 'b', measure: 'b-2' },
      { source: 'c', measure: 'c-9' },
    ],
    'a-2': [],
    'b-1': [{ source: 'a', measure: 'a-1' }],
  };
  const labelled = [
    { measure: 'a-1', half: 'tuning' as const, checked: ['b'], counterparts: [{ measure: 'b-1' }, { measure: 'b-7' }] },
    { measure: 'a-2', half: 'blind' as const, checked: ['b', 'c'], counterparts: [{ measure: 'b-3' }] },
    { measure: 'b-1', half: 'tuning' as const, checked: ['a'], counterparts: [{ measure: 'a-1' }] },
  ];
  const rows = evaluateCounterparts(labelled, (id) => kept[id] ?? [], sourceOf, ['a', 'b']);

  it('counts only kept counterparts in checked documents, per source and half', () => {
    const aTuning = rows.find((r) => r.source === 'a' && r.half === 'tuning')!;
    // c-9 is in a document the labeller did not check: neither right nor wrong.
    expect(aTuning).toMatchObject({ measures: 1, labelled: 2, predicted: 2, truePositives: 1 });
    expect(aTuning.precision.value).toBe(0.5);
    expect(aTuning.recall.value).toBe(0.5);
    // One labelled measure: resampling it cannot vary the ratio.
    expect(aTuning.precision.cluster).toEqual({ low: 0.5, high: 0.5 });
    const aBlind = rows.find((r) => r.source === 'a' && r.half === 'blind')!;
    expect(aBlind).toMatchObject({ labelled: 1, predicted: 0, truePositives: 0 });
    expect(aBlind.recall.value).toBe(0);
    expect(aBlind.precision.cluster).toBeNull();
  });

  it('adds a row for all sources per half', () => {
    const all = rows.find((r) => r.source === 'all' && r.half === 'tuning')!;
    expect(all).toMatchObject({ measures: 2, labelled: 3, predicted: 3, truePositives: 2 });
    expect(rows.map((r) => `${r.source}|${r.half}`)).toEqual(['a|tuning', 'a|blind', 'b|tuning', 'all|tuning', 'all|blind']);
  });
});

const shard = (source: string, items: Array<[string, string, Array<[string, string, number]>]>): SideBySideShard => ({
  source,
  label: source.toUpperCase(),
  title: source,
  url: `/plans/${source}/`,
  chapters: [...new Set(items.map(([, chapter]) => chapter))].map((id) => ({ id, label: id, url: `/plans/${source}/${id}/` })),
  measures: items.map(([id, chapter, counterparts]) => ({
    id,
    chapter,
    heading: id,
    url: `/plans/${source}/1/#${id}`,
    text: `${id}的正文内容`,
    counterparts: counterparts.map(([other, otherSource, score], i) => ({
      source: otherSource,
      measure: other,
      score,
      rank: i + 1,
      shared: { kind: 'phrase' as const, phrase: '正文' },
      passage: [0, 2] as [number, number],
      counterpartPassage: [1, 3] as [number, number],
      articles: [],
    })),
  })),
});

describe('alignSides', () => {
  const a = shard('a', [
    [
      'a-1',
      'ch1',
      [
        ['b-1', 'b', 0.5],
        ['c-1', 'c', 0.9],
      ],
    ],
    ['a-2', 'ch1', []],
    [
      'a-3',
      'ch2',
      [
        ['b-2', 'b', 0.4],
        ['b-1', 'b', 0.6],
      ],
    ],
  ]);
  const b = shard('b', [
    ['b-1', 'bch1', []],
    ['b-2', 'bch1', [['a-2', 'a', 0.7]]],
    ['b-3', 'bch2', []],
  ]);

  it('pairs each measure of A with its best counterpart on B, in either direction, and lists what each lacks', () => {
    const result = alignSides({ shard: a }, { shard: b });
    expect(result.rows.map((r) => [r.a.id, r.b.id, r.score])).toEqual([
      ['a-1', 'b-1', 0.5],
      ['a-2', 'b-2', 0.7],
      ['a-3', 'b-1', 0.6],
    ]);
    // A pair listed by B's measure has its passages swapped to A's side.
    expect(result.rows[1].passageA).toEqual([1, 3]);
    expect(result.onlyA).toEqual([]);
    expect(result.onlyB.map((m) => m.id)).toEqual(['b-3']);
  });

  it('compares two chapters: only their measures', () => {
    const result = alignSides({ shard: a, chapter: 'ch2' }, { shard: b, chapter: 'bch1' });
    expect(result.rows.map((r) => [r.a.id, r.b.id])).toEqual([['a-3', 'b-1']]);
    expect(result.onlyB.map((m) => m.id)).toEqual([]);
    const other = alignSides({ shard: a, chapter: 'ch1' }, { shard: b, chapter: 'bch2' });
    expect(other.rows).toEqual([]);
    expect(other.onlyA.map((m) => m.id)).toEqual(['a-1', 'a-2']);
    expect(other.onlyB.map((m) => m.id)).toEqual(['b-3']);
  });

  it('pairs nothing within one document', () => {
    const result = alignSides({ shard: a, chapter: 'ch1' }, { shard: a, chapter: 'ch2' });
    expect(result.sameDocument).toBe(true);
    expect(result.rows).toEqual([]);
  });
});

describe('counterparts on the reading page', () => {
  const html = '<section id="s"><div id="m-1" class="unit measure"><p>甲</p></div><div id="m-2" class="unit measure"><p>乙</p></div></section>';
  const block = counterpartsBlock('m-1', [
    { place: '乙市', heading: '（二）推行网格化', url: '/plans/b/3/#b-3-1-2', shared: { kind: 'instrument', instrument: 'grid', name: '网格化服务管理' }, articles: [] },
  ]);

  it('places the block right after its measure, outside it, and leaves the rest as it was', () => {
    const out = insertAfterUnits(html, new Map([['m-1', block]]));
    expect(out).toMatch(/<div id="m-1" class="unit measure"><p>甲<\/p><\/div><details class="counterparts" data-for="m-1">/);
    expect(out).toContain('<div id="m-2" class="unit measure"><p>乙</p></div></section>');
  });

  it('names the document, links the counterpart’s permalink and names what they share', () => {
    const out = insertAfterUnits(html, new Map([['m-1', block]]));
    expect(out).toContain('<summary>其他地方的同类举措（1）</summary>');
    expect(out).toContain('<a href="/plans/b/3/#b-3-1-2">（二）推行网格化</a>');
    expect(out).toContain('共同举措：网格化服务管理');
  });

  it('names the framework articles both adopt, each linking to its adoption page', () => {
    const both = counterpartsBlock('m-1', [
      {
        place: '乙市',
        heading: '（二）推行网格化',
        url: '/plans/b/3/#b-3-1-2',
        shared: { kind: 'phrase', phrase: '网格员' },
        articles: [
          { label: '省决定（十二）', url: '/adoption/12/' },
          { label: '省决定（十五）', url: '/adoption/15/' },
        ],
      },
    ]);
    const out = insertAfterUnits(html, new Map([['m-1', both]]));
    expect(out).toContain('<span class="counterpart-articles">同落实：<a href="/adoption/12/">省决定（十二）</a>、<a href="/adoption/15/">省决定（十五）</a></span>');
    expect(out).not.toContain('同落实：<a href="/adoption/12/">省决定（十二）</a>、、');
    // None named when they share none.
    expect(insertAfterUnits(html, new Map([['m-1', block]]))).not.toContain('同落实');
  });

  it('says how many more documents there are and links to see them all', () => {
    const more = counterpartsBlock('m-1', [], { documents: 7, href: '/side-by-side/?a=x' });
    const out = insertAfterUnits(html, new Map([['m-1', more]]));
    expect(out).toContain('其他地方的同类举措（7）');
    expect(out).toContain('另有 7 份文件有同类举措，<a href="/side-by-side/?a=x">在对照阅读中查看</a>');
  });

  it('places a block after every keyed measure, however deep, and after each of two neighbours', () => {
    const nested =
      '<article><section id="c"><section id="c-1"><div id="n-1" class="unit measure"><p id="n-1-p2">甲</p></div><div id="n-2" class="unit measure"><p>乙</p></div></section></section></article>';
    const one = counterpartsBlock('n-1', []);
    const two = counterpartsBlock('n-2', []);
    const out = insertAfterUnits(
      nested,
      new Map([
        ['n-1', one],
        ['n-2', two],
      ]),
    );
    expect(out).toBe(
      '<article><section id="c"><section id="c-1">' +
        '<div id="n-1" class="unit measure"><p id="n-1-p2">甲</p></div><details class="counterparts" data-for="n-1"><summary>其他地方的同类举措（0）</summary><ul></ul></details>' +
        '<div id="n-2" class="unit measure"><p>乙</p></div><details class="counterparts" data-for="n-2"><summary>其他地方的同类举措（0）</summary><ul></ul></details>' +
        '</section></section></article>',
    );
  });

  it('places a block after the measure, not inside it, even when one of its paragraphs is keyed too', () => {
    const withParagraph = '<div id="p-1" class="unit measure"><p id="p-1-p2">甲</p></div>';
    const out = insertAfterUnits(
      withParagraph,
      new Map([
        ['p-1', counterpartsBlock('p-1', [])],
        ['p-1-p2', counterpartsBlock('p-1-p2', [])],
      ]),
    );
    expect(out).toContain('<p id="p-1-p2">甲</p></div><details class="counterparts" data-for="p-1">');
    expect(out).not.toContain('data-for="p-1-p2"');
  });

  it('returns the HTML unchanged when there is nothing to add', () => {
    expect(insertAfterUnits(html, new Map())).toBe(html);
  });
});

describe('counterpartAgreement', () => {
  const measuresOf = (source: string) => ({ a: ['a-1', 'a-2'], b: ['b-1', 'b-2', 'b-3'], c: ['c-1', 'c-2'] })[source] ?? [];
  const labelled = (measure: string, checked: string[], counterparts: string[]) => ({
    measure,
    half: 'blind' as const,
    checked,
    counterparts: counterparts.map((id) => ({ measure: id })),
  });

  it('counts every pair of a repeated measure and a measure of the documents both labellers read', () => {
    const first = [labelled('a-1', ['b', 'c'], ['b-1', 'c-1']), labelled('a-2', ['b', 'c'], [])];
    // The second reads only b for a-1: c's measures are not compared; it agrees on b-1, adds b-2.
    const second = [labelled('a-1', ['b'], ['b-1', 'b-2'])];
    const result = counterpartAgreement(first, second, measuresOf);
    // Pairs a-1 × {b-1, b-2, b-3}: both b-1; second only b-2; neither b-3.
    expect([result.pairs, result.both, result.firstOnly, result.secondOnly, result.neither]).toEqual([3, 1, 0, 1, 1]);
    expect(result.positive).toBeCloseTo(2 / 3, 10);
    expect(result.raw).toBeCloseTo(2 / 3, 10);
  });

  it('refuses a second labelling of a measure the first does not label, or a counterpart outside the documents its labeller read', () => {
    const first = [labelled('a-1', ['b', 'c'], ['c-1'])];
    expect(() => counterpartAgreement(first, [labelled('a-2', ['b'], [])], measuresOf)).toThrow(/a-2/);
    expect(() => counterpartAgreement(first, [labelled('a-1', ['b'], ['c-2'])], measuresOf)).toThrow(/c-2/);
  });
});

describe('evaluateLacks', () => {
  const sourceOf = (id: string) => id.split('-')[0];
  const labelled = (measure: string, checked: string[], counterparts: string[]) => ({
    measure,
    half: 'blind' as const,
    checked,
    counterparts: counterparts.map((id) => ({ measure: id })),
  });

  it('counts per labelled measure and checked document whether the page pairs it and whether the labeller found a counterpart there', () => {
    const sets = [labelled('a-1', ['b', 'c', 'd'], ['b-1', 'c-2']), labelled('b-7', ['a', 'c', 'd'], ['a-3'])];
    // Paired: a-1 in b and d; b-7 in c.
    const pairs = new Set(['a-1|b', 'a-1|d', 'b-7|c']);
    const result = evaluateLacks(sets, (measure, source) => pairs.has(`${measure}|${source}`), sourceOf);
    expect(result.pairs).toBe(6);
    // Labelled counterparts in a-1|b, a-1|c, b-7|a; the page pairs a-1|b of them.
    expect([result.found.k, result.found.n]).toEqual([1, 3]);
    // Paired: a-1|b (right), a-1|d, b-7|c (no counterpart labelled).
    expect([result.shown.k, result.shown.n]).toEqual([1, 3]);
    // Left unpaired (“仅见于”): a-1|c and b-7|a (both wrong), b-7|d.
    expect([result.lacking.k, result.lacking.n]).toEqual([2, 3]);
  });
});
