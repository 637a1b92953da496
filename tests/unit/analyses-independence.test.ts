/**
 * The analyses judge each plan on its own: adding documents that have nothing to do with the plans
 * (tests/fixtures/unrelated: a dog-keeping regulation, a water-supply plan, and a property regulation
 * that repeats the wording plans share with the decision — all local texts)
 * leaves every existing plan's adoption pairs, themes and indicators exactly as they were.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { adoption } from '../../scripts/analyses/adoption.ts';
import { indicators } from '../../scripts/analyses/indicators.ts';
import { themes } from '../../scripts/analyses/themes.ts';
import type { Collections, Corpus } from '../../scripts/analyses/types.ts';
import { buildCorpus } from '../../scripts/lib/corpus.ts';
import { readAllCurated } from '../../scripts/lib/curated.ts';
import { readSources } from '../../scripts/steps/read.ts';
import type { AdoptionMatchEntry, AdoptionSummary } from '../../src/schemas/adoption.ts';
import type { IndicatorStatementEntry } from '../../src/schemas/indicators.ts';
import type { ThemeComparisonEntry } from '../../src/schemas/themes.ts';
import { shipped } from '../support/corpora.ts';
import { shippedExpectations } from '../support/expectation-schema.ts';

const curated = readAllCurated();

async function analyse(corpus: Corpus): Promise<Collections> {
  const out: Collections = {};
  for (const analysis of [themes, indicators, adoption]) Object.assign(out, await analysis.run(corpus, curated, out));
  return out;
}

let real: Collections;
let widened: Collections;
let slugs: Set<string>;
let extra: string[];

beforeAll(async () => {
  const sources = await readSources(shipped.sources);
  const unrelated = await readSources('tests/fixtures/unrelated');
  slugs = new Set(sources.map((s) => s.settings.slug));
  extra = unrelated.map((s) => s.settings.slug);
  real = await analyse(buildCorpus(sources));
  widened = await analyse(buildCorpus([...sources, ...unrelated]));
}, 120_000);

const mine = <T extends { source: string }>(list: T[]) => list.filter((entry) => slugs.has(entry.source));

describe('adding unrelated documents to the corpus', () => {
  it('does go through the analyses (the fixtures are measured, tagged and matched)', () => {
    const themed = widened['measure-themes'] as Array<{ id: string }>;
    expect(themed.length).toBeGreaterThan((real['measure-themes'] as unknown[]).length);
    const statements = widened['indicator-statements'] as IndicatorStatementEntry[];
    expect(statements.some((s) => extra.includes(s.source))).toBe(true);
    const summary = widened['adoption-summary'][0] as AdoptionSummary;
    for (const slug of extra) expect(summary.coverage[slug].measures).toBeGreaterThan(0);
  });

  it('leaves every existing plan’s adoption pairs, scores and passages unchanged', () => {
    const pairs = (c: Collections) => mine(c['adoption-matches'] as AdoptionMatchEntry[]).map(({ order: _o, ...pair }) => pair);
    // Not vacuous: at least the matches each plan's expectations file states.
    expect(pairs(real).length).toBeGreaterThanOrEqual(shippedExpectations().reduce((n, { expected }) => n + (expected.adoption?.matchesAtLeast ?? 0), 0));
    expect(pairs(widened)).toEqual(pairs(real));
    const coverage = (c: Collections) => Object.fromEntries(Object.entries((c['adoption-summary'][0] as AdoptionSummary).coverage).filter(([slug]) => slugs.has(slug)));
    expect(coverage(widened)).toEqual(coverage(real));
  });

  it('leaves every existing measure’s themes unchanged', () => {
    const ids = new Set((real['measure-themes'] as Array<{ id: string }>).map((m) => m.id));
    const themesOf = (c: Collections) => (c['measure-themes'] as Array<{ id: string }>).filter((m) => ids.has(m.id));
    expect(themesOf(widened)).toEqual(themesOf(real));
    const bySource = (c: Collections) =>
      (c['theme-comparison'] as ThemeComparisonEntry[]).map((t) => Object.fromEntries(Object.entries(t.bySource).filter(([slug]) => slugs.has(slug))));
    expect(bySource(widened)).toEqual(bySource(real));
  });

  it('leaves every existing plan’s indicators unchanged', () => {
    const statements = (c: Collections) => mine(c['indicator-statements'] as IndicatorStatementEntry[]);
    // Not vacuous: at least the statements each plan's expectations file states.
    expect(statements(real).length).toBeGreaterThanOrEqual(
      shippedExpectations().reduce((n, { expected }) => n + (expected.indicators ? expected.indicators.fromTables + expected.indicators.fromTextAtLeast : 0), 0),
    );
    expect(statements(widened)).toEqual(statements(real));
  });
});
