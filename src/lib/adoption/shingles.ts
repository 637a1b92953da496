/**
 * Text → the characters that carry wording, and character n-gram shingles over them. Pure.
 *
 * The province writes half-width punctuation (`,` `(`), the local plans full-width (`，` `（`); both
 * are dropped, with spaces, so that reuse is seen whatever the typesetting. `map` keeps, for every
 * kept character, its index in the original text, so passages found here can be marked there.
 */

export interface Normalised {
  text: string;
  /** map[i] = index in the original text of normalised character i. */
  map: number[];
}

const dropped = /[\p{P}\p{S}\p{Z}\s]/u;

export function normalise(original: string): Normalised {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of original) {
    if (!dropped.test(ch)) {
      // Full-width digits and letters are the same words as their ASCII forms.
      const code = ch.codePointAt(0)!;
      text += code >= 0xff10 && code <= 0xff5a ? String.fromCodePoint(code - 0xfee0) : ch;
      map.push(i);
    }
    i += ch.length;
  }
  return { text, map };
}

export function shingles(text: string, n = 4): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= text.length; i++) out.add(text.slice(i, i + n));
  return out;
}

/** Share of `a`'s shingles that are also `b`'s (0 when `a` has none). */
export function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / a.size;
}

export function sharedCount(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared;
}
