/**
 * Reading tiered chains (街道党工委—社区党委—…、市、县、街道、社区、小区五级…) out of one sentence,
 * by rule. Three shapes are read:
 *   1. a quoted list “A—B—C” or “A+B+C” (or “A、B、C” followed by N级);
 *   2. an unquoted list ending in N级: 市、县、街道、社区、小区五级 / 镇—村—村民小组三级;
 *   3. a run of one-character administrative tiers ending in N级: 市县乡村四级.
 * A finding is a `chain` only when the rule can vouch for it: the stated 级 count matches the levels,
 * the levels are organisational or administrative units, and the text says it is a hierarchy (N级,
 * 架构/体系/层级/多层次). What the rule cannot settle is `unreadable` (reported, never guessed);
 * what is clearly not a hierarchy (“党建引领+综合服务”, “15分钟—10分钟—5分钟”) is `rejected`.
 * Pure functions: no I/O, so the same rule runs in tests, the content loader and the build report.
 */
import { CLAUSE_BOUNDARY, kindOf, hasTopLevel, isDash, isEnumerationComma, isPlus, NUMERAL_CLASS, numeralValue, splitTopLevel } from './text.ts';

export type Pattern = 'dash' | 'plus' | 'enumeration' | 'run' | 'count-only';
export type Status = 'chain' | 'unreadable' | 'rejected';

export interface Finding {
  status: Status;
  pattern: Pattern;
  /** The text the rule read, exactly as written (list plus its “N级” when there is one). */
  raw: string;
  /** Offset of `raw` in the sentence: findings are ordered by it. */
  index: number;
  /** Levels in the order written; empty when the rule could not read them. */
  levels: string[];
  /** N from “N级”, or null when the text states no count. */
  stated: number | null;
  /** Clause text just before and after the list: the purpose rule reads these. */
  before: string;
  after: string;
  /** Why the finding is unreadable or rejected (Chinese, shown to readers). */
  reason?: string;
}

/** Chains shorter than this are pairs (市、县两级), not chains worth a diagram. */
export const MIN_LEVELS = 3;

/**
 * Policy verbs that open a clause before the first level (构建市、县…, 创新某市、镇（街）…).
 * Longest first, stripped repeatedly: 建立健全涵盖乡镇政府 → 乡镇政府.
 */
const LEADING_WORDS = [
  '建立健全',
  '探索建立',
  '着力推动',
  '全面构建',
  '定期由',
  '构建',
  '建立',
  '健全',
  '完善',
  '推进',
  '推动',
  '围绕',
  '涵盖',
  '贯通',
  '纵贯',
  '创新',
  '依托',
  '打造',
  '搭建',
  '建设',
  '形成',
  '实现',
  '覆盖',
  '接入',
  '按照',
  '由',
  '以',
  '按',
  '在',
];

/** A level is a unit when, brackets and quotes removed, it ends in one of these. */
const UNIT_ENDING =
  /(党工委|党委|党组织|党支部|党总支|党小组|委员会|工委|政府|部门|中心|综合体|站点|站|所|室|点|平台|小组|组|院落|院|社区|小区|街道|街区|街|网格|片区|楼栋|镇|村|乡|县|市|省|居民点|学院|大学|联盟)$/;

/** Words after a list that say it is a hierarchy even without “N级”. */
const HIERARCHY_CUE = /^[^，。；,;]{0,10}?(架构|体系|层次|层级|多层)/;

export function isUnit(level: string): boolean {
  const bare = level.replace(/[（(〔][^）)〕]*[）)〕]/g, '').replace(/[‘’“”'"]/g, '');
  return UNIT_ENDING.test(bare);
}

/** Most levels (two in three) must be units: 日常负责人 may close a 领导小组—… chain. */
function mostlyUnits(levels: string[]): boolean {
  return levels.filter(isUnit).length * 3 >= levels.length * 2;
}

export function stripLeadingWords(text: string): string {
  let rest = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const word of LEADING_WORDS) {
      if (rest.startsWith(word) && rest.length > word.length) {
        rest = rest.slice(word.length);
        changed = true;
        break;
      }
    }
  }
  // “集散有序的镇—村—村民小组”: a modifier ending in 的 is not part of the first level.
  const parts = splitTopLevel(rest, (char) => char === '的');
  return parts[parts.length - 1] ?? rest;
}

