/**
 * Theme tagging: explainable tags on small inputs, overrides, and the dictionary on the shipped
 * measures (content/generated/measures.json, written by `npm run ingest` / `npm run build`), held to
 * the measures each source's expectations file names (tests/expectations/{slug}.json: themes).
 */
import { existsSync } from 'node:fs';
import { readCurated } from '../../scripts/lib/curated.ts';
import { readGenerated } from '../../scripts/lib/read-generated.ts';
import { describe, expect, it } from 'vitest';
import { themeFileSchema } from '../../src/schemas/theme.ts';
import { countTerms, coverage, scoreTheme, splitLead, tagAll, tagMeasure, TITLE_WEIGHT, unknownOverrides, type MeasureText, type ThemeRule } from '../../src/lib/themes/tag.ts';
import { excerptOf, highlight } from '../../src/lib/themes/compare.ts';
import { shippedExpectations } from '../support/expectation-schema.ts';

const grid: ThemeRule = { id: 'grid', terms: ['网格', '网格员', '网格化'], include: [], exclude: [] };
const volunteers: ThemeRule = { id: 'volunteers', terms: ['志愿者', '志愿服务'], include: [], exclude: [] };

describe('tagging rule (small inputs)', () => {
  it('counts the longest term first, so 网格员 is not counted again as 网格', () => {
    expect(Object.fromEntries(countTerms('网格员进网格，网格化管理', grid.terms))).toEqual({ 网格员: 1, 网格: 1, 网格化: 1 });
  });

  it('separates the lead sentence from the body so nothing is counted twice', () => {
    expect(splitLead({ id: 'x', title: '加强网格员队伍建设', text: '加强网格员队伍建设。建立网格。' })).toEqual({ title: '加强网格员队伍建设', body: '。建立网格。' });
    expect(splitLead({ id: 'x', title: '', text: '建立网格。' })).toEqual({ title: '', body: '建立网格。' });
  });

  it('weighs a lead-sentence hit more than a body hit, and explains each tag by its terms', () => {
    const lead = scoreTheme(grid, { id: 'a', title: '健全网格化机制', text: '健全网格化机制。其他内容。' });
    expect(lead).toEqual({ score: TITLE_WEIGHT, matched: true, hits: [{ term: '网格化', title: 1, body: 0 }] });
    // One mention in passing in the body is not enough…
    expect(scoreTheme(grid, { id: 'b', title: '加强队伍', text: '加强队伍。含网格一词。' }).matched).toBe(false);
    // …two are.
    const body = scoreTheme(grid, { id: 'c', title: '', text: '划分网格，配齐网格员。' });
    expect(body.matched).toBe(true);
    expect(body.hits).toEqual([
      { term: '网格', title: 0, body: 1 },
      { term: '网格员', title: 0, body: 1 },
    ]);
  });

  it('gives a measure several themes when several match', () => {
    const measure: MeasureText = { id: 'm', title: '网格员与志愿者联动', text: '网格员与志愿者联动。' };
    expect(tagMeasure(measure, [grid, volunteers]).map((t) => t.theme)).toEqual(['grid', 'volunteers']);
  });

  it('applies overrides: include adds the theme with its reason, exclude removes a rule match', () => {
    const measure: MeasureText = { id: 'x-1-1-1', title: '', text: '网格员，网格员。' };
    const excluded = { ...grid, exclude: [{ id: 'x-1-1-1', reason: '修辞，不是举措' }] };
    expect(tagMeasure(measure, [excluded])).toEqual([]);
    const quiet: MeasureText = { id: 'x-1-1-2', title: '', text: '没有关键词。' };
    const included = { ...volunteers, include: [{ id: 'x-1-1-2', reason: '节的导语' }] };
    expect(tagMeasure(quiet, [included])).toEqual([{ theme: 'volunteers', score: 0, hits: [], via: 'include', reason: '节的导语' }]);
  });

  it('reports coverage and the untagged measures', () => {
    const tags = tagAll(
      [
        { id: 'a', title: '', text: '网格员网格员' },
        { id: 'b', title: '', text: '无关' },
      ],
      [grid],
    );
    expect(coverage(tags)).toEqual({ total: 2, tagged: 1, share: 0.5, untagged: ['b'] });
  });

  it('highlights matched terms without changing the text', () => {
    const parts = highlight('配齐网格员和志愿者', ['网格', '网格员', '志愿者']);
    expect(parts.map((p) => p.text).join('')).toBe('配齐网格员和志愿者');
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['网格员', '志愿者']);
  });

  it('previews the text after the lead sentence, moved to the first term when it comes late', () => {
    expect(excerptOf({ id: 'a', title: '健全机制', text: '(十七)健全机制。坚持大联动。' })).toBe('坚持大联动。');
    const long = `${'甲'.repeat(200)}网格员${'乙'.repeat(200)}`;
    const preview = excerptOf({ id: 'b', title: '', text: long }, ['网格员'], 90);
    expect(preview.startsWith('…')).toBe(true);
    expect(preview.endsWith('…')).toBe(true);
    expect(preview).toContain('网格员');
    expect(excerptOf({ id: 'c', title: '无关', text: `无关。网格员${'乙'.repeat(200)}` }, ['网格员'], 90).startsWith('网格员')).toBe(true);
    // Untitled: the opening is the heading, so the preview continues after it.
    const untitled = excerptOf({ id: 'd', title: '', text: `${'丙'.repeat(28)}丁${'乙'.repeat(200)}` }, [], 90);
    expect(untitled.startsWith('…丁')).toBe(true);
  });

  it('rejects a dictionary with a duplicate theme id or a measure both included and excluded', () => {
    const theme = { id: 't', name: '主题', nameEn: 'Theme', description: '一个测试主题的说明', terms: ['甲乙', '丙丁', '戊己'] };
    const many = Array.from({ length: 14 }, (_, i) => ({ ...theme, id: `t${i}` }));
    expect(themeFileSchema.safeParse({ themes: [...many, { ...theme, id: 't0' }] }).success).toBe(false);
    const clash = { ...theme, id: 'tx', include: [{ id: 'a-1-1-1', reason: '理由理由' }], exclude: [{ id: 'a-1-1-1', reason: '理由理由' }] };
    expect(themeFileSchema.safeParse({ themes: [...many, clash] }).success).toBe(false);
    expect(themeFileSchema.safeParse({ themes: many }).success).toBe(true);
  });
});

