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

/** Whether the side-by-side page pairs a measure with some measure of a document: either lists the other (src/lib/counterparts/side-by-side.ts). */
export type PairedIn = (measure: string, source: string) => boolean;

/**
 * What a reader of the side-by-side page relies on, per (labelled measure, checked document): is a
 * measure listed under “仅见于” really without a counterpart there? `found`: of the pairs where the
 * labeller found a counterpart, the share the page pairs; `shown`: of the pairs the page pairs, the
 * share where the labeller found one; `lacking`: of the pairs the page leaves unpaired (“仅见于”),
 * the share where the labeller found one — how often “only here” is wrong.
 */
export function evaluateLacks(labelled: LabelledMeasure[], pairedIn: PairedIn, sourceOf: (measure: string) => string): CounterpartEvaluation['documents'] {
  const found: ClusterCount[] = [];
  const shown: ClusterCount[] = [];
  const lacking: ClusterCount[] = [];
  for (const item of labelled) {
    const stratum = sourceOf(item.measure);
    const withGold = new Set(item.counterparts.map((c) => sourceOf(c.measure)));
    const cells = item.checked.map((source) => ({ gold: withGold.has(source), paired: pairedIn(item.measure, source) }));
    const count = (of: (c: (typeof cells)[number]) => boolean, hit: (c: (typeof cells)[number]) => boolean) => ({
      stratum,
      trials: cells.filter(of).length,
      successes: cells.filter((c) => of(c) && hit(c)).length,
    });
    found.push(
      count(
        (c) => c.gold,
        (c) => c.paired,
      ),
    );
    shown.push(
      count(
        (c) => c.paired,
        (c) => c.gold,
      ),
    );
    lacking.push(
      count(
        (c) => !c.paired,
        (c) => c.gold,
      ),
    );
  }
  const total = (counts: ClusterCount[]) => proportion(sum(counts, 'successes'), sum(counts, 'trials'), counts);
  return { pairs: labelled.reduce((n, item) => n + item.checked.length, 0), found: total(found), shown: total(shown), lacking: total(lacking) };
}

const sum = (counts: ClusterCount[], key: 'successes' | 'trials') => counts.reduce((n, c) => n + c[key], 0);

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
