/**
 * Result order. Tiers first, so a verbatim hit always stands before any variant or fuzzy one:
 *   0 verbatim — the whole query (spaces removed) occurs as written (after normalisation);
 *   1 all terms — every space-separated term occurs, not necessarily together;
 *   2 variant — every term occurs as written, as a listed short form (aliases) or as its words in
 *     another order (Intl.Segmenter);
 *   3 fuzzy — fuse.js finds a term with a wrong character or two.
 * Within a tier: the unit whose id is the query, then headings, then units whose title holds a hit, then more occurrences, then
 * reading order (documents in the site's order, then by line).
 */
export const tiers = { verbatim: 0, allTerms: 1, variant: 2, fuzzy: 3 } as const;
export type Tier = (typeof tiers)[keyof typeof tiers];
export const tierLabel: Record<Tier, string> = { 0: '原文匹配', 1: '全部检索词', 2: '近义或词序变化', 3: '模糊匹配' };

export interface Hit {
  /** Record index in the search index. */
  index: number;
  tier: Tier;
  /** The query is the unit's id 3, heading 2, title hit 1, else 0. */
  weight: number;
  /** Occurrences of the terms (tiers 0–2) or 1 − fuse score scaled (tier 3): larger ranks higher. */
  strength: number;
  /** Normalised strings to highlight: terms and the variants that matched. */
  needles: string[];
  /** Extra ranges to highlight in the normalised text (fuzzy matches), [start, end). */
  ranges: Array<[number, number]>;
}

export function compareHits(a: Hit, b: Hit): number {
  return a.tier - b.tier || b.weight - a.weight || b.strength - a.strength || a.index - b.index;
}

/** Whether a hit is a verbatim one (tiers 0 and 1): the honest count a researcher relies on. */
export const isExact = (hit: Hit) => hit.tier <= tiers.allTerms;
