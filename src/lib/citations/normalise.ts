/**
 * One key for the ways a title is written. Citations of the same document differ in spacing
 * (中共中央 国务院 / 中共中央国务院), in a 、 or a space before 推进, in quotation marks, and the
 * provincial decision is cited as “…十九届四中全会精神…” while its own heading says “…十九大精神…”.
 * Pure.
 */

/** Spaces (including the ideographic space), enumeration commas, quotation marks and other punctuation. */
const NOISE = /[\s\u3000、，,。．.·・：:；;！!？?“”"‘’'「」『』〈〉<>（）()【】[\]—\-–_]/g;

/**
 * Wording variants that name the same thing. A provincial Party Committee's decision (at its
 * 6th plenum) implements the 19th Congress and its 4th plenum; its heading says 十九大, the local
 * plans cite it with 十九届四中全会. Mapping the plenum onto the congress joins the two.
 */
const VARIANTS: Array<[RegExp, string]> = [[/十九届四中全会/g, '十九大']];

export function normaliseTitle(title: string): string {
  let key = title.normalize('NFKC').replace(NOISE, '');
  for (const [pattern, replacement] of VARIANTS) key = key.replace(pattern, replacement);
  return key;
}
