/**
 * Confidence intervals for precision and recall over a labelled sample. Pure.
 *
 * - `wilson`: the Wilson score interval (Wilson 1927), which treats every pair as an independent
 *   trial. Right when pairs are sampled one by one.
 * - `clusterBootstrap`: the evaluation sets are drawn by measure, stratified by source, and every
 *   drawn measure is paired with every article (a cluster sample). Pairs of one measure are not
 *   independent: a measure that adopts much, or that the detector reads wrongly, moves many pairs at
 *   once. So the interval a paper should cite resamples what was sampled — measures, with
 *   replacement, within each source, as many as were drawn there (Davison & Hinkley 1997, §3.8) —
 *   and takes the percentiles of the ratio Σ successes / Σ trials over the replicates. Seeded, so
 *   the figure is reproducible.
 */
import { seededRandom } from './random.ts';

export interface Interval {
  low: number;
  high: number;
}

const Z95 = 1.959964;

/** Wilson score interval for `successes` of `trials` at 95%; null when there are no trials. */
export function wilson(successes: number, trials: number): Interval | null {
  if (trials === 0) return null;
  const p = successes / trials;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** One sampled unit (a measure): its stratum (source) and its own successes and trials. */
export interface ClusterCount {
  stratum: string;
  successes: number;
  trials: number;
}

export interface BootstrapOptions {
  replicates: number;
  seed: number;
}

export const defaultBootstrap: BootstrapOptions = { replicates: 2000, seed: 20261125 };

/**
 * Stratified cluster bootstrap percentile interval at 95% for Σ successes / Σ trials; null when
 * there are no trials. A replicate with no trials (e.g. no predictions left, for precision) has no
 * ratio and is left out, so the interval is conditional on there being some.
 */
export function clusterBootstrap(clusters: readonly ClusterCount[], options: BootstrapOptions = defaultBootstrap, random = seededRandom(options.seed)): Interval | null {
  if (clusters.reduce((sum, c) => sum + c.trials, 0) === 0) return null;
  const strata = new Map<string, ClusterCount[]>();
  for (const c of clusters) strata.set(c.stratum, [...(strata.get(c.stratum) ?? []), c]);
  const ratios: number[] = [];
  for (let r = 0; r < options.replicates; r++) {
    let successes = 0;
    let trials = 0;
    for (const members of strata.values()) {
      for (let i = 0; i < members.length; i++) {
        const drawn = members[Math.floor(random() * members.length)];
        successes += drawn.successes;
        trials += drawn.trials;
      }
    }
    if (trials > 0) ratios.push(successes / trials);
  }
  ratios.sort((a, b) => a - b);
  const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.max(0, Math.round(q * (ratios.length - 1))))];
  return { low: at(0.025), high: at(0.975) };
}
