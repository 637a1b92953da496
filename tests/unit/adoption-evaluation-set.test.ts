/**
 * The hand-labelled adoption evaluation set (content/adoption-evaluation.json) is what precision and
 * recall are computed on, so a researcher relies on it being the recorded draw and nothing else:
 * the measures the sampler draws for the recorded seed (not ones a labeller or detector picked), each
 * once and in its drawn half, labelled only against framework articles, no pair both ways.
 * The expected draw comes from running the sampler's command, not from the file under test.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCurated, requireCurated } from '../../scripts/lib/curated.ts';
import { readGenerated } from '../../scripts/lib/read-generated.ts';
import { listSources, readSource } from '../../scripts/lib/read-source.ts';
import { sourcesDir } from '../../src/lib/corpus-dirs.ts';
import type { MeasureRecord } from '../../src/schemas/records.ts';

const evaluation = requireCurated('adoptionEvaluation');
const { seed, perSource, set } = evaluation.sampling;

interface Draw {
  sampling: { seed: number; perSource: number; population: Record<string, number> };
  measures: Array<{ measure: string; measureQuote: string; half: 'tuning' | 'blind' }>;
}
const draw = JSON.parse(
  execFileSync('node_modules/.bin/tsx', ['scripts/evaluation-sample.ts', '--set', set, '--per-source', String(perSource), '--seed', String(seed)], { encoding: 'utf8' }),
) as Draw;

const frameworkArticles = async () => {
  const slugs = await listSources(sourcesDir);
  const settings = await Promise.all(slugs.map(async (slug) => (await readSource(sourcesDir, slug)).settings));
  const frameworks = new Set(settings.filter((s) => s.role === 'framework').map((s) => s.slug));
  return new Set(
    readGenerated<MeasureRecord>('measures')
      .filter((m) => frameworks.has(m.source))
      .map((m) => m.id),
  );
};

describe('the adoption evaluation set', () => {
  it('records the command that repeats its draw, with the seed and sample size it was drawn with', () => {
    expect(evaluation.sampling.command).toContain(`--seed ${seed}`);
    expect(evaluation.sampling.command).toContain(`--per-source ${perSource}`);
    expect(evaluation.sampling.population).toEqual(draw.sampling.population);
  });

  it('labels exactly the measures the sampler draws for the recorded seed, in the drawn order and halves', () => {
    const labelled = evaluation.measures.map(({ measure, measureQuote, half }) => ({ measure, measureQuote, half }));
    expect(labelled).toEqual(draw.measures);
  });

  it('labels every drawn measure once', () => {
    const ids = evaluation.measures.map((m) => m.measure);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(draw.measures.length);
  });

  it('has a tuning half and a blind half, each with measures of every sampled source', () => {
    const sources = Object.keys(draw.sampling.population).filter((slug) => draw.sampling.population[slug] > 0);
    const sourceOf = new Map(readGenerated<MeasureRecord>('measures').map((m) => [m.id, m.source]));
    for (const half of ['tuning', 'blind'] as const) {
      const covered = new Set(evaluation.measures.filter((m) => m.half === half).map((m) => sourceOf.get(m.measure)));
      expect([...covered].sort()).toEqual([...sources].sort());
    }
  });

  it('judges each measure only against framework articles', async () => {
    const articles = await frameworkArticles();
    expect(articles.size).toBeGreaterThan(0);
    const outside = evaluation.measures.flatMap((m) =>
      [...m.adopts, ...m.near]
        .map((label) => label.article)
        .filter((id) => !articles.has(id))
        .map((id) => `${m.measure} → ${id}`),
    );
    expect(outside).toEqual([]);
  });

  it('never labels one pair both an adoption and a near-miss', () => {
    const both = evaluation.measures.flatMap((m) => m.near.filter((n) => m.adopts.some((a) => a.article === n.article)).map((n) => `${m.measure} → ${n.article}`));
    expect(both).toEqual([]);
  });

  it('calls a wording verbatim exactly when the measure and the article share a string of 8 or more characters', () => {
    const texts = new Map(readGenerated<MeasureRecord>('measures').map((m) => [m.id, m.text.normalize('NFKC').replace(/\s+/g, '')]));
    const sharesEight = (wording: string, article: string) => {
      const words = wording.normalize('NFKC').replace(/\s+/g, '');
      for (let i = 0; i + 8 <= words.length; i++) if (article.includes(words.slice(i, i + 8))) return true;
      return false;
    };
    const wrong = evaluation.measures.flatMap((m) =>
      m.adopts.filter((a) => (a.wording === 'verbatim') !== sharesEight(a.measureWording, texts.get(a.article) ?? '')).map((a) => `${m.measure} → ${a.article}`),
    );
    expect(wrong).toEqual([]);
  });

  it('is refused by the reader, naming the entry, when a pair is labelled both ways', () => {
    const broken = structuredClone(evaluation);
    const labelled = broken.measures.findIndex((m) => m.adopts.length > 0);
    const { article, articleQuote } = broken.measures[labelled].adopts[0];
    broken.measures[labelled].near.push({ article, articleQuote, reason: 'looks related' });
    expect(() => parseCurated('adoptionEvaluation', JSON.stringify(broken))).toThrow(`measures.${labelled}.near`);
  });
});
