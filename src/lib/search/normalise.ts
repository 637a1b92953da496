/**
 * Text normalisation shared by the index, the query and the highlighter, so that "verbatim" means
 * the same thing everywhere:
 * - NFKC: full-width Latin, digits and punctuation → ASCII (１２３４５ → 12345, （一） → (一)); the
 *   sources mix both widths (one writes "建设," where another writes "建设，");
 * - lower case (Latin);
 * - traditional → simplified, OpenCC's table for the corpus's characters (trad-simp.ts);
 * - every whitespace character removed (ASCII and the ideographic space U+3000), because the
 *   sources pad headings with spaces (前　　言) and readers paste terms with stray spaces.
 * Punctuation is kept: it is part of what a reader may quote (“两委”).
 */
import { tradSimpVersion, tradToSimp } from './trad-simp.ts';

const whitespace = /\s/u;

/** Other characters' forms, computed once each: NFKC per character is slow and punctuation is frequent. */
const folded = new Map<string, string>();
/** The table version `folded` and `changeable` were built for. */
let compiledFor = -1;

/** The normalised form of one code point ('' for whitespace; may be longer for ligatures). */
function normaliseChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  // Fast path for the common case: a CJK ideograph that is not a traditional form.
  if (code >= 0x4e00 && code <= 0x9fff) return tradToSimp.get(ch) ?? ch;
  let form = folded.get(ch);
  if (form === undefined) {
    form = whitespace.test(ch) ? '' : Array.from(ch.normalize('NFKC').toLowerCase().replace(/\s+/gu, ''), (c) => tradToSimp.get(c) ?? c).join('');
    folded.set(ch, form);
  }
  return form;
}

/**
 * What normalisation may change: anything outside the common CJK block, and the traditional forms
 * inside it. Everything else (most of a Chinese text) is left as it is without being looked at.
 */
let changeable = /[^\u4e00-\u9fff]/gu;

/** Rebuilds the caches when a (new) traditional → simplified table was installed. */
function compile() {
  if (compiledFor === tradSimpVersion()) return;
  compiledFor = tradSimpVersion();
  folded.clear();
  const keys = [...tradToSimp.keys()].join('');
  changeable = keys ? new RegExp(`[^\\u4e00-\\u9fff]|[${keys}]`, 'gu') : /[^\u4e00-\u9fff]/gu;
}

/** Normalised text, for indexing and matching. */
export function normalise(text: string): string {
  compile();
  return text.replace(changeable, normaliseChar);
}

export interface MappedText {
  /** The normalised text. */
  text: string;
  /** For each normalised UTF-16 unit, the index in the original string where its character starts. */
  starts: number[];
  /** For each normalised UTF-16 unit, the index in the original string just after its character. */
  ends: number[];
}

/** Normalised text with a map back to the original, so hits found in the normalised text can be highlighted in the original. */
export function normaliseWithMap(text: string): MappedText {
  compile();
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const ch of text) {
    const piece = normaliseChar(ch);
    for (let k = 0; k < piece.length; k++) {
      starts.push(index);
      ends.push(index + ch.length);
    }
    out += piece;
    index += ch.length;
  }
  return { text: out, starts, ends };
}

/**
 * Query terms: whitespace-separated (ASCII or ideographic space) terms, each normalised; empty
 * and duplicate terms dropped. Punctuation does not split, so a pasted sentence stays one term.
 */
export function queryTerms(query: string): string[] {
  const terms = query
    .split(/\s+/u)
    .map(normalise)
    .filter((term) => term.length > 0);
  return [...new Set(terms)];
}
