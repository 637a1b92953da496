/** Chinese numerals are read and written by one module (src/lib/text/numerals.ts) for every use. */
import { describe, expect, it } from 'vitest';
import { parseNumeral, writeNumeral } from '../../src/lib/text/numerals.ts';
import { chineseNumber } from '../../src/lib/indicators/parse.ts';
import { numeralValue } from '../../src/lib/chains/text.ts';

describe('Chinese numerals', () => {
  it('reads headings’ numerals and digits', () => {
    expect(['一', '十', '十七', '二十九', '两', '一百零五', '12'].map(parseNumeral)).toEqual([1, 10, 17, 29, 2, 105, 12]);
    expect(parseNumeral('甲')).toBeNaN();
  });

  it('writes what it reads, as the decision numbers its articles', () => {
    for (const n of [1, 9, 10, 11, 17, 20, 29, 99]) expect(parseNumeral(writeNumeral(n))).toBe(n);
    expect(writeNumeral(17)).toBe('十七');
  });

  it('gives targets and “N级” the same values, within the forms each accepts', () => {
    expect(['一', '三', '十', '十五', '二十'].map(chineseNumber)).toEqual([1, 3, 10, 15, 20]);
    expect(chineseNumber('一百')).toBeUndefined();
    expect(['两', '三', '五'].map(numeralValue)).toEqual([2, 3, 5]);
    expect(numeralValue('一')).toBe(0);
  });
});
