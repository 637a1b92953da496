/**
 * Counterparts against a hand-labelled set (content/counterparts-evaluation.json): for each
 * labelled measure, the labeller checked whole documents (`checked`) and listed every counterpart
 * in them; any other measure of a checked document is a negative. So precision is over the kept
 * counterparts that fall in checked documents, recall over the listed ones, per source of the
 * labelled measure and per half (tuning, blind), each with a 95% Wilson interval. Pure.
 */
import type { CounterpartEvaluation, Proportion } from '../../schemas/counterparts.ts';

export interface LabelledMeasure {
  measure: string;
  half: 'tuning' | 'blind';
  /** Documents (slugs) the labeller read whole for this measure. */
  checked: string[];
  counterparts: Array<{ measure: string }>;
}

export interface Kept {
  source: string;
  measure: string;
}

/** Wilson score interval at 95% for k successes in n trials. */
export function wilson(k: number, n: number, z = 1.959964): Proportion {
  if (n === 0) return { k, n, value: 0, low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const spread = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { k, n, value: p, low: Math.max(0, centre - spread), high: Math.min(1, centre + spread) };
}

type Row = CounterpartEvaluation['rows'][number];

/**
 * Rows per source (in `sources` order) and half, then `all` per half. `kept(id)` is what the
 * counterparts analysis keeps for a measure; `sourceOf(id)` a measure's document.
 */
export function evaluateCounterparts(labelled: LabelledMeasure[], kept: (measure: string) => Kept[], sourceOf: (measure: string) => string, sources: string[]): Row[] {
  const tally = new Map<string, { measures: number; labelled: number; predicted: number; truePositives: number }>();
  const add = (key: string, counts: { labelled: number; predicted: number; truePositives: number }) => {
    const row = tally.get(key) ?? { measures: 0, labelled: 0, predicted: 0, truePositives: 0 };
    row.measures++;
    row.labelled += counts.labelled;
    row.predicted += counts.predicted;
    row.truePositives += counts.truePositives;
    tally.set(key, row);
  };
  for (const item of labelled) {
    const checked = new Set(item.checked);
    const gold = new Set(item.counterparts.map((c) => c.measure));
    const predicted = kept(item.measure).filter((c) => checked.has(c.source));
    const counts = { labelled: gold.size, predicted: predicted.length, truePositives: predicted.filter((c) => gold.has(c.measure)).length };
    add(`${sourceOf(item.measure)}|${item.half}`, counts);
    add(`all|${item.half}`, counts);
  }
  const rows: Row[] = [];
  for (const source of [...sources, 'all']) {
    for (const half of ['tuning', 'blind'] as const) {
      const t = tally.get(`${source}|${half}`);
      if (!t) continue;
      rows.push({ source, half, ...t, precision: wilson(t.truePositives, t.predicted), recall: wilson(t.truePositives, t.labelled) });
    }
  }
  return rows;
}

const pct = (p: Proportion) => (p.n === 0 ? '   —' : `${(p.value * 100).toFixed(0).padStart(3)}% [${(p.low * 100).toFixed(0)}–${(p.high * 100).toFixed(0)}] ${p.k}/${p.n}`);

/** The rows as a plain-text table, for the test output and the console. */
export function formatCounterpartEvaluation(rows: Row[]): string {
  const head = 'source     half    measures  labelled  precision [95% Wilson] k/n      recall [95% Wilson] k/n';
  return [
    head,
    ...rows.map(
      (r) => `${r.source.padEnd(10)} ${r.half.padEnd(7)} ${String(r.measures).padStart(8)}  ${String(r.labelled).padStart(8)}  ${pct(r.precision).padEnd(28)} ${pct(r.recall)}`,
    ),
  ].join('\n');
}
