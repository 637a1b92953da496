/** Bidi controls in text a page renders from records: cut out for <bdi>, or closed at once in plain text. */
import { describe, expect, it } from 'vitest';
import { bidiPieces, closeBidiControls } from '../../src/lib/bidi.ts';

describe('bidi controls in headings and titles', () => {
  it('cuts a heading at each control, naming its code point, and keeps every character', () => {
    const heading = '四、保障\u202E措施';
    expect(bidiPieces(heading)).toEqual([{ text: '四、保障' }, { text: '\u202E', control: 'U+202E' }, { text: '措施' }]);
    expect(
      bidiPieces('甲\u2066乙\u2069')
        .map((p) => p.text)
        .join(''),
    ).toBe('甲\u2066乙\u2069');
    expect(bidiPieces('没有控制字符')).toEqual([{ text: '没有控制字符' }]);
  });

  it('closes each embedding or override with U+202C and each isolate with U+2069, removing nothing', () => {
    expect(closeBidiControls('保障\u202E措施')).toBe('保障\u202E\u202C措施');
    expect(closeBidiControls('甲\u2067乙\u2069')).toBe('甲\u2067\u2069乙\u2069');
    expect(closeBidiControls('普通标题')).toBe('普通标题');
  });
});