describe('the theme dictionary on the shipped measures', () => {
  const measuresPath = 'content/generated/measures.json';
  it('has the generated measures to test against', () => {
    // Fails (not skips) when ingest has not run.
    expect(existsSync(measuresPath), 'run `npm run ingest` first').toBe(true);
  });
  const measures = existsSync(measuresPath) ? readGenerated<MeasureText & { source: string }>('measures') : [];
  const { themes } = readCurated('themes');
  const tags = tagAll(measures, themes);
  const themesOf = (id: string) => (tags.get(id) ?? []).map((t) => t.theme);

  it('validates and names at least the 14 themes the comparison needs', () => {
    expect(themes.length).toBeGreaterThanOrEqual(14);
    for (const id of [
      'party-building',
      'residential-compound',
      'grid-management',
      'social-organisations',
      'volunteering',
      'rule-of-law',
      'moral-governance',
      'smart-community',
      'safety',
      'community-services',
      'collective-economy',
      'workforce',
      'funding',
      'evaluation-incentives',
    ]) {
      expect(themes.map((t) => t.id)).toContain(id);
    }
  });

  // How much of each source the themes should cover is stated per source, in its expectations
  // file (tests/expectations/{slug}.json), and checked in tests/unit/ingest/corpus.test.ts: a law
  // simply about other things is not held to a plan's share.
  it('counts every measure in the coverage, tagged or not', () => {
    const cover = coverage(tags);
    expect(cover.total).toBe(measures.length);
    expect(cover.tagged + cover.untagged.length).toBe(measures.length);
  });

  it('has overrides only for measures that exist, each with a reason', () => {
    expect(unknownOverrides(themes, new Set(measures.map((m) => m.id)))).toEqual([]);
    expect(themes.some((t) => t.include.length > 0)).toBe(true);
  });

  describe.each(shippedExpectations().filter(({ expected }) => expected.themes))('$slug, as its expectations file states', ({ expected }) => {
    const want = expected.themes!;

    it('tags known measures right, with the terms as the explanation', () => {
      for (const [id, { contains, notContains, explainedBy }] of Object.entries(want.tagged)) {
        if (contains) expect(themesOf(id), id).toEqual(expect.arrayContaining(contains));
        for (const theme of notContains ?? []) expect(themesOf(id), id).not.toContain(theme);
        if (explainedBy) {
          const tag = tags.get(id)!.find((t) => t.theme === explainedBy.theme)!;
          expect(tag.via, id).toBe(explainedBy.via);
          expect(tag.hits.find((h) => h.term === explainedBy.term)?.title, id).toBe(explainedBy.inLead);
        }
      }
    });

    if (want.included) {
      it('keeps an included measure in, with the curator’s reason', () => {
        for (const { id, theme, reasonMatches } of want.included!) {
          const inc = tags.get(id)!.find((t) => t.theme === theme);
          expect(inc?.via, id).toBe('include');
          expect(inc?.reason, id).toMatch(reasonMatches);
        }
      });
    }
  });

  it('has theme facts in some source’s expectations file to check the dictionary against', () => {
    expect(shippedExpectations().some(({ expected }) => expected.themes)).toBe(true);
  });
});
