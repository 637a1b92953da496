/**
 * Local alignment of two normalised texts. Two tools:
 * - `smithWaterman`: the best-scoring local alignment (match +2, mismatch −1, gap −1), for a score
 *   that tolerates small edits such as 村(社区) → 城乡社区;
 * - `sharedPassages`: every maximal common substring of at least `minLength` characters, chosen
 *   greedily longest first without overlaps, then joined with neighbours on the same diagonal when
 *   the gap between them is small on both sides: the passages one text reuses from the other.
 */

export interface Passage {
  /** Start and end (exclusive) in text a and text b. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Characters in exact agreement inside the passage. */
  matched: number;
}

export interface Alignment {
  score: number;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

export function smithWaterman(a: string, b: string, { match = 2, mismatch = -1, gap = -1 } = {}): Alignment {
  const cols = b.length + 1;
  // Full matrix of scores for the traceback; texts here are a few hundred characters.
  const h = new Int32Array((a.length + 1) * cols);
  let best = 0;
  let bestI = 0;
  let bestJ = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const diag = h[(i - 1) * cols + j - 1] + (a[i - 1] === b[j - 1] ? match : mismatch);
      const score = Math.max(0, diag, h[(i - 1) * cols + j] + gap, h[i * cols + j - 1] + gap);
      h[i * cols + j] = score;
      if (score > best) [best, bestI, bestJ] = [score, i, j];
    }
  }
  let i = bestI;
  let j = bestJ;
  while (i > 0 && j > 0 && h[i * cols + j] > 0) {
    const here = h[i * cols + j];
    if (here === h[(i - 1) * cols + j - 1] + (a[i - 1] === b[j - 1] ? match : mismatch)) {
      i--;
      j--;
    } else if (here === h[(i - 1) * cols + j] + gap) i--;
    else j--;
  }
  return { score: best, aStart: i, aEnd: bestI, bStart: j, bEnd: bestJ };
}

/** Maximal exact common substrings of length ≥ minLength, as (aStart, bStart, length). */
export function maximalMatches(a: string, b: string, minLength: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : 0;
      // A run is maximal where it cannot be extended to the lower right.
      const ends = i === a.length || j === b.length || a[i] !== b[j];
      if (cur[j] >= minLength && ends) out.push([i - cur[j], j - cur[j], cur[j]]);
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return out;
}

export interface PassageOptions {
  minLength?: number;
  maxGap?: number;
  /** Which exact runs count (before joining), e.g. not generic wording: `keep(aStart, aEnd)`. */
  keep?: (aStart: number, aEnd: number) => boolean;
}

export function sharedPassages(a: string, b: string, { minLength = 8, maxGap = 4, keep = () => true }: PassageOptions = {}): Passage[] {
  const runs = maximalMatches(a, b, minLength).sort((x, y) => y[2] - x[2] || x[0] - y[0]);
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const chosen: Passage[] = [];
  for (const [ai, bi, len] of runs) {
    // Trim a run where it overlaps one already chosen; keep what is left if still long enough.
    let s = 0;
    let e = len;
    while (s < e && (usedA[ai + s] || usedB[bi + s])) s++;
    while (e > s && (usedA[ai + e - 1] || usedB[bi + e - 1])) e--;
    if (e - s < minLength) continue;
    let clash = false;
    for (let k = s; k < e && !clash; k++) clash = usedA[ai + k] === 1 || usedB[bi + k] === 1;
    if (clash) continue;
    usedA.fill(1, ai + s, ai + e);
    usedB.fill(1, bi + s, bi + e);
    // A run that does not count still claims its characters, so no shorter copy of it counts either.
    if (!keep(ai + s, ai + e)) continue;
    chosen.push({ aStart: ai + s, aEnd: ai + e, bStart: bi + s, bEnd: bi + e, matched: e - s });
  }
  chosen.sort((x, y) => x.aStart - y.aStart);
  // Join neighbours: the same passage with a word or two changed in between.
  const merged: Passage[] = [];
  for (const p of chosen) {
    const last = merged[merged.length - 1];
    const gapA = last ? p.aStart - last.aEnd : Infinity;
    const gapB = last ? p.bStart - last.bEnd : Infinity;
    if (last && gapA >= 0 && gapB >= 0 && gapA <= maxGap && gapB <= maxGap) {
      last.aEnd = p.aEnd;
      last.bEnd = p.bEnd;
      last.matched += p.matched;
    } else merged.push({ ...p });
  }
  return merged;
}
