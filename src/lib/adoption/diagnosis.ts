/**
 * Where a plan diagnoses rather than commits. Pure.
 *
 * Sentences that diagnose a lack: “综合服务设施不达标”, “大多未成立业主委员会”, “缺少其他经济来源”.
 * A plan's review of the present names the framework's instruments to say they are missing; that
 * is not adoption. Only words that state an absence or shortfall of what precedes them; a commitment
 * to remedy one (“补齐短板”, “解决……不足的问题”) is kept by the second list.
 *
 * Headings that diagnose: a section titled 存在问题 or 面临形势 (主要问题, 面临的挑战…) reviews the
 * problems or the situation a plan starts from, whatever its sentences' words: counts of what exists
 * (“成立业主委员会的小区230个”) there measure a shortfall, they commit to nothing. A section on
 * what has been achieved (发展基础) is not one: a plan reporting an instrument as done states it.
 */
const lacking = ['不达标', '未成立', '未建立', '尚未', '缺少', '缺乏', '不足', '不够', '不强', '不高', '薄弱', '滞后', '欠缺'];
const remedy = ['补齐', '补足', '解决', '破解', '弥补', '改变', '扭转', '克服', '着力'];

export function isDiagnosis(sentence: string): boolean {
  return lacking.some((w) => sentence.includes(w)) && !remedy.some((w) => sentence.includes(w));
}

/** 存在问题, 面临形势, 主要问题, 面临的挑战, 问题与挑战…: the whole heading is the diagnosis, numbering aside. */
const DIAGNOSIS_HEADING =
  /^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]?\s*)?(?:存在|面临|当前|主要|突出)?的?(?:问题|形势|挑战|困难|短板)(?:[与和及、](?:问题|形势|挑战|困难|短板|机遇))*$/;

export function isDiagnosisHeading(heading: string): boolean {
  return DIAGNOSIS_HEADING.test(heading.replace(/\s+/g, ''));
}
