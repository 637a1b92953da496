import { beforeAll, describe, expect, it } from 'vitest';
import { normalise } from '../../src/lib/search/normalise.ts';
import { firstClause, hitRanges, highlight, snippet } from '../../src/lib/search/snippet.ts';
import { useTradSimp } from '../../src/lib/search/trad-simp.ts';

// A hand-written table (the build's comes from OpenCC: search-trad-simp.test.ts).
beforeAll(() => useTradSimp('黨党務务設设'));

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

describe('firstClause', () => {
  it('is the text up to its first comma, semicolon or full stop, for a title that names the passage', () => {
    expect(firstClause('完善社区服务设施，推进综合服务中心建设。加强管理')).toBe('完善社区服务设施');
    expect(firstClause('建立联席会议制度；定期研究。')).toBe('建立联席会议制度');
    expect(firstClause('健全工作机制。其余')).toBe('健全工作机制');
  });

  it('is the whole text when it has no such mark', () => {
    expect(firstClause('社区服务设施建设工程')).toBe('社区服务设施建设工程');
  });
});
