/**
 * Inter-rater agreement of the adoption evaluation sets: each second, independent labelling (a file
 * with `secondOf`, e.g. content/adoption-evaluation-second.json) against the labelling it repeats,
 * over every measure it labels × every framework article.
 * Prints raw, positive and chance-corrected (kappa) agreement, overall and per source, and the pairs
 * the two disagree on, so the figures can be cited with the detector's precision and recall.
 */
import { describe, expect, it } from 'vitest';
import { requireCurated } from '../../scripts/lib/curated.ts';
import { readGenerated } from '../../scripts/lib/read-generated.ts';
import { listSources, readSource } from '../../scripts/lib/read-source.ts';
import { sourcesDir } from '../../src/lib/corpus-dirs.ts';
import { agreement, disagreements, labellingOf, type Agreement } from '../../src/lib/evaluation/agreement.ts';
import { curatedNamesWith, adoptionEvaluationFileSchema, curatedFiles, type AdoptionEvaluationFile } from '../../src/schemas/curated.ts';
import type { MeasureRecord } from '../../src/schemas/records.ts';

const percent = (value: number | null) => (value === null ? '—' : value.toFixed(3));
const line = (label: string, a: Agreement) =>
  `${label.padEnd(10)} pairs ${String(a.pairs).padStart(4)}  both ${String(a.both).padStart(3)}  first only ${String(a.firstOnly).padStart(3)}  second only ${String(a.secondOnly).padStart(3)}  raw ${percent(a.raw)}  positive ${percent(a.positive)}  kappa ${percent(a.kappa)}`;

// Every second labelling (a curated evaluation file with `secondOf`) against the labelling it repeats.
const evaluationFiles = curatedNamesWith(adoptionEvaluationFileSchema);
const seconds = evaluationFiles.filter((name) => (requireCurated(name) as AdoptionEvaluationFile).secondOf);

describe('agreement of two independent labellings', () => {
  it('exists for at least one evaluation set', () => {
    expect(seconds.length).toBeGreaterThan(0);
  });

  it.each(seconds)('%s covers measures the first labelling has, and prints raw, positive and kappa agreement overall and per source', async (name) => {
    const secondFile = requireCurated(name) as AdoptionEvaluationFile;
    const firstName = evaluationFiles.find((other) => curatedFiles[other].path === secondFile.secondOf);
    expect(firstName, `${secondFile.secondOf} is not a curated evaluation file`).toBeDefined();
    const firstFile = requireCurated(firstName!) as AdoptionEvaluationFile;
    const second = labellingOf(secondFile.measures);
    const first = labellingOf(firstFile.measures);
    expect(second.measures.length).toBeGreaterThan(0);
    const firstMeasures = new Set(firstFile.measures.map((m) => m.measure));
    expect(second.measures.filter((m) => !firstMeasures.has(m))).toEqual([]);

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
    console.log(
      `adoption labelling agreement, ${curatedFiles[name].path} against ${secondFile.secondOf} (${second.measures.length} measures × ${articles.length} articles)\n${lines.join('\n')}`,
    );

    expect(overall.pairs).toBe(second.measures.length * articles.length);
  });
});
