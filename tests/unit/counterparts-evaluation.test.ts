/**
 * Counterparts against the hand-labelled set (content/counterparts-evaluation.json): the analysis
 * itself is run over the shipped texts, so the figures tested and printed are the ones the
 * side-by-side page states. The options were tuned on the tuning half only and then frozen; the
 * blind half is reported as measured.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { adoption } from '../../scripts/analyses/adoption.ts';
import { counterparts } from '../../scripts/analyses/counterparts.ts';
import { readAllCurated } from '../../scripts/lib/curated.ts';
import { formatCounterpartEvaluation } from '../../src/lib/counterparts/evaluate.ts';
import type { CounterpartEvaluation, CounterpartShard } from '../../src/schemas/counterparts.ts';
import { realCorpus } from '../support/corpus.ts';

describe('counterparts against the labelled set', () => {
  const curated = readAllCurated();
  const labelled = curated.counterpartsEvaluation!.measures;
  let evaluation: CounterpartEvaluation;
  let heldOut: CounterpartEvaluation;
  let all: CounterpartEvaluation[];
  let shards: CounterpartShard[];
  let sourceOf: Map<string, string>;

  beforeAll(async () => {
    const corpus = { ...(await realCorpus()), documents: [] };
    // Counterparts read the adoption analysis's matches, as in the pipeline.
    const out = await counterparts.run(corpus, curated, await adoption.run(corpus, curated, {}));
    all = out['counterpart-evaluation'] as CounterpartEvaluation[];
    evaluation = all.find((e) => e.file === 'counterparts-evaluation.json')!;
    heldOut = all.find((e) => e.file === 'counterparts-evaluation-holdout.json')!;
    shards = out.counterparts as CounterpartShard[];
    sourceOf = new Map(corpus.measures.map((m) => [m.id, m.source]));
  }, 180_000);

  const row = (half: 'tuning' | 'blind', source = 'all') => evaluation.rows.find((r) => r.half === half && r.source === source);

  it('prints precision and recall per source and half, with Wilson intervals', () => {
    console.log(`counterparts evaluation: ${labelled.length} labelled measures\n${formatCounterpartEvaluation(evaluation.rows)}`);
    for (const half of ['tuning', 'blind'] as const) {
      const inHalf = labelled.filter((m) => m.half === half);
      if (inHalf.length === 0) continue;
      // Counted from the file, not from the code under test.
      expect(row(half)!.measures).toBe(inHalf.length);
      expect(row(half)!.labelled).toBe(inHalf.reduce((sum, m) => sum + m.counterparts.length, 0));
      const sources = new Set(inHalf.map((m) => sourceOf.get(m.measure)));
      expect(evaluation.rows.filter((r) => r.half === half && r.source !== 'all').length).toBe(sources.size);
    }
  });

  it('counts a kept counterpart as right exactly when the labeller listed it', () => {
    const kept = new Map(shards.flatMap((s) => s.measures.map((m) => [m.measure, m.counterparts] as const)));
    const tuning = labelled.filter((m) => m.half === 'tuning');
    let truePositives = 0;
    for (const m of tuning) {
      const gold = new Set(m.counterparts.map((c) => c.measure));
      truePositives += (kept.get(m.measure) ?? []).filter((c) => m.checked.includes(c.source) && gold.has(c.measure)).length;
    }
    expect(row('tuning')!.truePositives).toBe(truePositives);
  });

  it('on the tuning half it was tuned on, keeps most of what it shows right and finds a good share of the labelled pairs', () => {
    // What the tuning measured when the options were frozen (P 0.80 = 39/49, R 0.46 = 39/85; 37/44 and
    // 37/85 with the dictionary as later pruned; 45/56 and 45/85 with the local vocabulary of
    // instruments, options unchanged): a floor against regressions, not a claim about new text — the
    // blind half is that, and is only reported (P 0.82 = 28/34, R 0.32 = 28/87 when first run; P 0.83 =
    // 29/35, R 0.33 = 29/87 at its second reading, with the local vocabulary).
    const tuning = row('tuning')!;
    expect(tuning.precision.value).toBeGreaterThanOrEqual(0.75);
    expect(tuning.recall.value).toBeGreaterThanOrEqual(0.48);
  });

  it('carries every reading of the blind half, in order, for the page to state', () => {
    const readings = curated.counterpartsEvaluation!.blindReadings ?? [];
    expect(evaluation.blindReadings).toEqual(readings);
  });

  // The held-out set (content/counterparts-evaluation-holdout.json): 32 measures drawn from those the
  // first set did not use, labelled by eight labellers blind to the finder after its options and
  // dictionaries were frozen, read once: precision 0.83 (100 of 120, cluster 0.75–0.91), recall 0.31
  // (100 of 319, 0.25–0.39). These labellers found about ten counterparts per measure where the
  // first set's found five, and the finder keeps at most five per document above its threshold, so
  // recall is low and precision holds. The floors pin the measurement.
  it('on the held-out set, read once after the freeze, holds what it measured (precision ≥ 0.75, recall ≥ 0.25) (printed)', () => {
    expect(all[0]).toBe(heldOut);
    expect(heldOut.role).toBe('held-out');
    const file = curated.counterpartsEvaluationHoldout!;
    console.log(`counterparts held-out set: ${file.measures.length} labelled measures\n${formatCounterpartEvaluation(heldOut.rows)}`);
    const total = heldOut.rows.find((r) => r.source === 'all')!;
    // Counted from the file, not from the code under test.
    expect(total.measures).toBe(file.measures.length);
    expect(total.labelled).toBe(file.measures.reduce((sum, m) => sum + m.counterparts.length, 0));
    expect(total.precision.value).toBeGreaterThanOrEqual(0.75);
    expect(total.recall.value).toBeGreaterThanOrEqual(0.25);
    expect(total.recall.value).toBeLessThan(0.5);
  });
});
