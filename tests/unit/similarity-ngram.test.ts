import { describe, expect, it } from 'vitest';
import { createNgramIndex, ngramText } from '../../src/lib/similarity/ngram-tfidf.ts';

const docs = [
  { id: 'report', text: '全面推行在职党员到社区报到制度，组织党员参与社区服务。' },
  { id: 'parking', text: '建设社区智慧停车系统，开发停车管理平台。' },
  { id: 'elderly', text: '发展社区养老服务，建设日间照料中心。' },
  { id: 'grid', text: '推行网格化服务管理，配齐专职网格员。' },
  { id: 'assess', text: '完善绩效考核办法，把社区治理纳入考核。' },
];

describe('ngramText', () => {
  it('drops punctuation and spaces, folds widths and keeps where each character came from', () => {
    const original = '党建 引领，（ＡＢ）多元';
    const { text, starts, ends } = ngramText(original);
    expect(text).toBe('党建引领ab多元');
    expect(original.slice(starts[4], ends[5])).toBe('ＡＢ');
    expect(original.slice(starts[2], ends[3])).toBe('引领');
  });
});

describe('createNgramIndex', () => {
  const index = createNgramIndex(docs, { commonFloor: 1 });

  it('finds a reworded measure first: 双报到 against 在职党员到社区报到', () => {
    const hits = index.similar('落实党员到社区“双报到”，参与社区服务', 3);
    expect(hits[0].id).toBe('report');
    expect(hits[0].score).toBeGreaterThan(0.2);
  });

  it('finds reordered words: 考核绩效 against 绩效考核', () => {
    expect(index.similar('建立社区考核绩效评价机制', 1)[0].id).toBe('assess');
  });

  it('scores a text against itself 1 and unrelated texts lower, cosine symmetric', () => {
    expect(index.similar(docs[1].text, 1)[0]).toEqual({ id: 'parking', score: expect.closeTo(1, 9) });
    expect(index.cosine('parking', 'parking')).toBeCloseTo(1, 9);
    expect(index.cosine('parking', 'elderly')).toBeCloseTo(index.cosine('elderly', 'parking'), 12);
    expect(index.cosine('parking', 'elderly')).toBeLessThan(0.3);
  });

  it('ignores punctuation and character width when comparing', () => {
    const a = index.vectorOf('党建引领,多元参与');
    const b = index.vectorOf('党建引领，多元参与。');
    expect([...a]).toEqual([...b]);
  });

  it('returns only accepted ids and leaves the text itself out of similarTo', () => {
    const hits = index.similarTo('parking', 5, { accept: (id) => id !== 'elderly' });
    expect(hits.map((hit) => hit.id)).not.toContain('parking');
    expect(hits.map((hit) => hit.id)).not.toContain('elderly');
  });

  it('returns nothing for a text that shares no gram', () => {
    expect(index.similar('天气晴朗', 5)).toEqual([]);
  });

  it('refuses an id given twice', () => {
    expect(() => createNgramIndex([docs[0], docs[0]])).toThrow(/report.*twice/);
  });

  it('ranks the rare grams two texts share above the common ones', () => {
    const shared = index.sharedGrams('建设社区智慧停车系统', '社区停车系统改造', 20).map((g) => g.gram);
    expect(shared).toContain('停车');
    expect(shared).toContain('社区');
    expect(shared.indexOf('停车')).toBeLessThan(shared.indexOf('社区'));
  });

  it('names the longest distinctive shared phrase with its place in both original texts', () => {
    const a = '组织在职党员到社区报到，开展志愿服务。';
    const b = '推动机关在职党员、到社区报到全覆盖';
    const [best, next] = index.sharedPhrases(a, b, 3, 2);
    // Punctuation does not break a shared run; the offsets still span it in the original.
    expect(best.phrase).toBe('在职党员到社区报到');
    expect(a.slice(best.a.start, best.a.end)).toBe('在职党员到社区报到');
    expect(b.slice(best.b.start, best.b.end)).toBe('在职党员、到社区报到');
    expect(next).toBeUndefined();
  });

  it('keeps the shared phrases from overlapping', () => {
    const phrases = index.sharedPhrases('社区社区服务', '社区服务', 5, 2);
    expect(phrases.map((p) => p.phrase)).toEqual(['社区服务']);
  });
});

describe('createNgramIndex at scale', () => {
  it('finds the one matching text among thousands that share only common words with the query', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => ({ id: `f${i}`, text: `加强社区建设，完善治理体系第${i}项` }));
    const index = createNgramIndex([...filler, { id: 'target', text: '加强社区建设，推行智慧停车共享车位' }]);
    const hits = index.similar('社区共享车位与智慧停车', 3);
    expect(hits[0].id).toBe('target');
  });
});
