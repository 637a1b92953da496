/**
 * Rule-based theme tagging: a measure carries a theme when the theme's signal words occur in it
 * often enough. Pure: no file access, so pages, the report script and the tests share it.
 *
 * Every tag says why: which terms matched, how often in the lead sentence and in the body.
 * A hit in the lead sentence (the measure's title) weighs TITLE_WEIGHT, a hit in the body 1;
 * the theme is tagged when the sum reaches the theme's minScore (DEFAULT_MIN_SCORE). So one
 * word in the lead sentence suffices, a word mentioned once in passing in the body does not.
 */
import type { Theme } from '../../schemas/theme.ts';

export const TITLE_WEIGHT = 3;
export const DEFAULT_MIN_SCORE = 2;

export interface MeasureText {
  id: string;
  /** Lead sentence or item heading; empty when the measure has none. */
  title: string;
  /** Full text (it begins with the lead sentence when there is one). */
  text: string;
}

export type ThemeRule = Pick<Theme, 'id' | 'terms' | 'minScore' | 'include' | 'exclude'>;

export interface TermHit {
  term: string;
  /** Occurrences in the lead sentence. */
  title: number;
  /** Occurrences in the rest of the text. */
  body: number;
}

export interface Tag {
  theme: string;
  score: number;
  hits: TermHit[];
  /** `rule` when the terms decided; `include` when a manual override added it. */
  via: 'rule' | 'include';
  /** The override's reason, for `include`. */
  reason?: string;
}

/**
 * Counts non-overlapping occurrences of each term, longest term first, so that a hit on
 * 网格员 is not counted again as 网格 (each character counts for one term at most).
 */
export function countTerms(haystack: string, terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (!haystack) return counts;
  const used = new Uint8Array(haystack.length);
  const ordered = [...new Set(terms)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  for (const term of ordered) {
    let from = 0;
    let n = 0;
    for (;;) {
      const at = haystack.indexOf(term, from);
      if (at < 0) break;
      let free = true;
      for (let i = at; i < at + term.length; i++) if (used[i]) free = false;
      if (free) {
        used.fill(1, at, at + term.length);
        n++;
        from = at + term.length;
      } else {
        from = at + 1;
      }
    }
    if (n) counts.set(term, n);
  }
  return counts;
}

/** Splits a measure into its lead sentence and the rest, so neither is counted twice. */
export function splitLead(measure: MeasureText): { title: string; body: string } {
  const title = measure.title.trim();
  if (!title) return { title: '', body: measure.text };
  const at = measure.text.indexOf(title);
  const body = at < 0 ? measure.text : measure.text.slice(0, at) + measure.text.slice(at + title.length);
  return { title, body };
}

/** The rule's verdict for one theme, before overrides. */
export function scoreTheme(theme: Pick<Theme, 'terms' | 'minScore'>, measure: MeasureText): { score: number; hits: TermHit[]; matched: boolean } {
  const { title, body } = splitLead(measure);
  const inTitle = countTerms(title, theme.terms);
  const inBody = countTerms(body, theme.terms);
  const hits: TermHit[] = [];
  let score = 0;
  for (const term of theme.terms) {
    const hit = { term, title: inTitle.get(term) ?? 0, body: inBody.get(term) ?? 0 };
    if (hit.title || hit.body) {
      hits.push(hit);
      score += hit.title * TITLE_WEIGHT + hit.body;
    }
  }
  hits.sort((a, b) => b.title * TITLE_WEIGHT + b.body - (a.title * TITLE_WEIGHT + a.body) || a.term.localeCompare(b.term));
  return { score, hits, matched: score >= (theme.minScore ?? DEFAULT_MIN_SCORE) };
}

/** The themes of one measure, in dictionary order; a measure may carry several. */
export function tagMeasure(measure: MeasureText, themes: readonly ThemeRule[]): Tag[] {
  const tags: Tag[] = [];
  for (const theme of themes) {
    if (theme.exclude.some((o) => o.id === measure.id)) continue;
    const { score, hits, matched } = scoreTheme(theme, measure);
    const included = theme.include.find((o) => o.id === measure.id);
    if (matched) tags.push({ theme: theme.id, score, hits, via: 'rule' });
    else if (included) tags.push({ theme: theme.id, score, hits, via: 'include', reason: included.reason });
  }
  return tags;
}

export function tagAll(measures: readonly MeasureText[], themes: readonly ThemeRule[]): Map<string, Tag[]> {
  return new Map(measures.map((measure) => [measure.id, tagMeasure(measure, themes)]));
}

export interface Coverage {
  total: number;
  tagged: number;
  /** Share of measures with at least one theme, 0..1. */
  share: number;
  untagged: string[];
}

export function coverage(tags: Map<string, Tag[]>): Coverage {
  const untagged = [...tags].filter(([, list]) => list.length === 0).map(([id]) => id);
  const total = tags.size;
  const tagged = total - untagged.length;
  return { total, tagged, share: total ? tagged / total : 0, untagged };
}

/** `网格员×2（导语1）` style label of a hit, for the reader. */
export function hitLabel(hit: TermHit): string {
  const n = hit.title + hit.body;
  return `${hit.term}${n > 1 ? `×${n}` : ''}${hit.title ? '（导语）' : ''}`;
}

/** Override ids that name no measure: a typo in content/themes.json or a measure that moved. */
export function unknownOverrides(themes: readonly ThemeRule[], measureIds: ReadonlySet<string>): string[] {
  return themes.flatMap((theme) => [...theme.include, ...theme.exclude].filter((o) => !measureIds.has(o.id)).map((o) => `${theme.id}: ${o.id}`));
}
