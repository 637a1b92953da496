/**
 * Reads what a document says about itself: its kind (from the title's last word, or from how the
 * text names itself: 本条例, 本规划), draft status, issuing body, 文号, dates, and its jurisdiction
 * and level. Pure functions over strings; each returns undefined rather than guess without a sign.
 *
 *     某省物业管理条例                                   →  kind regulation, jurisdiction 某省 (province)
 *     （2018年12月29日某省第十三届人民代表大会常务委员会第九次会议通过）
 *                                                        →  adopted 2018-12-29, issuer 某省人民代表大会常务委员会
 *     本条例自2019年3月1日起施行。                        →  effective 2019-03-01
 */
import { pinyin } from 'pinyin-pro';
import type { SourceSettings } from '../../src/schemas/source.ts';
import { parseNumeral } from './numerals.ts';

type Kind = SourceSettings['kind'];
type Level = SourceSettings['level'];

/** The title's last word → kind. Longer words first: 办法 before 法. */
const titleKinds: Array<[RegExp, Kind]> = [
  [/(?:办法|规定|细则|规则|准则)$/, 'rules'],
  [/条例$/, 'regulation'],
  [/法$/, 'law'],
  [/(?:规划|规划纲要|纲要|方案)$/, 'plan'],
  [/意见$/, 'opinions'],
  [/决定$/, 'decision'],
  [/通知$/, 'notice'],
];
/** How a text names itself in its body: 本条例自…起施行, 本规划期限为…. */
const selfNames: Array<[string, Kind]> = [
  ['本条例', 'regulation'],
  ['本办法', 'rules'],
  ['本规定', 'rules'],
  ['本细则', 'rules'],
  ['本规划', 'plan'],
  ['本纲要', 'plan'],
  ['本方案', 'plan'],
  ['本意见', 'opinions'],
  ['本决定', 'decision'],
  ['本通知', 'notice'],
  ['本法', 'law'],
];

/** Marks after a title that are not part of its last word: （征求意见稿）, （试行）, （2021—2025年）. */
const titleSuffix = /(?:[（(][^（）()]*[）)]|\s)+$/;

