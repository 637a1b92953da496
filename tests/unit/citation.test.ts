/**
 * Citations in four formats. Expected strings are written by hand; BibTeX, RIS and CSL-JSON are
 * also read back with citation-js (a test-only dependency), as a reference manager would.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error citation-js ships no types
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { accessDate, bibtex, citableDocument, cslJson, gbt7714, ris, type CitableWork } from '../../src/lib/citation.ts';

const decision: CitableWork = {
  id: 'prov-3-0-17',
  ...citableDocument({
    slug: 'prov',
    jurisdiction: '某省',
    title: '中共某省委关于加强基层治理的决定',
    kind: 'decision',
    issuer: '中共某省委',
    documentNumber: '某委发〔2020〕1号',
    dates: { issued: '2020-06-30' },
  }),
  where: ['三、健全治理体系', '（十七）建设智慧停车系统。'],
  url: 'https://atlas.test/plans/prov/3/#prov-3-0-17',
  accessed: '2026-11-23',
};
const plan: CitableWork = {
  id: 'city-4-1-3',
  ...citableDocument({ slug: 'city', jurisdiction: '某市', title: '某市“十四五”城乡社区发展治理规划', kind: 'plan' }),
  where: ['第四章　社区服务', '第一节  拓展服务领域', '建设社区智慧停车系统。'],
  url: 'https://atlas.test/plans/city/4/#city-4-1-3',
  accessed: '2026-11-23',
};

describe('GB/T 7714 references', () => {
  it('names the issuing body as author, with the document number, the year and the place in the document', () => {
    expect(gbt7714(decision)).toBe(
      '中共某省委. 中共某省委关于加强基层治理的决定: 某委发〔2020〕1号[Z/OL]. 2020: 三、健全治理体系, （十七）建设智慧停车系统[2026-11-23]. https://atlas.test/plans/prov/3/#prov-3-0-17.',
    );
  });

  it('falls back to the jurisdiction as author and writes no year when the settings state none', () => {
    expect(gbt7714(plan)).toBe(
      '某市. 某市“十四五”城乡社区发展治理规划[Z/OL]. 第四章 社区服务, 第一节 拓展服务领域, 建设社区智慧停车系统[2026-11-23]. https://atlas.test/plans/city/4/#city-4-1-3.',
    );
  });

  it('cites a whole document without a place', () => {
    expect(gbt7714({ ...plan, where: [], url: 'https://atlas.test/plans/city/' })).toBe(
      '某市. 某市“十四五”城乡社区发展治理规划[Z/OL]. [2026-11-23]. https://atlas.test/plans/city/.',
    );
  });
});

describe('the access date', () => {
  // 00:30 UTC on 23 November is 08:30 on 23 November in Beijing; 23:30 UTC is already the 24th there.
  it('is the date in Beijing for a reader there, not the UTC date', () => {
    expect(accessDate(new Date('2026-11-23T23:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-24');
    expect(accessDate(new Date('2026-11-23T23:30:00Z'), 'UTC')).toBe('2026-11-23');
  });

  it('falls back to Asia/Shanghai when the zone is not one the browser knows', () => {
    expect(accessDate(new Date('2026-11-23T20:00:00Z'), 'Not/AZone')).toBe('2026-11-24');
  });
});

describe('reference manager formats', () => {
  it('writes BibTeX that a BibTeX parser reads back with author, title, number, year and URL', () => {
    const text = bibtex(decision);
    const [item] = new Cite(text).data;
    // A corporate author in double braces is one name, never split into given and family names.
    expect(item.author).toEqual([{ family: '中共某省委' }]);
    expect(item.title).toBe('中共某省委关于加强基层治理的决定');
    expect(item.issued['date-parts'][0]).toEqual([2020, 6, 30]);
    expect(item.note).toBe('三、健全治理体系, （十七）建设智慧停车系统');
    expect(text).toContain('number = {某委发〔2020〕1号}');
    expect(item.URL).toBe('https://atlas.test/plans/prov/3/#prov-3-0-17');
  });

  it('escapes characters BibTeX reads as markup', () => {
    const text = bibtex({ ...plan, title: '50% & {more} #1_x' });
    const [item] = new Cite(text).data;
    expect(item.title).toBe('50% & {more} #1_x');
  });

  it('writes RIS that a RIS parser reads back as a government document', () => {
    const text = ris(decision);
    expect(text.startsWith('TY  - GOVDOC\r\n')).toBe(true);
    expect(text.endsWith('ER  -\r\n')).toBe(true);
    const [item] = plugins.input.chain(text, { forceType: '@ris/file' });
    expect(item.author).toEqual([{ family: '中共某省委' }]);
    expect(item.issue).toBe('某委发〔2020〕1号');
    expect(item.title).toBe('中共某省委关于加强基层治理的决定');
    expect(item.issued['date-parts'][0][0]).toBe(2020);
    expect(text).toContain('DA  - 2020/06/30/');
    expect(item.URL).toBe('https://atlas.test/plans/prov/3/#prov-3-0-17');
  });

  it('writes CSL-JSON that citation-js formats as a bibliography entry with the place and URL', () => {
    const item = cslJson(decision);
    const output: string = new Cite([item]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    expect(output).toContain('中共某省委');
    expect(output).toContain('中共某省委关于加强基层治理的决定');
    expect(output).toContain('2020');
    expect(output).toContain('https://atlas.test/plans/prov/3/#prov-3-0-17');
    expect(item).toMatchObject({ section: '三、健全治理体系, （十七）建设智慧停车系统', accessed: { 'date-parts': [[2026, 11, 23]] } });
    // The first bibliography loads citeproc and the APA style: seconds on a busy two-core machine.
  }, 60_000);

  it('states no date in any format when the settings state none', () => {
    expect(bibtex(plan)).not.toMatch(/^\s*(year|date) =/m);
    expect(ris(plan)).not.toMatch(/^(PY|DA)/m);
    expect(cslJson(plan)).not.toHaveProperty('issued');
  });
});
