/**
 * The theme × jurisdiction comparison that /compare/, /compare/{theme}/ and /data/themes.json
 * show: which measures of each source carry each theme, and why. Pure (no Astro imports),
 * so the tests can build it from plain records.
 */
import type { Theme } from '../../schemas/theme.ts';
import type { MeasureRecord as MeasureData } from '../../schemas/records.ts';
import { coverage, tagAll, type Coverage, type MeasureText, type Tag, type TermHit } from './tag.ts';
import { notTaggedReason, whyNotTagged, type NotTagged } from './not-tagged.ts';

/** The fields of a measure record (src/schemas/records.ts) the comparison reads. */
export type MeasureRecord = MeasureText & Pick<MeasureData, 'source' | 'url'>;

export interface ThemedMeasure {
  id: string;
  source: string;
  url: string;
  title: string;
  /** What to show as the measure's heading: its lead sentence, or the opening of an untitled text. */
  heading: string;
  /** Opening of the text after the lead sentence, for a one-line preview. */
  excerpt: string;
  via: Tag['via'];
  reason?: string;
  score: number;
  hits: TermHit[];
}

/** A measure that mentions the theme's terms but does not carry the theme, with the reason. */
export interface MentionedMeasure {
  id: string;
  source: string;
  url: string;
  heading: string;
  why: NotTagged['why'];
  /** The reason in words (src/lib/themes/not-tagged.ts notTaggedReason). */
  reason: string;
  score: number;
  minScore: number;
  hits: TermHit[];
}

export interface ThemeComparison {
  theme: Theme;
  /** Source slug → the theme's measures in that source, in reading order. */
  bySource: Record<string, ThemedMeasure[]>;
  total: number;
  /** Source slug → measures that mention the theme's terms but are not tagged, in reading order. */
  mentionedBySource: Record<string, MentionedMeasure[]>;
  mentioned: number;
}

export interface Comparison {
  sources: string[];
  themes: ThemeComparison[];
  coverage: Coverage;
  /** Measure id → themes, for lookups from a measure. */
  tags: Map<string, Tag[]>;
}

const EXCERPT_CHARS = 90;
const HEADING_CHARS = 28;

/**
 * A one-line preview of the text after the lead sentence. When none of the terms occurs near the
 * start, the preview starts a little before the first one, so the reader sees why it is here.
 */
export function excerptOf(measure: MeasureText, terms: readonly string[] = [], chars = EXCERPT_CHARS): string {
  const title = measure.title.trim();
  const at = title ? measure.text.indexOf(title) : -1;
  // The text after the lead sentence; a numbering such as (十七) or 4. before it is dropped too.
  const after = at >= 0 ? measure.text.slice(at + title.length) : measure.text;
  const rest = after
    .replace(/^[。．.：:；;，,\s]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  // An untitled measure shows its opening as the heading (HEADING_CHARS): continue after it.
  const skip = title ? 0 : Math.min(HEADING_CHARS, rest.length);
  const hits = terms.map((term) => rest.indexOf(term, skip)).filter((i) => i >= 0);
  const first = hits.length ? Math.min(...hits) : skip;
  const start = first > skip + chars - 20 ? first - 20 : skip;
  const window = rest.slice(start, start + chars);
  return `${start > 0 ? '…' : ''}${window}${start + chars < rest.length ? '…' : ''}`;
}

function headingOf(text: string, chars = HEADING_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > chars ? `${flat.slice(0, chars)}…` : flat;
}

/** `sources` fixes the column order (province first); measures keep their given order. */
export function buildComparison(themes: readonly Theme[], measures: readonly MeasureRecord[], sources: readonly string[]): Comparison {
  const tags = tagAll(measures, themes);
  const result = themes.map((theme) => {
    const bySource: Record<string, ThemedMeasure[]> = Object.fromEntries(sources.map((s) => [s, []]));
    const mentionedBySource: Record<string, MentionedMeasure[]> = Object.fromEntries(sources.map((s) => [s, []]));
    for (const measure of measures) {
      if (!bySource[measure.source]) continue;
      const tag = tags.get(measure.id)?.find((t) => t.theme === theme.id);
      if (!tag) {
        const why = whyNotTagged(theme, measure);
        if (why) {
          mentionedBySource[measure.source].push({
            id: measure.id,
            source: measure.source,
            url: measure.url,
            heading: measure.title || headingOf(measure.text),
            why: why.why,
            reason: notTaggedReason(why),
            score: why.score,
            minScore: why.minScore,
            hits: why.hits,
          });
        }
        continue;
      }
      bySource[measure.source].push({
        id: measure.id,
        source: measure.source,
        url: measure.url,
        title: measure.title,
        heading: measure.title || headingOf(measure.text),
        excerpt: excerptOf(measure, theme.terms),
        via: tag.via,
        reason: tag.reason,
        score: tag.score,
        hits: tag.hits,
      });
    }
    const total = Object.values(bySource).reduce((n, list) => n + list.length, 0);
    const mentioned = Object.values(mentionedBySource).reduce((n, list) => n + list.length, 0);
    return { theme, bySource, total, mentionedBySource, mentioned };
  });
  return { sources: [...sources], themes: result, coverage: coverage(tags), tags };
}

/**
 * Splits text into runs, marking where the terms occur (longest term first, no overlaps), so a
 * page can wrap hits in <mark> while the text itself stays escaped text.
 */
export function highlight(text: string, terms: readonly string[]): Array<{ text: string; hit: boolean }> {
  const marks = new Uint8Array(text.length);
  const ordered = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length);
  for (const term of ordered) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      if (marks.subarray(at, at + term.length).some((m) => m)) continue;
      marks.fill(1, at, at + term.length);
    }
  }
  const parts: Array<{ text: string; hit: boolean }> = [];
  for (let i = 0; i < text.length;) {
    const hit = marks[i] === 1;
    let j = i;
    while (j < text.length && (marks[j] === 1) === hit) j++;
    parts.push({ text: text.slice(i, j), hit });
    i = j;
  }
  return parts;
}
