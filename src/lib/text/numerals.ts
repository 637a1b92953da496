/**
 * Chinese numerals, read and written, in one place: headings (第二十九章), articles ((十七)),
 * targets (至少建有一个) and the N of “N级” all go through here. Pure.
 */
const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a numeral as written in a heading: `二十九` → 29, `12` → 12. NaN when it is not one. */
export function parseNumeral(text: string): number {
  if (/^[0-9]+$/.test(text)) return Number(text);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return NaN;
  let total = 0;
  let current = 0;
  for (const char of text) {
    if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (char === '十') {
      total += (current || 1) * 10;
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