/** Clause text after offset `from`, up to the next clause end (quotes kept: they name things). */
function clauseAfter(sentence: string, from: number): string {
  const rest = sentence.slice(from);
  const end = rest.search(/[，。；,;！？]/);
  return end === -1 ? rest : rest.slice(0, end);
}

/** Clause start: scanning back from `to`, the first boundary outside brackets. */
function clauseStart(sentence: string, to: number, boundaries = CLAUSE_BOUNDARY): number {
  let depth = 0;
  for (let i = to - 1; i >= 0; i -= 1) {
    const char = sentence[i]!;
    if ('）)〕]】'.includes(char)) depth += 1;
    else if ('（(〔[【'.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && boundaries.includes(char)) return i + 1;
  }
  return 0;
}

function clauseBefore(sentence: string, to: number): string {
  return sentence.slice(clauseStart(sentence, to, '，。；,;！？'), to);
}

const STATED_AFTER_QUOTE = new RegExp(`^([^，。；,;“”]{0,6}?)([${NUMERAL_CLASS}])级`);
const STATED = new RegExp(`[${NUMERAL_CLASS}]级`, 'g');

/** Judge levels read from a list: count, units, hierarchy cue. */
function judge(base: Omit<Finding, 'status'>, hierarchyStated: boolean): Finding {
  const { levels, stated, pattern } = base;
  if (levels.length === 0) return { ...base, status: 'unreadable', reason: `写了“${kindOf(stated ?? 0)}”，但这里没有列出各级名称` };
  if (levels.some((level) => level.trim() === '')) return { ...base, status: 'unreadable', reason: '列表中有空项' };
  if (!mostlyUnits(levels)) {
    return { ...base, status: 'rejected', reason: '各项不是组织或行政单位（如时间、角色、报酬、工作环节）' };
  }
  if (stated !== null && stated !== levels.length) {
    return { ...base, status: 'unreadable', reason: `写“${kindOf(stated)}”，规则读出 ${levels.length} 个层级，数目不符` };
  }
  if (!hierarchyStated) {
    return pattern === 'plus'
      ? { ...base, status: 'rejected', reason: '“+”表示并列组合，文中未说明是层级' }
      : { ...base, status: 'unreadable', reason: '文中未写层级数或“架构、体系、层级”，无法确认是上下层级' };
  }
  return { ...base, status: 'chain' };
}

/** Quoted lists: “A—B—C”, “A+B+C”, and “A、B、C”N级. */
function readQuoted(sentence: string): { findings: Finding[]; consumed: Array<[number, number]> } {
  const findings: Finding[] = [];
  const consumed: Array<[number, number]> = [];
  for (const match of sentence.matchAll(/“([^“”]*)”/g)) {
    const inner = match[1]!;
    const start = match.index;
    const end = start + match[0].length;
    const afterQuote = clauseAfter(sentence, end);
    const statedMatch = STATED_AFTER_QUOTE.exec(afterQuote);
    const stated = statedMatch ? numeralValue(statedMatch[2]!) : null;
    const pattern: Pattern | null = hasTopLevel(inner, isDash)
      ? 'dash'
      : hasTopLevel(inner, isPlus)
        ? 'plus'
        : stated !== null && hasTopLevel(inner, isEnumerationComma)
          ? 'enumeration'
          : null;
    if (!pattern) continue;
    const separator = pattern === 'dash' ? isDash : pattern === 'plus' ? isPlus : isEnumerationComma;
    const levels = splitTopLevel(inner, separator).map((level) => level.trim());
    // “互联网+”, “文化+”: an open-ended combination, not a list.
    if (levels.some((level) => level === '')) continue;
    if (stated !== null && stated < 3 && levels.length < 3) continue;
    if (stated === null && levels.length < MIN_LEVELS) continue;
    const rawEnd = statedMatch ? end + statedMatch[0].length : end;
    consumed.push([start, rawEnd]);
    const after = clauseAfter(sentence, rawEnd);
    const base = { pattern, raw: sentence.slice(start, rawEnd), index: start, levels, stated, before: clauseBefore(sentence, start), after };
    findings.push(judge(base, stated !== null || HIERARCHY_CUE.test(afterQuote)));
  }
  return { findings, consumed };
}

