/**
 * Bidi controls (embeddings, overrides, isolates) in text a page renders from records — chapter
 * and section headings, title lines — must not reorder what is shown, as they cannot in the body
 * (scripts/plugins/isolate-bidi-controls.ts). The text keeps them (it is the source's); each is
 * shown isolated, or, where no markup is possible (<title>, meta), closed right after itself.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

/** A run of text, or one bidi control with its code point (`U+202E`). */
export interface BidiPiece {
  text: string;
  control?: string;
}

/** The text cut at each bidi control, so a page can isolate each one (`<bdi>`). */
export function bidiPieces(text: string): BidiPiece[] {
  const pieces: BidiPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(bidiControls)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index) });
    pieces.push({ text: match[0], control: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase()}` });
    last = match.index + 1;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/**
 * Plain text in which every embedding or override (U+202A–U+202E) is closed at once by U+202C and
 * every isolate (U+2066–U+2068) by U+2069, so none reaches the characters after it. Nothing is removed.
 */
export function closeBidiControls(text: string): string {
  return text.replace(/[\u202A-\u202E]/g, '$&\u202C').replace(/[\u2066-\u2068]/g, '$&\u2069');
}
