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
