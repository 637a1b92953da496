/**
 * Counterparts against a hand-labelled set (content/counterparts-evaluation.json): for each
 * labelled measure, the labeller checked whole documents (`checked`) and listed every counterpart
 * in them; any other measure of a checked document is a negative. So precision is over the kept
 * counterparts that fall in checked documents, recall over the listed ones, per source of the
 * labelled measure and per half (tuning, blind), each with a 95% Wilson interval and a stratified
 * cluster bootstrap interval over the labelled measures (src/lib/evaluation/intervals.ts). Pure.
 */
import { clusterBootstrap, wilson, type ClusterCount } from '../evaluation/intervals.ts';
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

/** k of n with its Wilson interval (every pair independent) and its cluster bootstrap over the labelled measures (the one to cite). */
function proportion(k: number, n: number, clusters: ClusterCount[]): Proportion {
  const pairs = wilson(k, n) ?? { low: 0, high: 1 };
  return { k, n, value: n ? k / n : 0, ...pairs, cluster: clusterBootstrap(clusters) };
}

type Row = CounterpartEvaluation['rows'][number];

/**
 * Rows per source (in `sources` order) and half, then `all` per half. `kept(id)` is what the
 * counterparts analysis keeps for a measure; `sourceOf(id)` a measure's document.
 */
export function evaluateCounterparts(labelled: LabelledMeasure[], kept: (measure: string) => Kept[], sourceOf: (measure: string) => string, sources: string[]): Row[] {
  type Counts = { labelled: number; predicted: number; truePositives: number };
  const tally = new Map<string, Counts & { measures: number; each: Array<Counts & { stratum: string }> }>();
  const add = (key: string, counts: Counts, stratum: string) => {
    const row = tally.get(key) ?? { measures: 0, labelled: 0, predicted: 0, truePositives: 0, each: [] };
    row.measures++;
    row.labelled += counts.labelled;
    row.predicted += counts.predicted;
    row.truePositives += counts.truePositives;
    row.each.push({ ...counts, stratum });
    tally.set(key, row);
  };
  for (const item of labelled) {
    const checked = new Set(item.checked);
    const gold = new Set(item.counterparts.map((c) => c.measure));
    const predicted = kept(item.measure).filter((c) => checked.has(c.source));
    const counts = { labelled: gold.size, predicted: predicted.length, truePositives: predicted.filter((c) => gold.has(c.measure)).length };
    add(`${sourceOf(item.measure)}|${item.half}`, counts, sourceOf(item.measure));
    add(`all|${item.half}`, counts, sourceOf(item.measure));
  }
  const rows: Row[] = [];
  for (const source of [...sources, 'all']) {
    for (const half of ['tuning', 'blind'] as const) {
      const t = tally.get(`${source}|${half}`);
      if (!t) continue;
      const { each, ...counts } = t;
      rows.push({
        source,
        half,
        ...counts,
        precision: proportion(
          t.truePositives,
          t.predicted,
          each.map((c) => ({ stratum: c.stratum, successes: c.truePositives, trials: c.predicted })),
        ),
        recall: proportion(
          t.truePositives,
          t.labelled,
          each.map((c) => ({ stratum: c.stratum, successes: c.truePositives, trials: c.labelled })),
        ),
      });
    }
  }
  return rows;
}

const pct = (p: Proportion) =>
  p.n === 0 || !p.cluster ? '   —' : `${(p.value * 100).toFixed(0).padStart(3)}% [${(p.cluster.low * 100).toFixed(0)}–${(p.cluster.high * 100).toFixed(0)}] ${p.k}/${p.n}`;

/** The rows as a plain-text table, for the test output and the console. */
export function formatCounterpartEvaluation(rows: Row[]): string {
  const head = 'source     half    measures  labelled  precision [95% cluster] k/n     recall [95% cluster] k/n';
  return [
    head,
    ...rows.map(
      (r) => `${r.source.padEnd(10)} ${r.half.padEnd(7)} ${String(r.measures).padStart(8)}  ${String(r.labelled).padStart(8)}  ${pct(r.precision).padEnd(28)} ${pct(r.recall)}`,
    ),
  ].join('\n');
}
