import { firstClause } from './search/snippet.ts';

/**
 * How a title is shown: the data keeps a heading as written (第一节　重大意义, 前　　言); pages show
 * its spacing normalised, so a contents list does not mix ideographic, doubled and single spaces.
 */

const HAN_SPACED_OUT = /^\p{Script=Han}(?: \p{Script=Han})+$/u;

/**
 * A title for display: trimmed, each run of whitespace (ideographic space U+3000, no-break space,
 * tabs) shown as one space; a title spaced out character by character (前　　言, 附　件) is closed up.
 */
export function displayTitle(text: string): string {
  const collapsed = collapseSpaces(text).trim();
  return HAN_SPACED_OUT.test(collapsed) ? collapsed.replaceAll(' ', '') : collapsed;
}

/** Each run of whitespace as one space, nothing trimmed: for a piece of a title that goes on. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/gu, ' ');
}

/** How a measure is named in lists: its label and title, or its first clause when it has no title. */
/** Where a measure stands, for a link to it in a list of measures from many places: chapter · section · its title (or number). */
export function measurePlace(m: { chapterTitle: string; sectionTitle: string; title: string; label: string; number: number }): string {
  return `${m.chapterTitle.replace(/\s+/g, '')}${m.sectionTitle ? ` · ${m.sectionTitle}` : ''} · ${m.title || m.label || `第${m.number}项`}`;
}

export function measureHeading(m: { label: string; title: string; text: string }): string {
  const title = m.title || firstClause(m.text).slice(0, 40);
  return displayTitle(`${m.label}${title}`).replace(/[。；]$/, '');
}