export function kindFromTitle(title: string): Kind | undefined {
  const bare = title.replace(titleSuffix, '').replace(/[》」”"]+$/, '');
  return titleKinds.find(([pattern]) => pattern.test(bare))?.[1];
}

/** The kind the body names itself by most often (`本规划` 5 times), with the count. */
export function kindFromSelfName(text: string): { kind: Kind; word: string; count: number } | undefined {
  let best: { kind: Kind; word: string; count: number } | undefined;
  for (const [word, kind] of selfNames) {
    // 本法 also starts 本法规 (these regulations), but 本法规定 is 本法 + 规定.
    const pattern = word === '本法' ? /本法(?!规(?!定))/g : new RegExp(word, 'g');
    const count = text.match(pattern)?.length ?? 0;
    if (count > (best?.count ?? 0)) best = { kind, word, count };
  }
  return best;
}

export function isDraft(titleBlock: string): boolean {
  return /征求意见稿|草案|送审稿|讨论稿/.test(titleBlock);
}

const cnDigit: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const datePattern = /([0-9]{4}|[〇零一二三四五六七八九]{4})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日)?/g;

/** `2018年12月29日` or `二〇一八年十二月二十九日` → `2018-12-29`. */
export function isoDate(year: string, month: string, day?: string): string {
  const y = /^[0-9]+$/.test(year) ? year : [...year].map((c) => cnDigit[c]).join('');
  const pad = (part: string) => String(parseNumeral(part)).padStart(2, '0');
  return day ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
}

export interface DetectedDates {
  issued?: string;
  adopted?: string;
  revised: string[];
  effective?: string;
}

/**
 * Dates from the imprint (通过, 修正/修订, 公布, 批准), the closing 印发 line, and the sentence that
 * puts the text in force (自2019年3月1日起施行).
 */
export function detectDates(imprint: string, text: string, closing: string[]): DetectedDates {
  const dates: DetectedDates = { revised: [] };
  // Each date in the imprint belongs to the verb that follows it before the next date.
  const found = [...imprint.matchAll(datePattern)];
  found.forEach((match, index) => {
    const end = found[index + 1]?.index ?? imprint.length;
    const clause = imprint.slice(match.index + match[0].length, end);
    const date = isoDate(match[1], match[2], match[3]);
    if (/修正|修订|修改/.test(clause)) dates.revised.push(date);
    else if (/通过|批准/.test(clause)) dates.adopted ??= date;
    else if (/公布|发布|印发/.test(clause)) dates.issued ??= date;
  });
  dates.revised.sort();
  const effective = /自\s*((?:[0-9]{4}|[〇零一二三四五六七八九]{4})\s*年[^，。；]{1,12}?日)\s*起(?:施行|实施|执行)/.exec(text);
  if (effective) {
    const [match] = [...effective[1].matchAll(datePattern)];
    if (match) dates.effective = isoDate(match[1], match[2], match[3]);
  }
  for (const line of closing) {
    const printed = /((?:[0-9]{4}|[〇零一二三四五六七八九]{4})\s*年[^，。；]{1,12}?日)\s*(?:印发|发布)$/.exec(line);
    const [match] = printed ? [...printed[1].matchAll(datePattern)] : [];
    if (match) dates.issued ??= isoDate(match[1], match[2], match[3]);
  }
  return dates;
}

/** A 文号 on a line of its own: `川委发〔2020〕1号`. Numbers cited inside sentences are other documents'. */
export function detectDocumentNumber(lines: string[]): string | undefined {
  return lines.map((line) => line.trim()).find((line) => /^\S{1,16}[〔[［][0-9]{4}[〕\]］][0-9]+号$/.test(line));
}

/** Bodies that issue documents, at the end of a name. */
const organ = /(?:人民代表大会常务委员会|人民代表大会|人民政府办公室|人民政府办公厅|人民政府|委员会|委办公室|委办公厅|办公室|办公厅|党委|省委|市委|县委|区委|州委|局|厅|部|委)$/;

/**
 * The issuing body: the adopting congress in a law's imprint (`绵阳市第八届人民代表大会常务委员会
 * 第九次会议通过` → 绵阳市人民代表大会常务委员会), the author before 关于 in a title
 * (`中共某省委关于…的决定`), or the office on the closing 印发 line.
 */
export function detectIssuer(title: string | undefined, imprint: string, closing: string[]): { issuer: string; from: string } | undefined {
  const congress = /日\s*(\S*?)第[^届]{1,4}届(全国人民代表大会常务委员会|人民代表大会常务委员会|人民代表大会)第[^次]{1,4}次会议(?:通过|批准)/.exec(imprint);
  if (congress) {
    const body = congress[2].startsWith('全国') ? congress[2] : `${congress[1]}${congress[2]}`;
    return { issuer: body, from: 'the imprint' };
  }
  const author = title ? /^(\S{2,30}?)关于/.exec(title) : null;
  if (author && organ.test(author[1].replace(/、.*$/, ''))) return { issuer: author[1], from: 'the title' };
  for (const line of closing) {
    const office = /^(\S{2,30}?)\s+(?:[0-9]{4}|[〇零一二三四五六七八九]{4})\s*年.{1,12}?日\s*(?:印发|发布)$/.exec(line);
    if (office && organ.test(office[1])) return { issuer: office[1], from: 'the closing line' };
  }
  return undefined;
}

const municipalities = ['北京市', '天津市', '上海市', '重庆市'];
/** A place name at the start of a string: `绵阳市“十五五”…` → 绵阳市. */
const placeAtStart = /^(?:中共|中国共产党)?(\S{2,10}?(?:自治区|自治州|自治县|省|市|县|区|旗|盟|镇|乡|街道))/;
/** Words that show the match is not a place (`城市社区…`, `关于…`). */
const notPlace = /关于|城乡|城市|社区|治理|发展|规划|意见|条例|办法|规定|人民|[“”《》，、\s]/;

/** The jurisdiction named at the start of the title, the issuer or the adopting congress. */
export function detectJurisdiction(candidates: Array<[string | undefined, string]>): { jurisdiction: string; from: string } | undefined {
  for (const [text, from] of candidates) {
    if (!text) continue;
    if (/^(?:中华人民共和国|全国人民代表大会|国务院|中共中央)/.test(text)) return { jurisdiction: '中华人民共和国', from };
    const place = placeAtStart.exec(text)?.[1];
    if (place && !notPlace.test(place)) return { jurisdiction: place, from };
  }
  return undefined;
}

/** Phrases a prefecture's text uses for the counties under it: 各县（市、区）. */
const addressesCounties = /县（市、区）|县\(市、区\)|区县|县（区）|县（市）|区（县）|县（区、市）/;

/** The level of a jurisdiction from its name; a 市 is a prefecture when the text addresses its counties. */
export function levelOf(jurisdiction: string, text: string): { level: Level; sure: boolean } | undefined {
  if (jurisdiction === '中华人民共和国') return { level: 'national', sure: true };
  if (municipalities.includes(jurisdiction)) return { level: 'municipality', sure: true };
  if (/(?:省|自治区)$/.test(jurisdiction)) return { level: 'province', sure: true };
  if (/(?:自治州|地区|盟)$/.test(jurisdiction)) return { level: 'prefecture', sure: true };
  if (/(?:县|旗)$/.test(jurisdiction)) return { level: 'county', sure: true };
  if (/市$/.test(jurisdiction)) return addressesCounties.test(text) ? { level: 'prefecture', sure: false } : { level: 'county-city', sure: false };
  if (/区$/.test(jurisdiction)) return { level: 'district', sure: true };
  if (/(?:镇|乡|街道)$/.test(jurisdiction)) return { level: 'township', sure: true };
  return undefined;
}

/** How the text names its own jurisdiction (我县, 本市): a level without a name. */
export function levelFromSelfName(text: string): { level: Level; word: string } | undefined {
  const words: Array<[RegExp, Level, string]> = [
    [/我省|本省/g, 'province', '我省'],
    [/我市|本市/g, 'prefecture', '我市'],
    [/我县|本县/g, 'county', '我县'],
    [/我区|本区/g, 'district', '我区'],
  ];
  const counts = words.map(([pattern, level, word]) => ({ level, word, count: text.match(pattern)?.length ?? 0 }));
  const own = counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count)[0];
  return own ? { level: own.level, word: own.word } : undefined;
}

/**
 * The place the text names far more often than any other (`旺苍县` 25×, the next 3×), for a text
 * whose title is not in it. Only two-character names with 市 or 县: the common form, and few false hits.
 */
export function mostNamedPlace(text: string): { jurisdiction: string; count: number } | undefined {
  const counts = new Map<string, number>();
  for (const [name] of text.matchAll(/[\u4e00-\u9fa5]{2}[市县]/g)) {
    if (notPlace.test(name) || /[县市区省乡镇]/.test(name.slice(0, 2))) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 5 || (second && second[1] * 3 > first[1])) return undefined;
  return { jurisdiction: first[0], count: first[1] };
}

/** English name by pinyin, without the administrative suffix: 绵阳市 → Mianyang. A guess the user checks. */
export function englishName(jurisdiction: string): string {
  if (jurisdiction === '中华人民共和国') return 'China';
  const bare = jurisdiction.replace(/(?:自治区|自治州|自治县|特别行政区|地区|街道|省|市|县|区|旗|盟|镇|乡)$/, '') || jurisdiction;
  const syllables = pinyin(bare, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
}
