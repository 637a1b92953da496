/**
 * Small text helpers for reading chains: bracket-aware splitting (levels such as 县（市、区）
 * contain separators inside brackets), sentence splitting, and the numerals used in “N级”.
 */
import { parseNumeral } from '../text/numerals.ts';
import { splitSentences } from '../text/clauses.ts';

const OPEN = '（(〔[【';
const CLOSE = '）)〕]】';

/** Split `text` wherever `isSeparator` matches outside brackets; runs of separators (——) count once. */
export function splitTopLevel(text: string, isSeparator: (char: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  let lastWasSeparator = false;
  for (const char of text) {
    if (OPEN.includes(char)) depth += 1;
    if (CLOSE.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && isSeparator(char)) {
      if (!lastWasSeparator) parts.push(current);
      current = '';
      lastWasSeparator = true;
      continue;
    }
    lastWasSeparator = false;
    current += char;
  }
  parts.push(current);
  return parts;
}

/** Whether `char` occurs in `text` outside brackets. */
export function hasTopLevel(text: string, isSeparator: (char: string) => boolean): boolean {
  return splitTopLevel(text, isSeparator).length > 1;
}

export const isDash = (char: string) => '—－–-'.includes(char);
export const isPlus = (char: string) => char === '+' || char === '＋';
export const isEnumerationComma = (char: string) => char === '、';

/** Where a clause ends: a level list never crosses these (outside brackets). */
export const CLAUSE_BOUNDARY = '，。；：,;:！？!?“”《》';

/** The sentences of a measure, each with its closing punctuation, in order. */
export function sentences(text: string): string[] {
  return splitSentences(text).map((sentence) => sentence.text);
}

export const NUMERAL_CLASS = '二两三四五六七八九';
/** The N of “N级” (one of NUMERAL_CLASS), read by src/lib/text/numerals.ts; 0 for anything else. */
export function numeralValue(char: string): number {
  return NUMERAL_CLASS.includes(char) ? parseNumeral(char) : 0;
}

const KINDS: Record<number, string> = { 2: '两级', 3: '三级', 4: '四级', 5: '五级', 6: '六级', 7: '七级', 8: '八级', 9: '九级' };
/** 5 → 五级: the chain's kind from its number of levels. */
export function kindOf(levels: number): string {
  return KINDS[levels] ?? `${levels}级`;
}
