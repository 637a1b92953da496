/**
 * Two documents, or two chapters, side by side: each measure of side A with its best counterpart on
 * side B, then what each side has that the other lacks. Pure; the side-by-side page runs it in the
 * browser over two shards (/side-by-side/data/{source}.json), the tests over the same data.
 *
 * A pair counts in either direction: A's measure lists B's as a counterpart, or B's lists A's
 * (each measure keeps its best few per other document, so the lists are not symmetric).
 */
import type { Shared, SideBySideMeasure, SideBySideShard } from '../../schemas/counterparts.ts';

export interface Side {
  shard: SideBySideShard;
  /** A chapter id of the shard's `chapters`; the whole document without one. */
  chapter?: string;
}

export interface AlignedRow {
  a: SideBySideMeasure;
  b: SideBySideMeasure;
  score: number;
  shared: Shared;
  /** [start, end) of the matching passage in a's text and in b's. */
  passageA: [number, number];
  passageB: [number, number];
  /** The framework articles both adopt (ids of the index's `articles`). */
  articles: string[];
}

export interface Alignment {
  rows: AlignedRow[];
  /** Side A's measures with no counterpart on side B, in reading order. */
  onlyA: SideBySideMeasure[];
  onlyB: SideBySideMeasure[];
  /** True when both sides are in one document: counterparts are only sought across documents. */
  sameDocument: boolean;
}

export const measuresOf = (side: Side) => side.shard.measures.filter((m) => !side.chapter || m.chapter === side.chapter);

export function alignSides(a: Side, b: Side): Alignment {
  const measuresA = measuresOf(a);
  const measuresB = measuresOf(b);
  const inB = new Map(measuresB.map((m) => [m.id, m]));
  const inA = new Map(measuresA.map((m) => [m.id, m]));
  const best = new Map<string, AlignedRow>();
  const pairedB = new Set<string>();
  const offer = (row: AlignedRow) => {
    pairedB.add(row.b.id);
    const current = best.get(row.a.id);
    if (!current || row.score > current.score) best.set(row.a.id, row);
  };
  if (a.shard.source !== b.shard.source) {
    for (const m of measuresA)
      for (const c of m.counterparts)
        if (c.source === b.shard.source && inB.has(c.measure))
          offer({ a: m, b: inB.get(c.measure)!, score: c.score, shared: c.shared, passageA: c.passage, passageB: c.counterpartPassage, articles: c.articles });
    for (const m of measuresB)
      for (const c of m.counterparts)
        if (c.source === a.shard.source && inA.has(c.measure))
          offer({ a: inA.get(c.measure)!, b: m, score: c.score, shared: c.shared, passageA: c.counterpartPassage, passageB: c.passage, articles: c.articles });
  }
  return {
    rows: measuresA.flatMap((m) => (best.has(m.id) ? [best.get(m.id)!] : [])),
    onlyA: measuresA.filter((m) => !best.has(m.id)),
    onlyB: measuresB.filter((m) => !pairedB.has(m.id)),
    sameDocument: a.shard.source === b.shard.source,
  };
}

/** How the link of a pair is named: 共同举措 for a dictionary instrument, 共同表述 for a shared phrase. */
export function sharedLabel(shared: Shared): { kind: string; text: string } {
  return shared.kind === 'instrument' ? { kind: '共同举措', text: shared.name } : { kind: '共同表述', text: shared.phrase };
}

/** `/side-by-side/?a=…&b=…`: the ids are passed as they are, never built from parts. */
export function sideBySideHref(a?: string, b?: string): string {
  const params = new URLSearchParams();
  if (a) params.set('a', a);
  if (b) params.set('b', b);
  const query = params.toString();
  return `/side-by-side/${query ? `?${query}` : ''}`;
}

export function readSideParams(search: string): { a: string; b: string } {
  const params = new URLSearchParams(search);
  return { a: params.get('a') ?? '', b: params.get('b') ?? '' };
}
