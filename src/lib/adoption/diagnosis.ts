/**
 * Sentences that diagnose a lack rather than commit to something: “综合服务设施不达标”, “大多未成立
 * 业主委员会”, “缺少其他经济来源”. A plan's review of the present names the framework's instruments
 * to say they are missing; that is not adoption. Pure.
 *
 * Only words that state an absence or shortfall of what precedes them; a commitment to remedy one
 * (“补齐短板”, “解决……不足的问题”) is kept by the second list.
 */
const lacking = ['不达标', '未成立', '未建立', '尚未', '缺少', '缺乏', '不足', '不够', '不强', '不高', '薄弱', '滞后', '欠缺'];
const remedy = ['补齐', '补足', '解决', '破解', '弥补', '改变', '扭转', '克服', '着力'];

export function isDiagnosis(sentence: string): boolean {
  return lacking.some((w) => sentence.includes(w)) && !remedy.some((w) => sentence.includes(w));
}
