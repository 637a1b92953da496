/**
 * Characters that show nothing, or that reorder what is shown, and look-alikes a heading may be
 * written with. Ingest keeps them in the text (it is lossless) but must not let them change the
 * structure or the display.
 */

/** Zero-width and format characters: ZWSP, ZWNJ, ZWJ, LRM/RLM, word joiner, BOM, soft hyphen, … */
const invisibleClass = '\\u00AD\\u034F\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF';
/* eslint-disable no-misleading-character-class -- each character is matched alone: a ZWJ here is debris, not part of an emoji */
export const invisibleCharacter = new RegExp(`[${invisibleClass}]`);
const invisibleCharacters = new RegExp(`[${invisibleClass}]`, 'g');
const onlyInvisible = new RegExp(`^[${invisibleClass}]+$`);
/* eslint-enable no-misleading-character-class */

/** Bidi embeddings, overrides and isolates: they can reverse the text shown after them. */
export const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;
export const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

/** The text with invisible characters taken out, for recognising what a line is. */
export function withoutInvisible(text: string): string {
  return text.replace(invisibleCharacters, '');
}

/** `U+200B, U+202E`: the invisible characters of a text, named for a message. */
export function nameInvisible(text: string): string {
  const found = new Set(text.match(invisibleCharacters) ?? []);
  return [...found].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}

/**
 * A source line that holds only invisible characters (and spaces). It is no unit: ingest drops it
 * and the lossless check leaves it out of the source too. A TAB line is a table cell and stays.
 */
export function isInvisibleLine(raw: string): boolean {
  if (raw.startsWith('\t')) return false;
  const trimmed = raw.trim();
  return trimmed !== '' && onlyInvisible.test(trimmed.replace(/[\s\u3000]+/g, ''));
}
