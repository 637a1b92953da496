/**
 * The adoption matcher scored against a hand-labelled evaluation set. Pure.
 *
 * The set is a sample of local measures; each drawn measure is paired with every framework
 * article, so a pair the labeller did not mark as adopted is a negative. Per source and per half
 * (tuning, blind): true and false positives, false negatives, precision and recall with Wilson 95%
 * intervals, and recall on the positives the measure words differently from the article (reworded).
 */

export type Half = 'tuning' | 'blind';

export interface LabelledMeasure {
  measure: string;
  half: Half;
  adopts: Array<{ article: string; wording: 'verbatim' | 'reworded' }>;
}

export interface Interval {
  low: number;
  high: number;
}

export interface Rate {
  /** Successes over trials; null when there are no trials. */
  value: number | null;
  successes: number;
  trials: number;
  /** Wilson score interval at 95%; null when there are no trials. */
  interval: Interval | null;
}

export interface EvaluationCell {
  /** A source's slug, or `all`. */
  source: string;
  half: Half;
  measures: number;
  pairs: number;
  positives: number;
  tp: number;
  fp: number;
  fn: number;
  precision: Rate;
  recall: Rate;
  /** Recall on the positives labelled `reworded`. */
  rewordedRecall: Rate;
  /** The pairs missed and the pairs wrongly found, `measure>article`, for reading. */
  missed: string[];
  wrong: string[];
}

const Z = 1.959964;

/** Wilson score interval for `successes` of `trials` at 95%. */
export function wilson(successes: number, trials: number): Interval | null {
  if (trials === 0) return null;
  const p = successes / trials;
  const z2 = Z * Z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (Z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export function rate(successes: number, trials: number): Rate {
  return { value: trials ? successes / trials : null, successes, trials, interval: wilson(successes, trials) };
}

export interface EvaluationInput {
  labels: LabelledMeasure[];
  /** Every framework article a drawn measure is paired with. */
  articles: string[];
  /** The measure's source slug. */
  sourceOf: (measure: string) => string;
  /** Whether the matcher says the measure adopts the article. */
  found: (measure: string, article: string) => boolean;
  /** Source slugs in the order to report them. */
  sources: string[];
}

/** One cell per source and half, then `all` per half (sources with no drawn measure are left out). */
export function evaluateAdoption({ labels, articles, sourceOf, found, sources }: EvaluationInput): EvaluationCell[] {
  const cells: EvaluationCell[] = [];
  for (const half of ['tuning', 'blind'] as const) {
    const inHalf = labels.filter((l) => l.half === half);
    for (const source of [...sources, 'all']) {
      const drawn = inHalf.filter((l) => source === 'all' || sourceOf(l.measure) === source);
      if (drawn.length === 0) continue;
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let reworded = 0;
      let rewordedFound = 0;
      const missed: string[] = [];
      const wrong: string[] = [];
      for (const label of drawn) {
        const positive = new Map(label.adopts.map((a) => [a.article, a.wording]));
        for (const article of articles) {
          const got = found(label.measure, article);
          const wording = positive.get(article);
          if (wording === 'reworded') {
            reworded++;
            if (got) rewordedFound++;
          }
          if (got && wording) tp++;
          else if (got) {
            fp++;
            wrong.push(`${label.measure}>${article}`);
          } else if (wording) {
            fn++;
            missed.push(`${label.measure}>${article}`);
          }
        }
      }
      cells.push({
        source,
        half,
        measures: drawn.length,
        pairs: drawn.length * articles.length,
        positives: tp + fn,
        tp,
        fp,
        fn,
        precision: rate(tp, tp + fp),
        recall: rate(tp, tp + fn),
        rewordedRecall: rate(rewordedFound, reworded),
        missed,
        wrong,
      });
    }
  }
  return cells;
}

/** A plain-text table of the cells, for test output and logs. */
export function formatEvaluation(cells: EvaluationCell[]): string {
  const pct = (r: Rate) => (r.value === null ? '   —' : r.value.toFixed(2));
  const ci = (r: Rate) => (r.interval ? `[${r.interval.low.toFixed(2)}–${r.interval.high.toFixed(2)}]` : '');
  const rows = cells.map((c) =>
    [
      c.half.padEnd(6),
      c.source.padEnd(10),
      String(c.measures).padStart(4),
      String(c.pairs).padStart(5),
      String(c.positives).padStart(4),
      `${c.tp}/${c.fp}/${c.fn}`.padStart(9),
      `${pct(c.precision)} ${ci(c.precision)}`.padEnd(18),
      `${pct(c.recall)} ${ci(c.recall)}`.padEnd(18),
      `${pct(c.rewordedRecall)} (${c.rewordedRecall.successes}/${c.rewordedRecall.trials})`,
    ].join(' '),
  );
  return ['half   source     meas pairs  pos  TP/FP/FN precision [95%]    recall [95%]       reworded recall', ...rows].join('\n');
}
