/**
 * The held-out adoption evaluation set (content/adoption-evaluation-holdout.json) tests a detector
 * tuned on the earlier set, so a researcher relies on it being the recorded draw and nothing else:
 * exactly the measures the recorded command draws, all blind, none of them in an earlier set, each
 * judged only against framework articles, with "verbatim" computed by the same rule as the first set.
 * The expected draw comes from running the recorded command, not from the file under test.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { requireCurated } from '../../scripts/lib/curated.ts';
import { readGenerated } from '../../scripts/lib/read-generated.ts';
import { listSources, readSource } from '../../scripts/lib/read-source.ts';
import { sourcesDir } from '../../src/lib/corpus-dirs.ts';
import type { MeasureRecord } from '../../src/schemas/records.ts';

const holdout = requireCurated('adoptionEvaluationHoldout');
const earlier = requireCurated('adoptionEvaluation');

interface Draw {
  sampling: Record<string, unknown>;
  measures: Array<{ measure: string; measureQuote: string; half: string }>;
}
// The command exactly as recorded (`npm run -s evaluation:sample -- …`), so the file says how to draw it again.
const [command, ...args] = holdout.sampling.command.split(' ');
const draw = JSON.parse(execFileSync(command, args, { encoding: 'utf8' })) as Draw;

const measures = readGenerated<MeasureRecord>('measures');

describe('the held-out adoption evaluation set', () => {
  it('labels exactly the measures the recorded command draws, in the drawn order, each once', () => {
    const labelled = holdout.measures.map(({ measure, measureQuote, half }) => ({ measure, measureQuote, half }));
    expect(labelled).toEqual(draw.measures);
    expect(new Set(labelled.map((m) => m.measure)).size).toBe(labelled.length);
    const { drawnAt: _, ...sampling } = draw.sampling;
    expect(holdout.sampling).toMatchObject(sampling);
  });

  it('records the earlier set it excludes, and the command names it', () => {
    expect(holdout.sampling.excluded).toEqual(['content/adoption-evaluation.json']);
    expect(holdout.sampling.command).toContain('--exclude content/adoption-evaluation.json');
    expect(holdout.sampling.command).toContain('--half blind');
  });

  it('puts every measure in the blind half', () => {
    expect(holdout.measures.length).toBeGreaterThan(0);
    expect(holdout.measures.filter((m) => m.half !== 'blind').map((m) => m.measure)).toEqual([]);
  });

  it('contains no measure of the earlier set', () => {
    const used = new Set(earlier.measures.map((m) => m.measure));
    expect(holdout.measures.filter((m) => used.has(m.measure)).map((m) => m.measure)).toEqual([]);
  });

  it('judges each measure only against framework articles', async () => {
    const slugs = await listSources(sourcesDir);
    const settings = await Promise.all(slugs.map(async (slug) => (await readSource(sourcesDir, slug)).settings));
    const frameworks = new Set(settings.filter((s) => s.role === 'framework').map((s) => s.slug));
    const articles = new Set(measures.filter((m) => frameworks.has(m.source)).map((m) => m.id));
    expect(articles.size).toBeGreaterThan(0);
    const outside = holdout.measures.flatMap((m) =>
      [...m.adopts, ...m.near]
        .map((label) => label.article)
        .filter((id) => !articles.has(id))
        .map((id) => `${m.measure} → ${id}`),
    );
    expect(outside).toEqual([]);
  });

  it('calls a wording verbatim exactly when the measure and the article share a string of 8 or more characters', () => {
    const texts = new Map(measures.map((m) => [m.id, m.text.normalize('NFKC').replace(/\s+/g, '')]));
    const sharesEight = (wording: string, article: string) => {
      const words = wording.normalize('NFKC').replace(/\s+/g, '');
      for (let i = 0; i + 8 <= words.length; i++) if (article.includes(words.slice(i, i + 8))) return true;
      return false;
    };
    const wrong = holdout.measures.flatMap((m) =>
      m.adopts.filter((a) => (a.wording === 'verbatim') !== sharesEight(a.measureWording, texts.get(a.article) ?? '')).map((a) => `${m.measure} → ${a.article}`),
    );
    expect(wrong).toEqual([]);
  });
});
