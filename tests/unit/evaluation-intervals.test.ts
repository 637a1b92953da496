import { describe, expect, it } from 'vitest';
import { clusterBootstrap, wilson } from '../../src/lib/evaluation/intervals.ts';
import { seededRandom, shuffled } from '../../src/lib/evaluation/random.ts';

describe('the Wilson interval', () => {
  it('matches the published interval for 8 of 10 (0.490–0.943)', () => {
    const interval = wilson(8, 10)!;
    expect(interval.low).toBeCloseTo(0.4902, 3);
    expect(interval.high).toBeCloseTo(0.9433, 3);
  });

  it('stays inside [0, 1] at the edges and is absent without trials', () => {
    expect(wilson(0, 20)!.low).toBe(0);
    expect(wilson(0, 20)!.high).toBeCloseTo(0.1611, 3);
    expect(wilson(5, 5)!.high).toBe(1);
    expect(wilson(0, 0)).toBeNull();
  });
});

describe('the stratified cluster bootstrap', () => {
  it('is a single point when every measure has the same ratio', () => {
    const clusters = ['a', 'b', 'c', 'd'].map((stratum) => ({ stratum, successes: 2, trials: 4 }));
    expect(clusterBootstrap(clusters)).toEqual({ low: 0.5, high: 0.5 });
  });

  it('resamples within each source: one measure per source leaves nothing to vary', () => {
    const clusters = [
      { stratum: 'a', successes: 3, trials: 4 },
      { stratum: 'b', successes: 1, trials: 4 },
    ];
    expect(clusterBootstrap(clusters)).toEqual({ low: 0.5, high: 0.5 });
  });

  it('spans both extremes for two measures of one source, one all right and one all wrong', () => {
    // Replicates are {A,A} = 1, {A,B} = 0.5, {B,B} = 0 with chances 1/4, 1/2, 1/4.
    const clusters = [
      { stratum: 'a', successes: 1, trials: 1 },
      { stratum: 'a', successes: 0, trials: 1 },
    ];
    expect(clusterBootstrap(clusters)).toEqual({ low: 0, high: 1 });
  });

  it('is wider than Wilson when the pairs of a measure go together', () => {
    // Ten measures of five pairs: five right on all pairs, five wrong on all. Wilson counts 50
    // independent pairs; the sample has ten measures, and Binomial(10, ½)/10 puts 2.5% below 0.2.
    const clusters = Array.from({ length: 10 }, (_, i) => ({ stratum: 'a', successes: i < 5 ? 5 : 0, trials: 5 }));
    const pairs = wilson(25, 50)!;
    const measures = clusterBootstrap(clusters)!;
    expect(pairs.low).toBeGreaterThan(0.35);
    expect(measures.low).toBeLessThanOrEqual(0.3);
    expect(measures.high).toBeGreaterThanOrEqual(0.7);
  });

  it('leaves out replicates with no trials and gives no interval when there are none at all', () => {
    const clusters = [
      { stratum: 'a', successes: 1, trials: 1 },
      { stratum: 'a', successes: 0, trials: 0 },
    ];
    expect(clusterBootstrap(clusters)).toEqual({ low: 1, high: 1 });
    expect(clusterBootstrap([{ stratum: 'a', successes: 0, trials: 0 }])).toBeNull();
  });

  it('gives the same interval for the same seed', () => {
    const clusters = Array.from({ length: 12 }, (_, i) => ({ stratum: i % 2 ? 'a' : 'b', successes: i % 3, trials: 3 }));
    expect(clusterBootstrap(clusters)).toEqual(clusterBootstrap(clusters));
  });
});

describe('seeded randomness', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(seededRandom(8)()).not.toBe(first[0]);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('shuffles to a permutation of its input', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffled(items, seededRandom(1));
    expect([...out].sort((x, y) => x - y)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
