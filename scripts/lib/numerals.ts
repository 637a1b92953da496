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
