import { beforeAll, describe, expect, it } from 'vitest';
import { allowedErrors, fuzzyFind, loadFuzzy, piecesOf, substringDistance, windowsOf } from '../../src/lib/search/fuzzy.ts';

beforeAll(loadFuzzy);

describe('fuzzy prefilter', () => {
  it('cuts a term into errors + 1 disjoint pieces that cover it', () => {
    for (const term of ['党群服务', '党群服务中心', '社会组织培育服务', '城乡社区发展治理规划']) {
      const pieces = piecesOf(term);
      expect(pieces).toHaveLength(allowedErrors(term) + 1);
      expect(pieces.map((p) => p.piece).join('')).toBe(term);
      expect(pieces.every((p) => term.slice(p.offset, p.offset + p.piece.length) === p.piece)).toBe(true);
      expect(pieces.every((p) => p.piece.length >= 2)).toBe(true);
    }
  });

  it('edit distance to the best substring counts substitutions, insertions and deletions', () => {
    expect(substringDistance('党群服务', '建设党群服务中心')).toBe(0);
    expect(substringDistance('党群服务', '建设党员服务中心')).toBe(1);
    expect(substringDistance('党群服务', '建设党群众服务中心')).toBe(1);
    expect(substringDistance('党群服务', '建设党服务中心')).toBe(1);
    expect(substringDistance('党群服务', '社会组织')).toBe(4);
  });

  it('finds a one-edit occurrence wherever it is in a long text, with the span to highlight', () => {
    const term = '党群服务中心';
    const text = `${'无关文字。'.repeat(300)}建设党群服务中新，方便群众`;
    const windows = windowsOf(7, text, term);
    expect(windows).toHaveLength(1);
    const [match] = fuzzyFind(term, windows);
    expect(match.index).toBe(7);
    expect(match.ranges.length).toBeGreaterThan(0);
    const [start, end] = match.ranges[0];
    expect(text.slice(start, end)).toContain('党群服务中');
  });

  it('rejects places with more edits than allowed', () => {
    expect(windowsOf(0, '建设党员活动中心', '党群服务中心')).toEqual([]);
  });
});
