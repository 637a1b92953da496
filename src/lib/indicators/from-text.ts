/**
 * Targets stated in the running text of measures, e.g. `到2025年，社区养老服务覆盖率达90%以上` or
 * `建成6个社区社会组织培育基地`. Rules, not a model: a sentence is read when it is not in a section
 * about the past (发展基础, 存在问题…) and does not report achievements (已, 累计, 截至…); every value
 * with a unit in it is a target; its name is the clause before the value (or, for counts, the noun
 * after it). Names that come out awkward are fixed in content/indicator-aliases.json.
 */
import { findValues, type ValueMatch } from './parse.ts';
import type { IndicatorStatement, MeasureRecord } from './statement.ts';
import { splitSentences } from '../text/clauses.ts';

/** Sections that describe the past or the situation, not what the plan will do. */
export const pastSections = /^(发展基础|现有基础|存在问题|面临形势|重大意义|治理趋势|城乡基层治理工作实现良好开局|城乡基层治理肩负新的时代使命|前\s*言)$/;
/** Words that make a sentence a report of what has been done. */
const pastWords = /已(经)?(建|完成|实现|达到|形成|有|累计)|累计|先后|截至|截止|换届后|目前|减为|增至|调优到|成功创建|超过\d/;
/** Leading words of a clause that are not part of an indicator's name. */
const leadWords = /^(到20\d\d年(底|末)?|20\d\d年(底|末)?|到“十四五”末|“十四五”(末|期间)|到|力争|确保|实现|推动|逐步|全面|基本|按照|按|以|其中|并|且|要|原则上|分梯次|形成)+/;
/** Trailing words between a name and its value. */
const tailWords = /(到20\d\d年(底|末)?)?(力争|均|平均|分别|原则上|全部|基本)?(达到|达|提升到|提升至|提高到|提高至|增长|为|要|不低于|不少于|不小于|至少|超过|占|在|的|以|按)?$/;
/** Verbs of counted targets: `建成6个…`, `培育100家以上…`. */
const countVerbs = /^(选择|建成|建设|建立|培育|培养|新增|完成|发展|组建|配备|配建|设立|引进|打造|开展|召开|形成|推动)$/;
const percentLike = new Set(['%', '平方米']);

/** The clause before a value, from the last comma or colon, or from the end of the previous value. */
function clauseBefore(sentence: string, index: number, previousEnd: number): string {
  const start = Math.max(previousEnd, ...['，', ',', '：', ':', '；', ';'].map((p) => sentence.lastIndexOf(p, index - 1) + 1));
  return sentence.slice(start, index).replace(/^、/, '');
}

function clauseAfter(sentence: string, from: number): string {
  const rest = sentence.slice(from);
  // Up to the next punctuation or the next number (`1次…和1次…`); parentheses stay in the name.
  const end = rest.search(/[，,。；;：:、〔]|和?\d/);
  return (end < 0 ? rest : rest.slice(0, end)).replace(/^(及以上|以上|以下|的)/, '');
}

function cleanName(raw: string): string {
  let name = raw.trim();
  for (let i = 0; i < 3; i++) name = name.replace(leadWords, '').replace(tailWords, '').trim();
  return name;
}

/** The year a value is set for: the last `20xx年` before it in the sentence, or 2025 for “十四五”末. */
function yearOf(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  const years = [...before.matchAll(/(20\d\d)年/g)].map((m) => m[1]);
  if (years.length) return years[years.length - 1];
  return /“十四五”(末|期间)/.test(before) ? '2025' : '';
}

export function sentencesOf(text: string): string[] {
  return splitSentences(text).map((sentence) => sentence.text);
}

export function statementsFromMeasure(measure: MeasureRecord): IndicatorStatement[] {
  if (pastSections.test(measure.sectionTitle) || pastSections.test(measure.chapterTitle)) return [];
  const out: IndicatorStatement[] = [];
  // `到2022年，社会企业认证达到10家；到2025年，达到20家。`: a name carries over to the next clause.
  let previousName = '';
  for (const sentence of sentencesOf(measure.text)) {
    if (pastWords.test(sentence)) continue;
    let previousEnd = 0;
    for (const value of findValues(sentence)) {
      if (!value.unit) continue;
      const end = value.index + value.length;
      // `正式党员3名以上…的居民小区`: a condition on what the measure applies to, not a target.
      if (/^的/.test(sentence.slice(end)) && !/^的标准/.test(sentence.slice(end))) continue;
      const name = nameOf(sentence, value, previousName, previousEnd);
      previousEnd = end;
      if (!name) continue;
      previousName = name;
      out.push({
        source: measure.source,
        jurisdiction: measure.jurisdiction,
        origin: 'text',
        unitId: measure.id,
        unitLabel: '正文',
        dimension: measure.chapterTitle.replace(/\s+/g, ''),
        name,
        targetAsWritten: value.asWritten,
        target: {
          operator: value.operator,
          number: value.number,
          ...(value.max !== undefined ? { max: value.max } : {}),
          numberText: value.numberText,
          unit: value.unit,
          asWritten: value.asWritten,
        },
        attribute: '',
        year: yearOf(sentence, value.index),
        context: sentence,
        url: measure.url,
      });
    }
  }
  return out;
}

function nameOf(sentence: string, value: ValueMatch, previousName: string, previousEnd: number): string {
  const rawBefore = clauseBefore(sentence, value.index, previousEnd);
  const before = cleanName(rawBefore);
  const after = clauseAfter(sentence, value.index + value.length).trim();
  // `100%、80%以上`: the second value shares the first one's name.
  if (!rawBefore.trim() && sentence[value.index - 1] === '、') return previousName;
  // `全市80%以上住宅小区达到…标准`: the share comes first, what it is a share of after it.
  if (percentLike.has(value.unit) && !before.replace(/^(全市|全县|全区)/, '') && after) return after;
  if (!percentLike.has(value.unit) && after && !/^(的标准|为宜)/.test(after)) {
    const head = countVerbs.test(before) ? '' : before;
    return `${head}${after}`.replace(/^(的)/, '');
  }
  return before || previousName;
}
