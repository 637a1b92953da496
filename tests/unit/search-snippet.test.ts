import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/lib/search/normalise.ts';
import { hitRanges, highlight, snippet } from '../../src/lib/search/snippet.ts';

const marked = (parts: Array<{ text: string; hit: boolean }>) => parts.filter((p) => p.hit).map((p) => p.text);

describe('snippet', () => {
  it('shows every hit, each marked, with context and ellipses for what is left out', () => {
    const text = `${'甲'.repeat(100)}社区${'乙'.repeat(100)}社区${'丙'.repeat(100)}社区`;
    const parts = snippet(text, ['社区'], [], 5);
    expect(marked(parts)).toEqual(['社区', '社区', '社区']);
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.map((p) => p.text).join('')).toBe('…甲甲甲甲甲社区乙乙乙乙乙…乙乙乙乙乙社区丙丙丙丙丙…丙丙丙丙丙社区');
  });

  it('highlights the original characters of a normalised hit (traditional, spaced)', () => {
    expect(marked(highlight('建設黨群 服務中心。', ['党群服务中心']))).toEqual(['黨群 服務中心']);
  });

  it('merges overlapping needles into one mark', () => {
    expect(hitRanges('党群服务中心', ['党群服务', '服务中心'])).toEqual([[0, 6]]);
  });

  it('marks fuzzy ranges given in normalised offsets', () => {
    expect(marked(highlight('前 文党群服务中心', [], [[2, 7]]))).toEqual(['党群服务中']);
  });

  it('keeps markup-like source or query text as plain text parts', () => {
    const text = '注意<img src=x onerror=alert(1)>字样';
    // Needles come normalised from the engine (spaces removed).
    const parts = highlight(text, [normalise('<img src=x onerror=alert(1)>')]);
    expect(marked(parts)).toEqual(['<img src=x onerror=alert(1)>']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('without a hit, shows the start of the text', () => {
    expect(snippet('一二三四五', ['无'], [], 1)).toEqual([{ text: '一二三…', hit: false }]);
  });
});