/** Unquoted lists that end in “N级”: 市、县、街道、社区、小区五级 / 市-县（市、区）-乡镇（街道）三级 / 市县乡村四级. */
function readStated(sentence: string, consumed: Array<[number, number]>): Finding[] {
  const findings: Finding[] = [];
  for (const match of sentence.matchAll(STATED)) {
    const at = match.index;
    if (consumed.some(([from, to]) => at >= from && at < to)) continue;
    const stated = numeralValue(match[0][0]!);
    if (stated < MIN_LEVELS) continue;
    const clauseFrom = clauseStart(sentence, at);
    const segment = sentence.slice(clauseFrom, at);
    const after = clauseAfter(sentence, at + match[0].length);
    let pattern: Pattern;
    let levels: string[];
    /** Where the first level starts inside `segment`: after the verbs the rule strips. */
    let listStart: number;
    const commaParts = splitTopLevel(segment, isEnumerationComma);
    const lastCommaPart = commaParts[commaParts.length - 1]!;
    if (hasTopLevel(lastCommaPart, isDash) || commaParts.length > 1) {
      // 布局合理、规模适中、集散有序的镇—村—村民小组三级: a dash list after the last 、 is the chain;
      // the 、 items before it describe it.
      pattern = hasTopLevel(lastCommaPart, isDash) ? 'dash' : 'enumeration';
      const listText = pattern === 'dash' ? lastCommaPart : segment;
      const parts = splitTopLevel(listText, pattern === 'dash' ? isDash : isEnumerationComma);
      const first = stripLeadingWords(parts[0]!);
      listStart = segment.length - listText.length + parts[0]!.length - first.length;
      levels = [first, ...parts.slice(1)].map((part) => part.trim());
    } else {
      // 市县乡村四级: one character per administrative tier.
      const run = /[省市县乡镇村组]{2,}$/.exec(stripLeadingWords(segment));
      pattern = run ? 'run' : 'count-only';
      levels = run ? [...run[0]] : [];
      listStart = segment.length - (run?.[0].length ?? 0);
    }
    const rawStart = clauseFrom + listStart;
    const base = {
      pattern,
      raw: sentence.slice(rawStart, at + match[0].length),
      index: rawStart,
      levels,
      stated,
      before: sentence.slice(clauseFrom, rawStart),
      after,
    };
    const last = levels[levels.length - 1] ?? '';
    const first = levels[0] ?? '';
    const longestOther = Math.max(0, ...levels.slice(1).map((level) => level.length));
    if (levels.length && /的/.test(last)) {
      findings.push({ ...base, status: 'unreadable', reason: '最后一项与“级”之间夹有修饰语（含“的”），层级名读不准' });
    } else if (levels.length > 1 && first.length > longestOther + 4) {
      findings.push({ ...base, status: 'unreadable', reason: '第一项过长，可能带有动词或修饰语' });
    } else {
      findings.push(judge(base, true));
    }
  }
  return findings;
}

/** Every chain-like list in one sentence, in the order written. */
export function readSentence(sentence: string): Finding[] {
  const { findings, consumed } = readQuoted(sentence);
  return [...findings, ...readStated(sentence, consumed)].sort((a, b) => a.index - b.index);
}
