/**
 * Several frameworks in one corpus (tests/fixtures/corpus-b: a provincial opinion two plans
 * implement, and a provincial property regulation — itself implementing the opinion — that the
 * city's property rules implement): each is matched on its own against the texts that implement it,
 * every entry names its framework, and adding the second framework leaves the first one's adoption
 * by its plans exactly as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { adoption } from '../../scripts/analyses/adoption.ts';
import type { Collections } from '../../scripts/analyses/types.ts';
import { buildCorpus } from '../../scripts/lib/corpus.ts';
import { readAllCurated } from '../../scripts/lib/curated.ts';
import { readSources } from '../../scripts/steps/read.ts';
import type { AdoptionArticle, AdoptionMatchEntry, AdoptionSummary } from '../../src/schemas/adoption.ts';
import { corpusB } from '../support/corpora.ts';

const regulation = 'beiyuan-property';
let both: Collections;
let without: Collections;
let withPlan: Collections;

beforeAll(async () => {
  const curated = readAllCurated(corpusB.curated);
  const sources = await readSources(corpusB.sources);
  both = await adoption.run(buildCorpus(sources), curated, {});
  without = await adoption.run(buildCorpus(sources.filter((s) => s.settings.slug !== regulation)), curated, {});
  // A plan read as a framework (a provincial plan its cities implement): its measures are numbered per chapter.
  const plan = (await readSources('tests/fixtures/unrelated')).filter((s) => s.settings.slug === 'yuncheng-water');
  withPlan = await adoption.run(buildCorpus([...sources, ...plan.map((s) => ({ ...s, settings: { ...s.settings, role: 'framework' as const } }))]), curated, {});
}, 60_000);

const summaries = (c: Collections) => c['adoption-summary'] as AdoptionSummary[];
const matches = (c: Collections) => c['adoption-matches'] as AdoptionMatchEntry[];
const articles = (c: Collections) => c['adoption-articles'] as AdoptionArticle[];

describe('a corpus with two frameworks', () => {
  it('has a summary per framework, the one two plans implement before the one a single text implements, each over the texts that implement it', () => {
    expect(summaries(both).map((s) => [s.id, s.framework, s.order])).toEqual([
      ['beiyuan', 'beiyuan', 0],
      [regulation, regulation, 1],
    ]);
    expect(summaries(both).map((s) => s.sources.map((l) => l.slug).sort())).toEqual([[regulation, 'demo-city', 'hexi'], ['demo-city-property']]);
    expect(summaries(both).map((s) => s.predates)).toEqual([[], []]);
  });

  it('compares the property rules with the opinion only while the regulation they implement is not in the corpus (then as 措辞同)', () => {
    const { sources, predates } = summaries(without)[0];
    expect(sources.map((l) => l.slug)).toContain('demo-city-property');
    expect(predates).toEqual(['demo-city-property']);
    expect(matches(both).filter((m) => m.framework === 'beiyuan' && m.source === 'demo-city-property')).toEqual([]);
  });

  it('lists each framework’s articles under it, the regulation’s eight 条 numbered as written', () => {
    const own = articles(both).filter((a) => a.framework === regulation);
    expect(own.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(own.every((a) => a.id.startsWith(`${regulation}-`))).toBe(true);
    // Orders run across frameworks, the first framework's articles first.
    expect(articles(both).map((a) => a.order)).toEqual(articles(both).map((_, i) => i));
    expect(articles(both).findIndex((a) => a.framework === regulation)).toBe(articles(both).filter((a) => a.framework === 'beiyuan').length);
  });

  it('finds the property rules adopting the regulation’s articles they restate (read from the two fixture texts)', () => {
    const pairs = matches(both)
      .filter((m) => m.framework === regulation)
      .map((m) => `${m.measureId}>${m.articleId}`);
    // 第三条 (党员比例不低于50%), 第四条 (协调运行机制), 第五条 (公示…每年报告), 第六条 (提前三个月告知).
    expect(pairs).toEqual(
      expect.arrayContaining([
        'demo-city-property-2-0-3>beiyuan-property-2-0-3',
        'demo-city-property-2-0-4>beiyuan-property-2-0-4',
        'demo-city-property-3-0-5>beiyuan-property-3-0-5',
        'demo-city-property-3-0-6>beiyuan-property-3-0-6',
      ]),
    );
    // Each pair's article is one of its own framework's.
    const frameworkOf = new Map(articles(both).map((a) => [a.id, a.framework]));
    for (const m of matches(both)) expect(frameworkOf.get(m.articleId), m.id).toBe(m.framework);
  });

  it('compares the regulation, a framework that implements the opinion, with the opinion: its 第四条 restates the opinion’s (三)', () => {
    // Both say 推动党组织向住宅小区延伸 (read from the two fixture texts).
    expect(
      matches(both)
        .filter((m) => m.source === regulation)
        .map((m) => m.id),
    ).toEqual(['beiyuan-property-2-0-4>beiyuan-2-0-3']);
  });

  it('leaves the first framework’s articles, and its plans’ pairs, evidence and coverage, as they are without the second', () => {
    const plans = new Set(['demo-city', 'hexi']);
    const first = <T extends { framework: string; order: number }>(list: T[]) => list.filter((e) => e.framework === 'beiyuan').map(({ order: _o, ...e }) => e);
    const ofPlans = (list: AdoptionMatchEntry[]) => first(list).filter((m) => plans.has(m.source));
    expect(ofPlans(matches(both)).length).toBeGreaterThan(0);
    expect(ofPlans(matches(both))).toEqual(ofPlans(matches(without)));
    expect(first(articles(both))).toEqual(first(articles(without)));
    const coverage = (c: Collections) => Object.fromEntries(Object.entries(summaries(c)[0].coverage).filter(([slug]) => plans.has(slug)));
    expect(coverage(both)).toEqual(coverage(without));
  });
});

describe('a plan as a framework', () => {
  const own = () => articles(withPlan).filter((a) => a.framework === 'yuncheng-water');

  it('has measures whose numbers repeat but whose ids, and so their adoption pages, do not', () => {
    const numbers = own().map((a) => a.number);
    expect(new Set(numbers).size).toBeLessThan(numbers.length);
    expect(new Set(own().map((a) => a.id)).size).toBe(own().length);
  });

  it('names a numbered item by its number and a measure without one by its first clause (read from the fixture text)', () => {
    const byHeading = own().map((a) => [a.label, a.name, a.heading]);
    expect(byHeading).toContainEqual(['（一）', '（一）', '（一）改造老旧管网']);
    expect(byHeading).toContainEqual(['', '“城区现有供水管网总长约420公里”', '“城区现有供水管网总长约420公里”']);
  });
});
