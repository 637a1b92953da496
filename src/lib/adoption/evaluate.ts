/**
 * The adoption matcher scored against a hand-labelled evaluation set. Pure.
 *
 * The set is a sample of local measures; each drawn measure is paired with every framework
 * article, so a pair the labeller did not mark as adopted is a negative. Per source and per half
 * (tuning, blind): true and false positives, false negatives, precision and recall with Wilson 95%
 * intervals, and recall on the positives the measure words differently from the article (reworded).
 * Each rate also carries a cluster bootstrap interval over measures, because the set is drawn by
 * measure (src/lib/evaluation/intervals.ts).
 */
import { clusterBootstrap, wilson, type ClusterCount, type Interval } from '../evaluation/intervals.ts';

export type { Interval };

export type Half = 'tuning' | 'blind';

export interface LabelledMeasure {
  measure: string;
  half: Half;
  adopts: Array<{ article: string; wording: 'verbatim' | 'reworded' }>;
}

export interface Rate {
  /** Successes over trials; null when there are no trials. */
  value: number | null;
  successes: number;
  trials: number;
  /** Wilson score interval at 95%, every pair an independent trial; null when there are no trials. */
  interval: Interval | null;
  /** Stratified cluster bootstrap at 95%, measures resampled within each source (src/lib/evaluation/intervals.ts): the interval to cite. */
  cluster: Interval | null;
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

/** A rate with both intervals; `clusters` are the per-measure counts it sums. */
export function rate(successes: number, trials: number, clusters: ClusterCount[] = [{ stratum: '', successes, trials }]): Rate {
  return { value: trials ? successes / trials : null, successes, trials, interval: wilson(successes, trials), cluster: clusterBootstrap(clusters) };
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
      // Per measure, for the cluster bootstrap: [true positives, predicted, labelled, reworded found, reworded].
      const perMeasure: Array<{ stratum: string; counts: number[] }> = [];
      for (const label of drawn) {
        const positive = new Map(label.adopts.map((a) => [a.article, a.wording]));
        const counts = [0, 0, 0, 0, 0];
        for (const article of articles) {
          const got = found(label.measure, article);
          const wording = positive.get(article);
          if (got) counts[1]++;
          if (wording) counts[2]++;
          if (wording === 'reworded') {
            reworded++;
            counts[4]++;
            if (got) {
              rewordedFound++;
              counts[3]++;
            }
          }
          if (got && wording) {
            tp++;
            counts[0]++;
          } else if (got) {
            fp++;
            wrong.push(`${label.measure}>${article}`);
          } else if (wording) {
            fn++;
            missed.push(`${label.measure}>${article}`);
          }
        }
        perMeasure.push({ stratum: sourceOf(label.measure), counts });
      }
      const clusters = (successes: number, trials: number) => perMeasure.map(({ stratum, counts }) => ({ stratum, successes: counts[successes], trials: counts[trials] }));
      cells.push({
        source,
        half,
        measures: drawn.length,
        pairs: drawn.length * articles.length,
        positives: tp + fn,
        tp,
        fp,
        fn,
        precision: rate(tp, tp + fp, clusters(0, 1)),
        recall: rate(tp, tp + fn, clusters(0, 2)),
        rewordedRecall: rate(rewordedFound, reworded, clusters(3, 4)),
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
  const ci = (r: Rate) => (r.cluster ? `[${r.cluster.low.toFixed(2)}–${r.cluster.high.toFixed(2)}]` : '');
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
  return ['half   source     meas pairs  pos  TP/FP/FN precision [95% cl] recall [95% cl]        reworded recall', ...rows].join('\n');
}
