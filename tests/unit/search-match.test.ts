/** Ranking and matching on small, hand-made records: each test names the behaviour a reader relies on. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFuzzy } from '../../src/lib/search/fuzzy.ts';
import { SearchIndex, search } from '../../src/lib/search/match.ts';
import { tiers } from '../../src/lib/search/rank.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { useTradSimp } from '../../src/lib/search/trad-simp.ts';

beforeAll(async () => {
  // A hand-written table for these records (the build's comes from OpenCC: search-trad-simp.test.ts).
  useTradSimp('黨党務务');
  await loadFuzzy();
});

const record = (text: string, extra: Partial<SearchRecord> = {}): SearchRecord =>
  ({
    kind: 'measure',
    doc: 0,
    path: '',
    title: '',
    text,
    url: `/plans/x/1/#${encodeURIComponent(text.slice(0, 8))}`,
    id: `unit-${text.length}`,
    themes: [],
    ...extra,
  }) as SearchRecord;

function indexOf(texts: string[], aliases: string[][] = []) {
  const index = new SearchIndex(aliases);
  index.add(texts.map((text) => record(text)));
  return index;
}
const texts = (index: SearchIndex, query: string) => search(index, query).hits.map((hit) => index.records[hit.index].text);
const tiersOf = (index: SearchIndex, query: string) => search(index, query).hits.map((hit) => hit.tier);

describe('verbatim recall', () => {
  it('finds a term at the very end of a long text (no location bias, no fuzzy cut-off)', () => {
    const long = `${'加强基层治理能力建设，'.repeat(400)}党群服务中心`;
    const index = indexOf([long, '无关内容']);
    expect(texts(index, '党群服务中心')).toEqual([long]);
  });

  it('finds a query longer than fuse.js’s 32-character pattern limit', () => {
    const sentence = '推动党建工作与网格化工作融合发展，着力构建全科网络全要素网络，实现一网统管和精细化服务';
    expect(sentence.length).toBeGreaterThan(32);
    const index = indexOf([`前文。${sentence}。后文`, '别的内容']);
    const result = search(index, sentence);
    expect(result.exact).toBe(1);
    expect(result.hits[0].tier).toBe(tiers.verbatim);
  });

  it('finds single-character queries everywhere they occur', () => {
    const index = indexOf(['甲乙丙', '丁乙', '戊己']);
    expect(texts(index, '乙')).toHaveLength(2);
  });

  it('finds the same passage whatever the width, spacing or script of the query', () => {
    const index = indexOf(['开通１２３４５热线，建设党群服务中心。']);
    for (const query of ['12345', '１２３４５', '黨群服務中心', '党群服务 中心', '党群服务中心']) {
      expect(search(index, query).exact, query).toBe(1);
    }
  });
});

describe('AND semantics and ranking', () => {
  const index = indexOf(['社区养老服务', '养老机构进社区', '社区服务', '养老服务']);

  it('space-separated terms match only records holding all of them', () => {
    expect(new Set(texts(index, '社区 养老').slice(0, 2))).toEqual(new Set(['社区养老服务', '养老机构进社区']));
    expect(search(index, '社区 养老').exact).toBe(2);
  });

  it('ranks the terms run together (the query without its spaces) before terms found apart', () => {
    expect(texts(index, '社区 养老').slice(0, 2)).toEqual(['社区养老服务', '养老机构进社区']);
    expect(tiersOf(index, '社区 养老').slice(0, 2)).toEqual([tiers.verbatim, tiers.allTerms]);
  });

  it('ranks more occurrences first within a tier, then reading order', () => {
    const counted = indexOf(['社区一次', '社区两次社区', '又一个社区']);
    expect(texts(counted, '社区')).toEqual(['社区两次社区', '社区一次', '又一个社区']);
  });

  it('ranks headings and title hits before body hits of the same tier', () => {
    const ranked = new SearchIndex();
    ranked.add([record('正文提到网格化管理。'), record('推进网格化管理。具体内容。', { title: '推进网格化管理' }), record('第一节 网格化管理', { kind: 'heading' })]);
    const order = search(ranked, '网格化管理').hits.map((hit) => ranked.records[hit.index].kind + ':' + ranked.records[hit.index].title);
    expect(order).toEqual(['heading:', 'measure:推进网格化管理', 'measure:']);
  });

  it('lists every verbatim hit before any variant or fuzzy hit', () => {
    const mixed = indexOf(['党群服务中心建设', '党群服务中新建设', '服务中心与党群', '党群中心', '党群服务中心全覆盖'], [['党群服务中心', '党群中心']]);
    const result = search(mixed, '党群服务中心');
    const seen = result.hits.map((hit) => hit.tier);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(result.exact).toBe(2);
    expect(texts(mixed, '党群服务中心').slice(0, 2).sort()).toEqual(['党群服务中心全覆盖', '党群服务中心建设']);
  });
});

describe('near-variants, ranked after verbatim hits', () => {
  it('finds a short form from the alias list', () => {
    const index = indexOf(['推进“五社联动”机制', '三社联动'], [['三社联动', '五社联动']]);
    const result = search(index, '三社联动');
    expect(result.exact).toBe(1);
    expect(result.hits.map((hit) => hit.tier)).toEqual([tiers.verbatim, tiers.variant]);
    expect(result.hits[1].needles).toContain('五社联动');
  });

  it('finds the words of a term in another order', () => {
    const index = indexOf(['完善社区养老服务体系']);
    const result = search(index, '养老服务社区');
    expect(result.hits).toHaveLength(1);
    expect(result.hits[0].tier).toBe(tiers.variant);
  });

  it('finds a term with one wrong character (fuse.js), with the matched span to highlight', () => {
    const index = indexOf(['加快建设党群服务中心，方便群众', '完全无关的内容']);
    const result = search(index, '党群服务中新');
    expect(result.hits).toHaveLength(1);
    expect(result.hits[0].tier).toBe(tiers.fuzzy);
    expect(result.hits[0].ranges.length).toBeGreaterThan(0);
    expect(result.exact).toBe(0);
  });

  it('does not fuzzily match very short terms (they would match everything)', () => {
    const index = indexOf(['社区治理', '社会治理']);
    expect(texts(index, '社区')).toEqual(['社区治理']);
  });

  it('treats stray spaces inside a term as AND and ranks the joined term first', () => {
    const index = indexOf(['党群服务中心', '党群活动和服务中心']);
    const result = search(index, '党群 服务中心');
    expect(result.hits.map((hit) => hit.tier)).toEqual([tiers.verbatim, tiers.allTerms]);
    expect(index.records[result.hits[0].index].text).toBe('党群服务中心');
  });

  it('returns nothing for an empty query or one that matches nothing', () => {
    const index = indexOf(['社区治理']);
    expect(search(index, '  ').hits).toEqual([]);
    expect(search(index, '量子计算机').hits).toEqual([]);
  });
});

describe('index built in shards', () => {
  it('gives the same results whether records are added at once or in parts', () => {
    const all = ['社区养老', '养老服务', '社区服务中心', '党群服务中心', '社区'].map((text) => record(text));
    const whole = new SearchIndex();
    whole.add(all);
    const parts = new SearchIndex();
    parts.add(all.slice(0, 2));
    parts.add(all.slice(2));
    for (const query of ['社区', '服务', '社区 服务', '党群服务中新']) {
      expect(search(parts, query)).toEqual(search(whole, query));
    }
  });
});
