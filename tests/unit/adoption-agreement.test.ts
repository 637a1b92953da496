/**
 * Inter-rater agreement on the blind half of the adoption evaluation set: the first labelling
 * (content/adoption-evaluation.json) against the second, independent one
 * (content/adoption-evaluation-second.json), over every blind measure × every framework article.
 * Prints raw, positive and chance-corrected (kappa) agreement, overall and per source, and the pairs
 * the two disagree on, so the figures can be cited with the detector's precision and recall.
 */
import { describe, expect, it } from 'vitest';
import { readCurated } from '../../scripts/lib/curated.ts';
import { readGenerated } from '../../scripts/lib/read-generated.ts';
import { listSources, readSource } from '../../scripts/lib/read-source.ts';
import { sourcesDir } from '../../src/lib/corpus-dirs.ts';
import { agreement, disagreements, labellingOf, type Agreement } from '../../src/lib/evaluation/agreement.ts';
import type { MeasureRecord } from '../../src/schemas/records.ts';

const percent = (value: number | null) => (value === null ? '—' : value.toFixed(3));
const line = (label: string, a: Agreement) =>
  `${label.padEnd(10)} pairs ${String(a.pairs).padStart(4)}  both ${String(a.both).padStart(3)}  first only ${String(a.firstOnly).padStart(3)}  second only ${String(a.secondOnly).padStart(3)}  raw ${percent(a.raw)}  positive ${percent(a.positive)}  kappa ${percent(a.kappa)}`;

describe('agreement of the two labellings of the blind half', () => {
  it('covers the same blind measures in both files, and prints raw, positive and kappa agreement overall and per source', async () => {
    const first = labellingOf(readCurated('adoptionEvaluation').measures, 'blind');
    const second = labellingOf(readCurated('adoptionEvaluationSecond').measures, 'blind');
    expect(second.measures.length).toBeGreaterThan(0);
    expect([...first.measures].sort()).toEqual([...second.measures].sort());

    const settings = await Promise.all((await listSources(sourcesDir)).map(async (slug) => (await readSource(sourcesDir, slug)).settings));
    const framework = settings.filter((s) => s.role === 'framework').map((s) => s.slug);
    expect(framework).toHaveLength(1);
    const records = readGenerated<MeasureRecord>('measures');
    const articles = records.filter((r) => r.source === framework[0]).map((r) => r.id);
    const sourceOf = new Map(records.map((r) => [r.id, r.source]));

    const overall = agreement(second.measures, articles, first.labelling, second.labelling);
    const sources = [...new Set(second.measures.map((m) => sourceOf.get(m)!))];
    const lines = [
      line('overall', overall),
      ...sources.map((source) =>
        line(
          source,
          agreement(
            second.measures.filter((m) => sourceOf.get(m) === source),
            articles,
            first.labelling,
            second.labelling,
          ),
        ),
      ),
      'pairs labelled differently (said adopts by):',
      ...disagreements(second.measures, articles, first.labelling, second.labelling).map((d) => `  ${d.measure} → ${d.article}: ${d.saidBy}`),
    ];
    console.log(`adoption labelling agreement, blind half (${second.measures.length} measures × ${articles.length} articles)\n${lines.join('\n')}`);

    expect(overall.pairs).toBe(second.measures.length * articles.length);
  });
});
