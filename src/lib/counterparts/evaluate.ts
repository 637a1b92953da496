/**
 * Counterparts against a hand-labelled set (content/counterparts-evaluation.json): for each
 * labelled measure, the labeller checked whole documents (`checked`) and listed every counterpart
 * in them; any other measure of a checked document is a negative. So precision is over the kept
 * counterparts that fall in checked documents, recall over the listed ones, per source of the
 * labelled measure and per half (tuning, blind), each with a 95% Wilson interval and a stratified
 * cluster bootstrap interval over the labelled measures (src/lib/evaluation/intervals.ts); and how
 * far a second, independent labelling of some of the measures agrees with the first. Pure.
 */
import { agreementOf, agreementTable, type Agreement, type AgreementTable } from '../evaluation/agreement.ts';
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

/**
 * Agreement of a second labelling with the first over the measures it repeats: every pair of a
 * repeated measure and a measure of a document both labellers read in full, counterpart or not
 * (src/lib/evaluation/agreement.ts). `measuresOf(source)` lists a document's measures. A measure the
 * first labelling lacks, or a counterpart outside the documents its labeller read, is an error.
 */
export function counterpartAgreement(first: LabelledMeasure[], second: LabelledMeasure[], measuresOf: (source: string) => string[]): Agreement {
  const original = new Map(first.map((m) => [m.measure, m]));
  const total: AgreementTable = { both: 0, firstOnly: 0, secondOnly: 0, neither: 0 };
  for (const repeat of second) {
    const earlier = original.get(repeat.measure);
    if (!earlier) throw new Error(`the second labelling has ${repeat.measure}, which the first does not label`);
    const candidates = earlier.checked.filter((source) => repeat.checked.includes(source)).flatMap(measuresOf);
    const compared = new Set(candidates);
    // Each labelling's counterparts lie in the documents it read; only those both read are compared.
    const labelling = (m: LabelledMeasure) => {
      const read = new Set(m.checked.flatMap(measuresOf));
      const outside = m.counterparts.find((c) => !read.has(c.measure));
      if (outside) throw new Error(`${m.measure}: the counterpart ${outside.measure} is in no document the labeller read (checked)`);
      return new Map([[m.measure, new Set(m.counterparts.map((c) => c.measure).filter((id) => compared.has(id)))]]);
    };
    const table = agreementTable([repeat.measure], candidates, labelling(earlier), labelling(repeat));
    for (const cell of ['both', 'firstOnly', 'secondOnly', 'neither'] as const) total[cell] += table[cell];
  }
  return agreementOf(total);
}
