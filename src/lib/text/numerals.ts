/**
 * Chinese numerals, read and written, in one place: headings (第二十九章), articles ((十七)),
 * targets (至少建有一个) and the N of “N级” all go through here. Pure.
 */
const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A numeral as a heading writes it: Chinese (`一百零三`), ASCII (`4`) or full-width (`４`) digits. */
export const numeralPattern = '[〇零一二两三四五六七八九十百千]+|[0-9０-９]+';

/**
 * Reads a numeral as written in a heading: `二十九` → 29, `一百零三` → 103, `12` → 12,
 * `１２` (full-width) → 12. NaN when it is not one.
 */
export function parseNumeral(text: string): number {
  if (/^[0-9０-９]+$/.test(text)) return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (!/^[〇零一二两三四五六七八九十百千]+$/.test(text)) return NaN;
  let total = 0;
  let current = 0;
  for (const char of text) {
    if (char in units) {
      total += (current || 1) * units[char];
      current = 0;
    } else current = digits[char] ?? NaN;
  }
  return total + current;
}

const written = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 17 → 十七, 29 → 二十九, 10 → 十: how the texts write numbers below 100. */
export function writeNumeral(n: number): string {
  if (n < 10) return written[n];
  return `${n >= 20 ? written[Math.floor(n / 10)] : ''}十${written[n % 10]}`;
}
