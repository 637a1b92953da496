/**
 * Snippets with every hit highlighted. Hits are found in the normalised text (so 黨群 highlights
 * 党群 and a hit across a padded space is still one hit) and mapped back to the original
 * characters. Output is plain parts for the page to turn into text nodes and <mark> elements —
 * never HTML.
 */
import { normaliseWithMap } from './normalise.ts';

export interface Part {
  text: string;
  hit: boolean;
}

/** Characters of context shown on each side of a hit. */
export const contextChars = 24;

/** Ranges [start, end) in the original text covered by any needle or extra normalised range, merged. */
export function hitRanges(text: string, needles: string[], normalisedRanges: Array<[number, number]> = []): Array<[number, number]> {
  const mapped = normaliseWithMap(text);
  const spans: Array<[number, number]> = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = mapped.text.indexOf(needle); at >= 0; at = mapped.text.indexOf(needle, at + 1)) spans.push([at, at + needle.length]);
  }
  for (const [start, end] of normalisedRanges) if (start < end && end <= mapped.text.length) spans.push([start, end]);
  const original = spans.map(([start, end]) => [mapped.starts[start], mapped.ends[end - 1]] as [number, number]);
  original.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const span of original) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** The whole text split into parts, hits marked. */
export function highlight(text: string, needles: string[], normalisedRanges: Array<[number, number]> = []): Part[] {
  return partsOf(text, hitRanges(text, needles, normalisedRanges), 0, text.length);
}

function partsOf(text: string, ranges: Array<[number, number]>, from: number, to: number): Part[] {
  const parts: Part[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(Math.max(start, from), Math.min(end, to)), hit: true });
    at = Math.min(end, to);
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false });
  return parts;
}

/**
 * A snippet: every hit with `contextChars` around it, overlapping windows merged, gaps shown as
 * `…`. Every hit is in it, so a reader can count them; with no hit, the text's start.
 */
export function snippet(text: string, needles: string[], normalisedRanges: Array<[number, number]> = [], context = contextChars): Part[] {
  const ranges = hitRanges(text, needles, normalisedRanges);
  if (ranges.length === 0) {
    const end = Math.min(text.length, context * 3);
    return [{ text: text.slice(0, end) + (end < text.length ? '…' : ''), hit: false }];
  }
  const windows: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const window: [number, number] = [Math.max(0, start - context), Math.min(text.length, end + context)];
    const last = windows[windows.length - 1];
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else windows.push(window);
  }
  const parts: Part[] = [];
  windows.forEach(([from, to], i) => {
    if (from > 0 || i > 0) parts.push({ text: '…', hit: false });
    parts.push(...partsOf(text, ranges, from, to));
    if (i === windows.length - 1 && to < text.length) parts.push({ text: '…', hit: false });
  });
  return parts;
}

/**
 * A result title for a unit without one (a measure with no lead sentence): its first clause, up to
 * the first ，；or 。, so the title names the passage instead of repeating all of it.
 */
export function firstClause(text: string): string {
  const end = text.search(/[，；。]/u);
  return end > 0 ? text.slice(0, end) : text;
}
