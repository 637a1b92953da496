/**
 * Search over the real texts (through the ingest pipeline): every verbatim occurrence is found,
 * checked against a brute-force substring scan, and the variants readers type still land.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { search, type SearchIndex } from '../../src/lib/search/match.ts';
import { normalise } from '../../src/lib/search/normalise.ts';
import { isExact, tiers } from '../../src/lib/search/rank.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { loadRealIndex, loadSearchInput } from '../support/search-corpus.ts';

let index: SearchIndex;
let records: SearchRecord[];
const { measures, tables, panels, chapters } = await loadSearchInput();

beforeAll(async () => {
  ({ index, records } = await loadRealIndex());
});

const urlsOf = (query: string, keep: (kind: SearchRecord['kind']) => boolean = () => true) =>
  search(index, query)
    .hits.filter((hit) => isExact(hit) && keep(records[hit.index].kind))
    .map((hit) => records[hit.index].url);

describe('all verbatim hits, checked against a brute-force scan of the real measures', () => {
  const queries = ['党群服务中心', '网格', '社会组织', '志愿服务', '“两委”', '12345', '智慧社区', '五社联动', '物业', '小区', '社区'];

  for (const query of queries) {
    it(`“${query}”: every measure containing it, and no other, is a verbatim hit`, () => {
      const expected = measures.filter((m) => normalise(m.text).includes(normalise(query))).map((m) => m.url);
      // The raw text too: normalisation may only add hits, never lose one.
      const raw = measures.filter((m) => m.text.includes(query)).map((m) => m.url);
      const found = urlsOf(query, (kind) => kind === 'measure');
      expect(expected.length).toBeGreaterThan(0);
      expect(new Set(found)).toEqual(new Set(expected));
      expect(found).toHaveLength(expected.length);
      for (const url of raw) expect(found).toContain(url);
    });
  }

  it('counts every table row, heading and panel that contains the query as well', () => {
    const query = '社区';
    const expected = records.filter((r) => normalise(r.text).includes(query));
    expect(search(index, query).exact).toBe(expected.length);
    expect(new Set(expected.map((r) => r.kind))).toEqual(new Set(['measure', 'heading', 'row', 'panel', 'table']));
  });

  it('multi-term queries: verbatim hits are exactly the measures holding every term', () => {
    const terms = ['社区', '养老', '服务'];
    const expected = measures.filter((m) => terms.every((t) => normalise(m.text).includes(t))).map((m) => m.url);
    expect(new Set(urlsOf(terms.join(' '), (kind) => kind === 'measure'))).toEqual(new Set(expected));
  });

  it('ranks every verbatim hit before the first variant or fuzzy hit', () => {
    for (const query of ['党群服务中心', '网格化', '三社联动', '社区 养老']) {
      const hitTiers = search(index, query).hits.map((hit) => hit.tier);
      expect(hitTiers).toEqual([...hitTiers].sort((a, b) => a - b));
    }
  });
});

describe('variants on the real texts', () => {
  const exactUrls = () => new Set(urlsOf('党群服务中心'));

  it('traditional characters find the same passages', () => {
    expect(new Set(urlsOf('黨群服務中心'))).toEqual(exactUrls());
  });

  it('stray spaces inside a term: the joined term ranks first, as many as the verbatim query', () => {
    const result = search(index, '党群服 务中心');
    const joined = result.hits.filter((hit) => hit.tier === tiers.verbatim).map((hit) => records[hit.index].url);
    expect(new Set(joined)).toEqual(exactUrls());
  });

  it('one wrong character still finds the passages', () => {
    const found = new Set(search(index, '党群服务中新').hits.map((hit) => records[hit.index].url));
    const missing = [...exactUrls()].filter((url) => !found.has(url));
    expect(missing).toEqual([]);
  });

  it('the words of a term in another order find the passages holding them', () => {
    const found = new Set(search(index, '服务中心党群').hits.map((hit) => records[hit.index].url));
    for (const url of exactUrls()) expect(found).toContain(url);
  });

  it('short forms: 三社联动 also lists the 五社联动 passages, after its own', () => {
    const result = search(index, '三社联动');
    const wushe = records.filter((r) => r.text.includes('五社联动') && !r.text.includes('三社联动'));
    const variantUrls = result.hits.filter((hit) => hit.tier === tiers.variant).map((hit) => records[hit.index]);
    expect(wushe.length).toBeGreaterThan(0);
    for (const r of wushe) expect(variantUrls).toContain(r);
  });
});

describe('fuzzy budget', () => {
  it('is never reached on the real corpus, even by prefixes of common words', () => {
    for (const query of ['社会组织培', '智慧社区', '物业服务', '党群服务', '基层治理', '社区服务体系']) {
      expect(search(index, query).fuzzyPartial, query).toBe(false);
    }
  });
});

describe('everything a reader can see is findable', () => {
  it('rows of renshou’s task-division table, each linking to its row', () => {
    const result = search(index, '县委编办');
    const rows = result.hits.map((hit) => records[hit.index]).filter((r) => r.kind === 'row');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const n = /^部门重点任务分工 第(\d+)行$/.exec(row.title)?.[1];
      expect(row.url).toBe(`/plans/renshou/5/#renshou-5-0-table1-r${n}`);
    }
  });

  it('专栏 panels by their title', () => {
    const panel = records.find((r) => r.kind === 'panel')!;
    const hits = search(index, panel.title).hits.map((hit) => records[hit.index]);
    expect(hits).toContain(panel);
  });

  it('section headings, with their permalink', () => {
    const hits = search(index, '拓展服务领域').hits.map((hit) => records[hit.index]);
    expect(hits[0]).toMatchObject({ kind: 'heading', url: '/plans/dazhou/4/#dazhou-4-1' });
  });

  it('every measure is in the index, with its permalink and its chapter path', () => {
    const measureRecords = records.filter((r) => r.kind === 'measure');
    expect(measureRecords).toHaveLength(measures.length);
    const dazhou = measureRecords.find((r) => r.url === '/plans/dazhou/4/#dazhou-4-1-1');
    expect(dazhou?.path).toBe('第四章 社区服务 › 第一节 拓展服务领域');
  });

  it('every table by its caption: the table itself is a verbatim hit, linking to the table', () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const caption = table.caption.replace(/\s+/gu, ' ').trim();
      const hits = search(index, caption).hits.filter(isExact).map((hit) => records[hit.index]);
      expect(hits.find((r) => r.kind === 'table')?.url, caption).toBe(table.url);
    }
  });

  it('a unit by its id: measures, tables, panels and sections, each first in the results', () => {
    const units = [...measures.slice(0, 20), ...tables, ...panels, ...chapters.flatMap((c) => c.sections).slice(0, 20)];
    for (const unit of units) {
      const first = search(index, unit.id).hits[0];
      expect(records[first.index].url, unit.id).toBe(unit.url);
      expect(isExact(first)).toBe(true);
    }
  });
});

