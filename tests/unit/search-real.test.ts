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

// The whole corpus through ingest, on a machine other jobs share: more than the default 10 s may pass.
beforeAll(async () => {
  ({ index, records } = await loadRealIndex());
}, 120_000);

const urlsOf = (query: string, keep: (kind: SearchRecord['kind']) => boolean = () => true) =>
  search(index, query)
    .hits.filter((hit) => isExact(hit) && keep(records[hit.index].kind))
    .map((hit) => records[hit.index].url);

describe('all verbatim hits, checked against a brute-force scan of the real measures', { timeout: 60_000 }, () => {
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

describe('variants on the real texts', { timeout: 60_000 }, () => {
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

describe('fuzzy budget', { timeout: 60_000 }, () => {
  it('is never reached on the real corpus, even by prefixes of common words', () => {
    for (const query of ['社会组织培', '智慧社区', '物业服务', '党群服务', '基层治理', '社区服务体系']) {
      expect(search(index, query).fuzzyPartial, query).toBe(false);
    }
  });
});

describe('everything a reader can see is findable', { timeout: 60_000 }, () => {
  it('table rows by a cell, each linking to its own row and titled with the caption and row number', () => {
    let checked = 0;
    for (const table of tables) {
      table.rows.slice(0, 3).forEach((row, i) => {
        const cell = row.reduce((longest, c) => (c.length > longest.length ? c : longest), '');
        if (cell.trim().length < 4) return;
        checked++;
        const hits = search(index, cell)
          .hits.filter(isExact)
          .map((hit) => records[hit.index]);
        // Body rows' anchors are `{table}-r{n}` (src/plugins/remark-plan-units.ts).
        const own = hits.find((r) => r.kind === 'row' && r.url === `${table.url}-r${i + 1}`);
        expect(own?.title, `${table.id} row ${i + 1}`).toBe(`${table.caption.replace(/\s+/gu, ' ').trim()} 第${i + 1}行`);
      });
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('专栏 panels by their title', () => {
    const panel = records.find((r) => r.kind === 'panel')!;
    const hits = search(index, panel.title).hits.map((hit) => records[hit.index]);
    expect(hits).toContain(panel);
  });

  it('section headings, with their permalink', () => {
    const sections = chapters.flatMap((c) => c.sections).filter((section) => section.heading.trim());
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections.slice(0, 30)) {
      const hits = search(index, section.heading)
        .hits.filter(isExact)
        .map((hit) => records[hit.index]);
      expect(
        hits.some((r) => r.kind === 'heading' && r.url === section.url),
        section.heading,
      ).toBe(true);
    }
  });

  it('every measure is in the index, with its permalink and its chapter and section in the path', () => {
    const measureRecords = records.filter((r) => r.kind === 'measure');
    expect(measureRecords).toHaveLength(measures.length);
    const byUrl = new Map(measureRecords.map((r) => [r.url, r]));
    const tidy = (text: string) => text.replace(/\s+/gu, ' ').trim();
    for (const measure of measures as Array<(typeof measures)[number] & { chapterTitle: string; sectionTitle: string }>) {
      const record = byUrl.get(measure.url);
      expect(record, measure.url).toBeDefined();
      if (measure.chapterTitle) expect(record!.path).toContain(tidy(measure.chapterTitle));
      if (measure.sectionTitle) expect(record!.path).toContain(tidy(measure.sectionTitle));
    }
  });

  it('every table by its caption: the table itself is a verbatim hit, linking to the table', () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const caption = table.caption.replace(/\s+/gu, ' ').trim();
      const hits = search(index, caption)
        .hits.filter(isExact)
        .map((hit) => records[hit.index]);
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
