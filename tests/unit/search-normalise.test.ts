import { beforeAll, describe, expect, it } from 'vitest';
import { normalise, normaliseWithMap, queryTerms } from '../../src/lib/search/normalise.ts';
import { tradToSimp, useTradSimp } from '../../src/lib/search/trad-simp.ts';

// A hand-written table: the normaliser's behaviour, whatever the table (OpenCC's: search-trad-simp.test.ts).
beforeAll(() => useTradSimp('黨党務务網网會会組组織织建建領领'));

describe('normalise', () => {
  it('removes every kind of whitespace, including the ideographic space the sources pad headings with', () => {
    expect(normalise('前　　言')).toBe('前言');
    expect(normalise('党群 服务\t中心\n')).toBe('党群服务中心');
  });

  it('folds full-width Latin and digits and lower-cases Latin', () => {
    expect(normalise('１２３４５热线')).toBe('12345热线');
    expect(normalise('ＡＢＣ abc')).toBe('abcabc');
  });

  it('maps traditional characters to simplified ones through the installed table', () => {
    expect(normalise('黨群服務中心')).toBe('党群服务中心');
    expect(normalise('網格化管理')).toBe('网格化管理');
    expect(normalise('社會組織')).toBe('社会组织');
  });

  it('keeps punctuation, which readers quote (“两委”)', () => {
    expect(normalise('“两委”')).toBe('“两委”');
  });

  it('the installed table is one character to one, and never maps a character to itself', () => {
    expect(tradToSimp.size).toBeGreaterThan(0);
    for (const [traditional, simplified] of tradToSimp) {
      expect([...traditional]).toHaveLength(1);
      expect([...simplified]).toHaveLength(1);
      expect(traditional).not.toBe(simplified);
    }
  });
});

describe('normaliseWithMap', () => {
  it('maps each normalised character back to the original span', () => {
    const original = '党群 服務　中心';
    const mapped = normaliseWithMap(original);
    expect(mapped.text).toBe('党群服务中心');
    const at = mapped.text.indexOf('服务中心');
    const end = at + '服务中心'.length;
    expect(original.slice(mapped.starts[at], mapped.ends[end - 1])).toBe('服務　中心');
  });

  it('agrees with normalise on the text', () => {
    const text = 'ＡＢ　第一章  黨建引領（一）12345';
    expect(normaliseWithMap(text).text).toBe(normalise(text));
  });
});

describe('queryTerms', () => {
  it('splits on ASCII and ideographic spaces, normalises, drops empty and duplicate terms', () => {
    expect(queryTerms(' 社区　养老 社区  黨建 ')).toEqual(['社区', '养老', '党建']);
    // NFKC folds full-width punctuation too, so （一） and (一) are the same to search.
    expect(queryTerms('统筹，协调')).toEqual(['统筹,协调']);
    expect(queryTerms('   ')).toEqual([]);
  });
});
