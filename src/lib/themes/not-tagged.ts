/**
 * Why a measure that mentions a theme's terms does not carry the theme: the rule's score fell
 * short, or an editor excluded it. Pure, like tag.ts, so the analysis, the pages and the tests
 * share one statement of the reason.
 */
import { DEFAULT_MIN_SCORE, scoreTheme, type MeasureText, type TermHit, type ThemeRule } from './tag.ts';

export type NotTagged =
  /** The terms occur, but their score is below the theme's minScore. */
  | { why: 'score'; score: number; minScore: number; hits: TermHit[] }
  /** An editor's exclude override in content/themes.json, with its reason. */
  | { why: 'excluded'; score: number; minScore: number; hits: TermHit[]; reason: string };

/**
 * The reason a measure mentions the theme and is not tagged, or undefined when it is tagged or
 * mentions none of the terms (an excluded measure is listed even then: the editor's decision is shown).
 */
export function whyNotTagged(theme: ThemeRule, measure: MeasureText): NotTagged | undefined {
  const { score, hits, matched } = scoreTheme(theme, measure);
  const minScore = theme.minScore ?? DEFAULT_MIN_SCORE;
  const excluded = theme.exclude.find((o) => o.id === measure.id);
  if (excluded) return { why: 'excluded', score, minScore, hits, reason: excluded.reason };
  if (matched || hits.length === 0) return undefined;
  if (theme.include.some((o) => o.id === measure.id)) return undefined;
  return { why: 'score', score, minScore, hits };
}

const CHINESE_COUNTS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九'];
const times = (n: number) => (n < CHINESE_COUNTS.length ? `${CHINESE_COUNTS[n]}次` : `${n} 次`);

/**
 * The reason as the reader sees it, e.g. 仅在正文中提及一次（得分 1，需 2） or 由编者排除：….
 * Stated from the counts, so it says what the rule computed, not a paraphrase.
 */
export function notTaggedReason(entry: NotTagged): string {
  if (entry.why === 'excluded') return `由编者排除：${entry.reason}`;
  const inTitle = entry.hits.reduce((n, h) => n + h.title, 0);
  const inBody = entry.hits.reduce((n, h) => n + h.body, 0);
  const where = inTitle === 0 ? `仅在正文中提及${times(inBody)}` : `导语中提及${times(inTitle)}${inBody ? `、正文中提及${times(inBody)}` : ''}`;
  return `${where}（得分 ${entry.score}，需 ${entry.minScore}）`;
}
