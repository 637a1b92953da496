/**
 * Target values as the plans write them → comparable numbers. Pure: no collections, no I/O.
 *
 * The tables write `≥30`, `≥2/3`, `100`, `80%`; the running text writes `达到100%`, `80%以上`,
 * `不低于30平方米`, `力争达到100%、80%以上` (two values) and ranges like `1500—4000户`.
 */
import { parseNumeral } from '../text/numerals.ts';

export type Operator = '≥' | '≤' | '=' | '>' | '<' | 'range';

export interface Target {
  operator: Operator;
  /** The value (for a range, its lower end). `2/3` is kept as a number, with `numberText` as written. */
  number: number;
  /** Upper end of a range. */
  max?: number;
  /** The number as written: `2/3`, `0.1`, `1500—4000`. */
  numberText: string;
  /** Unit as written in the value or, failing that, in the indicator's name: `%`, `平方米`, `个`. */
  unit: string;
  /** The value's own words, e.g. `不低于30平方米`. */
  asWritten: string;
}

/** Units the texts use after a number. Longest first so `万元` wins over `万`. */
export const units = ['平方米', '万人', '万元', '万个', '人次', '%', '％', '个', '名', '家', '人', '户', '所', '支', '类', '次', '处', '座', '间', '张', '项'] as const;
const unitPattern = units.map((u) => u.replace('%', '%')).join('|');

/** 一 … 九十九: enough for `至少建有一个`, `三名` (read by src/lib/text/numerals.ts). */
export function chineseNumber(text: string): number | undefined {
  // Only the forms targets use: one digit, or 十 with a digit before and/or after.
  if (!/^(?:[零一二两三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)$/.test(text)) return undefined;
  return parseNumeral(text);
}

function toNumber(text: string): number | undefined {
  const t = text.trim();
  const fraction = /^(\d+)\/(\d+)$/.exec(t);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return chineseNumber(t);
}

const num = String.raw`\d+(?:\.\d+)?(?:\/\d+)?|[一二两三四五六七八九十]{1,3}`;
const dash = String.raw`\s*(?:—{1,2}|–|－|-|~|～|至|到)\s*`;
/** Words before the number that say how it compares. Order matters: longer first. */
const prefixOps: Array<[RegExp, Operator]> = [
  [/(不低于|不少于|不小于|至少|最低|以上的|≥|>=)$/, '≥'],
  [/(不高于|不超过|不多于|最多|控制在|≤|<=)$/, '≤'],
  [/(超过|多于|高于|大于|>)$/, '>'],
  [/(低于|少于|小于|<)$/, '<'],
];
const suffixOps: Array<[RegExp, Operator]> = [
  [/^(及以上|以上)/, '≥'],
  [/^(及以下|以下|以内)/, '≤'],
];

/**
 * One value expression in `text`: an optional comparison word, a number or range, an optional unit,
 * an optional 以上/以下. Numbers followed by 年/月/日/分钟 are dates or durations, not values.
 */
const valuePattern = new RegExp(
  String.raw`(≥|≤|>=|<=|>|<|不低于|不少于|不小于|不高于|不超过|不多于|至少(?:有|建有|配建|建成)?|超过|多于|高于|低于|少于|最低|最多|控制在|达到|达|提升到|提升至|提高到|提高至|增至|为)?\s*` +
    String.raw`(${num})(?:${dash}(${num}))?\s*(${unitPattern})?(及以上|以上|及以下|以下|以内)?`,
  'g',
);

export interface ValueMatch extends Target {
  /** Index of the match in the searched text, and its length. */
  index: number;
  length: number;
}

/** Every value expression in a piece of text, left to right. `defaultUnit` comes from a column or name. */
export function findValues(text: string, defaultUnit = ''): ValueMatch[] {
  const found: ValueMatch[] = [];
  for (const m of text.matchAll(valuePattern)) {
    const [whole, word = '', first, second, unit = '', suffix = ''] = m;
    const after = text.slice((m.index ?? 0) + whole.length);
    // A year, a month, a duration or a chapter number: not a target value.
    if (!unit && /^\s*(年|月|日|号|分钟|公里|万|亿|\)|）|”|〕|］|]|G)/.test(after)) continue;
    // Chinese numerals count only after 至少 (`至少建有一个`): elsewhere 一个/三级 are ordinary words.
    if (/[一二两三四五六七八九十]/.test(first) && (!unit || !word.startsWith('至少'))) continue;
    let low = toNumber(first);
    if (low === undefined) continue;
    // `≥2/3` in a (%) column is a share written as a fraction: compare it as 66.7%.
    if (first.includes('/') && (unit || defaultUnit).replace('％', '%') === '%') low *= 100;
    const high = second === undefined ? undefined : toNumber(second);
    let operator: Operator;
    if (high !== undefined) operator = 'range';
    else {
      const op = word.replace(/^(至少).*/, '至少');
      // First match wins: 不低于 must not be read as 低于.
      operator = prefixOps.find(([re]) => re.test(op))?.[1] ?? suffixOps.find(([re]) => re.test(suffix))?.[1] ?? '=';
    }
    const normalUnit = (unit || defaultUnit).replace('％', '%');
    // A share cannot pass 100%, so “at least 100%” is exactly 100%.
    if (operator === '≥' && normalUnit === '%' && low === 100) operator = '=';
    found.push({
      operator,
      number: low,
      ...(high !== undefined ? { max: high } : {}),
      // Chinese numerals are shown as digits; `asWritten` keeps the words.
      numberText: high === undefined ? (/^\d/.test(first) ? first : String(low)) : `${first}—${second}`,
      unit: normalUnit,
      asWritten: whole.trim(),
      index: (m.index ?? 0) + whole.indexOf(word || first),
      length: whole.trim().length,
    });
  }
  return found;
}

/** A target value as written (a table cell or a phrase) → its targets, e.g. `力争达到100%、80%以上` → two. */
export function parseTargets(text: string, defaultUnit = ''): Target[] {
  return findValues(text.trim(), defaultUnit).map(({ index: _i, length: _l, ...target }) => target);
}

/** The unit an indicator's name states in its last parentheses: `覆盖率（%）` → `%`. */
export function unitFromName(name: string): string {
  const m = /[（(]([^（）()]*)[）)]\s*$/.exec(name.trim());
  if (!m) return '';
  const inside = m[1].replace('％', '%');
  return (units as readonly string[]).includes(inside) || inside === '%' ? inside : '';
}

/**
 * A key under which the same indicator of different plans meets: without the unit in parentheses,
 * quotation marks, spaces, 全市/全县 scope words and 的; with ASCII brackets made full-width and
 * the ratio words 比例/比率/所占比例/占比 read as 率.
 */
export function normaliseName(name: string): string {
  let n = name.trim();
  if (unitFromName(n)) n = n.replace(/[（(][^（）()]*[）)]\s*$/, '');
  return n
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[“”"‘’'「」\s]/g, '')
    .replace(/^(全市|全县|全区)/, '')
    .replace(/的/g, '')
    .replace(/(所占比例|所占比率|比例|比率|占比)$/, '率');
}

/** How a target reads on the page: `≥ 30 平方米`, `1500—4000 户`. */
export function formatTarget(target: Pick<Target, 'operator' | 'numberText' | 'unit'>): string {
  const op = target.operator === '=' || target.operator === 'range' ? '' : `${target.operator} `;
  // A fraction is its own unit: `≥ 2/3`, not `≥ 2/3 %`.
  const unit = target.unit && !target.numberText.includes('/') ? ` ${target.unit}` : '';
  return `${op}${target.numberText}${unit}`;
}
