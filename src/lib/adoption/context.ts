/**
 * An instrument named as the context of a measure rather than stated by it. Pure.
 * - the occasion: “村级建制调整改革后”, “两项改革后” — the measure is about what follows the
 *   instrument, which it takes as done, not about doing it;
 * - a slogan: “构建一核多元、共驻共建的社区治理格局” — the instrument only qualifies a 格局 (氛围,
 *   局面), the picture the measure aims at, and no clause of it says what is done.
 * - a type: “社会企业带动型”, “社会组织参与型” — the instrument only names a kind of something
 *   else (a kind of demonstration community), which the measure builds; it does not state the
 *   instrument itself.
 * All three are read from the words right after the term, within its clause.
 */
const CLAUSE_END = /[，,。；;：:！？!?\n]/;
/** What may stand between the term and 后: quotes, and the word for the reform or work it belongs to. */
const OCCASION = /^[“”"‘’'」」》]*(?:改革|工作)?[“”"‘’'」」》]*(?:以?后|之后)(?!备|勤|续|盾)/;
const SLOGAN = /^[^的]{0,12}的[^的]{0,10}(?:格局|氛围|局面)$/;
/** A kind named after the term: X型, or X带动型 / 参与型 / 引领型 / 主导型. */
const TYPE = /^[“”"‘’'」」》]*(?:带动|参与|引领|主导|服务)?型/;

export function namedAsContext(text: string, end: number): boolean {
  const rest = text.slice(end);
  const cut = rest.search(CLAUSE_END);
  const clause = cut < 0 ? rest : rest.slice(0, cut);
  return OCCASION.test(rest) || SLOGAN.test(clause) || TYPE.test(rest);
}
