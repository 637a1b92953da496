/**
 * Inter-rater agreement (src/lib/evaluation/agreement.ts) on tables small enough to compute by hand.
 */
import { describe, expect, it } from 'vitest';
import { agreement, agreementOf, agreementTable, disagreements, type Labelling } from '../../src/lib/evaluation/agreement.ts';

const labelling = (entries: Record<string, string[]>): Labelling => new Map(Object.entries(entries).map(([m, articles]) => [m, new Set(articles)]));

describe('agreement between two labellings', () => {
  it('gives kappa 0.4 for the 2×2 table 20 / 5 / 10 / 15', () => {
    // po = 35/50 = 0.7; first says yes to 25/50, second to 30/50; pe = 0.5·0.6 + 0.5·0.4 = 0.5;
    // kappa = (0.7 − 0.5) / (1 − 0.5) = 0.4; positive = 2·20 / (25 + 30) = 8/11; negative = 2·15 / (25 + 20) = 2/3.
    const result = agreementOf({ both: 20, firstOnly: 5, secondOnly: 10, neither: 15 });
    expect(result.pairs).toBe(50);
    expect(result.raw).toBeCloseTo(0.7, 12);
    expect(result.kappa).toBeCloseTo(0.4, 12);
    expect(result.positive).toBeCloseTo(8 / 11, 12);
    expect(result.negative).toBeCloseTo(2 / 3, 12);
  });

  it('counts every measure × article pair, an article left out of adopts being a negative', () => {
    // m1: a1 both, a3 second only; m2: a2 first only; the other three pairs neither.
    // po = 4/6; each says yes to 2/6; pe = 1/9 + 4/9 = 5/9; kappa = (2/3 − 5/9) / (4/9) = 1/4; positive = 2/4.
    const first = labelling({ m1: ['a1'], m2: ['a2'] });
    const second = labelling({ m1: ['a1', 'a3'], m2: [] });
    const table = agreementTable(['m1', 'm2'], ['a1', 'a2', 'a3'], first, second);
    expect(table).toEqual({ both: 1, firstOnly: 1, secondOnly: 1, neither: 3 });
    const result = agreement(['m1', 'm2'], ['a1', 'a2', 'a3'], first, second);
    expect(result.kappa).toBeCloseTo(0.25, 12);
    expect(result.positive).toBe(0.5);
    expect(disagreements(['m1', 'm2'], ['a1', 'a2', 'a3'], first, second)).toEqual([
      { measure: 'm1', article: 'a3', saidBy: 'second' },
      { measure: 'm2', article: 'a2', saidBy: 'first' },
    ]);
  });

  it('gives kappa 1 for identical labellings and 0 when agreement is what chance predicts', () => {
    const same = labelling({ m1: ['a1'], m2: [] });
    expect(agreement(['m1', 'm2'], ['a1', 'a2'], same, same)).toMatchObject({ raw: 1, kappa: 1, positive: 1, negative: 1 });
    // Each says yes to half the pairs, independently: po = 0.5 = pe, so kappa = 0 though raw agreement is 0.5.
    expect(agreementOf({ both: 1, firstOnly: 1, secondOnly: 1, neither: 1 })).toMatchObject({ raw: 0.5, kappa: 0, positive: 0.5 });
  });

  it('leaves kappa and positive agreement undefined when neither labelling has a positive', () => {
    const none = labelling({ m1: [] });
    expect(agreement(['m1'], ['a1', 'a2'], none, none)).toMatchObject({ raw: 1, kappa: null, positive: null, negative: 1 });
  });

  it('refuses labellings that do not cover the same pairs', () => {
    expect(() => agreement(['m1', 'm2'], ['a1'], labelling({ m1: [], m2: [] }), labelling({ m1: [] }))).toThrow('the second labelling has no entry for m2');
    expect(() => agreement(['m1'], ['a1'], labelling({ m1: ['a9'] }), labelling({ m1: [] }))).toThrow('m1 adopts a9, which is not among the articles compared');
    expect(() => agreementOf({ both: 0, firstOnly: 0, secondOnly: 0, neither: 0 })).toThrow('no pairs to compare');
  });
});
