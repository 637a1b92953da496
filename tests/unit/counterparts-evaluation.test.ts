/**
 * Counterparts against the hand-labelled set (content/counterparts-evaluation.json): the analysis
 * itself is run over the shipped texts, so the figures tested and printed are the ones the
 * side-by-side page states. Round 1's options were tuned on the tuning half only and then frozen;
 * round 2's on this whole set and the first held-out set; round 3's on those and the second and third
 * held-out sets; the latest held-out set is reported as measured.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { adoption } from '../../scripts/analyses/adoption.ts';
import { counterparts } from '../../scripts/analyses/counterparts.ts';
import { readAllCurated } from '../../scripts/lib/curated.ts';
import { formatCounterpartEvaluation } from '../../src/lib/counterparts/evaluate.ts';
import type { CounterpartEvaluation, CounterpartShard } from '../../src/schemas/counterparts.ts';
import { counterpartsEvaluationFileSchema, curatedFiles, curatedNamesWith, type CounterpartsEvaluationFile } from '../../src/schemas/curated.ts';
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
    heldOut = all.find((e) => e.file === 'counterparts-evaluation-holdout-4.json')!;
    shards = out.counterparts as CounterpartShard[];
    sourceOf = new Map(corpus.measures.map((m) => [m.id, m.source]));
  }, 180_000);

  /** A held-out set's row for all sources, printed, its counts checked against the file (not the code under test). */
  const heldOutTotal = (entry: CounterpartEvaluation, file: CounterpartsEvaluationFile, title: string) => {
    console.log(`${title}: ${file.measures.length} labelled measures\n${formatCounterpartEvaluation(entry.rows)}`);
    const total = entry.rows.find((r) => r.source === 'all')!;
    expect(total.measures).toBe(file.measures.length);
    expect(total.labelled).toBe(file.measures.reduce((sum, m) => sum + m.counterparts.length, 0));
    return total;
  };

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
    // 29/35, R 0.33 = 29/87 at its second reading, with the local vocabulary). Round 2 tuned on all of
    // this set and the first held-out set (46/54 and 46/85 on this half).
    const tuning = row('tuning')!;
    expect(tuning.precision.value).toBeGreaterThanOrEqual(0.8);
    expect(tuning.recall.value).toBeGreaterThanOrEqual(0.5);
  });

  it('carries every reading of the blind half, in order, for the page to state', () => {
    const readings = curated.counterpartsEvaluation!.blindReadings ?? [];
    expect(evaluation.blindReadings).toEqual(readings);
  });

  // The first held-out set (content/counterparts-evaluation-holdout.json) was read once after round 1
  // froze — precision 0.83 (100 of 120), recall 0.31 (100 of 319) — and then tuned on in round 2, so
  // it is development now: the page must not offer it as the figures to cite.
  it('keeps the first held-out set, tuned on since, as development', () => {
    const first = all.find((e) => e.file === 'counterparts-evaluation-holdout.json')!;
    expect(first.role).toBe('development');
    expect(all.indexOf(first)).toBeGreaterThan(all.indexOf(heldOut));
  });

  // The second held-out set (content/counterparts-evaluation-holdout-2.json): 28 measures drawn from
  // those neither earlier set used, labelled by seven labellers blind to the finder, opened only after
  // round 2 was frozen and read once: precision 0.86 (83 of 96, cluster 0.76–0.94), recall 0.37 (83 of
  // 222, 0.25–0.47). Round 1's finder, frozen before either, scores 0.86 (66 of 77) and 0.30 (66 of
  // 222) on the same set (paired recall gain +0.08, 95% cluster interval −0.00 to +0.14).
  // The third (content/counterparts-evaluation-holdout-3.json): 24 measures of three local sources (the
  // fourth had none left), drawn after round 2 was frozen and the second set read, labelled blind, read
  // once against round 2's finder unchanged: precision 0.83 (15 of 18, cluster 0.43–1.00), recall 0.23
  // (15 of 66, 0.06–0.39); by document, found 0.29 (10 of 35). Round 3 tuned on both: development now,
  // their `use` notes keep the figures cited at their reading.
  it('keeps the second and third held-out sets, tuned on in round 3, as development, after the set to cite', () => {
    for (const file of ['counterparts-evaluation-holdout-2.json', 'counterparts-evaluation-holdout-3.json']) {
      const entry = all.find((e) => e.file === file)!;
      expect(entry.role, file).toBe('development');
      expect(all.indexOf(entry), file).toBeGreaterThan(all.indexOf(heldOut));
      // Round 3 keeps what round 2 found on them (a floor against regressions, not a claim about new text).
      expect(entry.rows.find((r) => r.source === 'all')!.precision.value, file).toBeGreaterThanOrEqual(0.8);
    }
  });

  // The fourth held-out set (content/counterparts-evaluation-holdout-4.json): 30 measures of three local
  // sources, drawn before round 3's tuning began, labelled blind by six labellers while it ran, read once
  // after "FROZEN counterparts round 3". By document (what the reading and side-by-side pages show):
  // found 0.82 (40 of 49, cluster 0.68–0.92), shown right 0.91 (40 of 44), listed as lacking though the
  // other has one 0.20 (9 of 46). By pair: precision 0.69 (67 of 97), recall 0.35 (67 of 191). Round 2's
  // finder (bestThreshold 0.5) on the same set, computed after the reading for comparison: found 0.61,
  // shown 0.97, lacking 0.32; precision 0.74, recall 0.33. The floors pin the measurement.
  it('on the fourth held-out set, read once after the round-3 freeze, holds what it measured (printed)', () => {
    expect(all[0]).toBe(heldOut);
    expect(heldOut.role).toBe('held-out');
    // Held-out sets first, in the order they were drawn.
    expect(all.filter((e) => e.role === 'held-out').map((e) => e.file)).toEqual(['counterparts-evaluation-holdout-4.json']);
    const total = heldOutTotal(heldOut, curated.counterpartsEvaluationHoldout4!, 'counterparts fourth held-out set');
    console.log(`by document: ${JSON.stringify(heldOut.documents)}`);
    expect(total.precision.value).toBeGreaterThanOrEqual(0.65);
    expect(total.recall.value).toBeGreaterThanOrEqual(0.3);
    expect(total.recall.value).toBeLessThan(0.5);
    expect(heldOut.documents.found.value).toBeGreaterThanOrEqual(0.75);
    expect(heldOut.documents.shown.value).toBeGreaterThanOrEqual(0.85);
    expect(heldOut.documents.lacking.value).toBeLessThanOrEqual(0.25);
  });

  for (const [firstFile, secondFile] of [
    ['counterparts-evaluation-holdout-2.json', 'counterparts-evaluation-holdout-2-second.json'],
    ['counterparts-evaluation-holdout-4.json', 'counterparts-evaluation-holdout-4-second.json'],
  ] as const) {
    it(`states how far a second, independent labelling agrees with ${firstFile}, counted over every pair both labellers judged (printed)`, () => {
      const setOf = (file: string) => curated[curatedNamesWith(counterpartsEvaluationFileSchema).find((name) => curatedFiles[name].path === file)!] as CounterpartsEvaluationFile;
      const second = setOf(secondFile);
      const first = new Map(setOf(firstFile).measures.map((m) => [m.measure, m]));
      // The 2×2 table counted here from the two files: each repeated measure against every measure of the documents both read.
      let both = 0;
      let disagree = 0;
      let pairs = 0;
      for (const repeat of second.measures) {
        const original = first.get(repeat.measure)!;
        const a = new Set(original.counterparts.map((c) => c.measure));
        const b = new Set(repeat.counterparts.map((c) => c.measure));
        const documents = original.checked.filter((d) => repeat.checked.includes(d));
        for (const [id, source] of sourceOf) {
          if (!documents.includes(source)) continue;
          pairs++;
          if (a.has(id) && b.has(id)) both++;
          else if (a.has(id) !== b.has(id)) disagree++;
        }
      }
      const entry = all.find((e) => e.file === firstFile)!;
      const [agreement] = entry.agreements;
      console.log(`counterparts agreement (${firstFile}): ${JSON.stringify(agreement)}`);
      expect(entry.agreements.map((a) => [a.file, a.measures])).toEqual([[secondFile, second.measures.length]]);
      expect(agreement.pairs).toBe(pairs);
      expect(agreement.positive).toBeCloseTo((2 * both) / (2 * both + disagree), 10);
      expect(agreement.raw).toBeCloseTo((pairs - disagree) / pairs, 10);
      expect(agreement.kappa).toBeGreaterThan(0.6);
      // A second labelling is not scored as a set of its own.
      expect(all.some((e) => e.file === secondFile)).toBe(false);
    });
  }
});
