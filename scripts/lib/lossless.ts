/**
 * The lossless check: the text of the generated collection, read back from its Markdown, must be
 * the source text exactly, character for character, up to whitespace. What ingest removes on
 * purpose (Word bookmark debris, the `#` marks of the lines it read as Markdown headings, lines of
 * only invisible characters) is removed from the source side too; what it
 * adds on purpose (a merged table cell's inherited value, a derived caption, a front chapter's
 * title) is marked and left out of the output side. Anything else that differs is a bug.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { bookmarkPattern } from '../plugins/remove-bookmarks.ts';
import { isInvisibleLine } from './invisible.ts';

/**
 * The source's text as ingest promises to keep it, without whitespace. `markedLines` are the
 * 1-based lines whose Markdown heading mark (`# `, `## `) ingest took off; a `#` anywhere else is
 * text and must come out as written. Without them, every line-start mark counts as taken off (a
 * looser reading, for comparing sentences).
 */
export function sourceCanon(text: string, markedLines?: readonly number[]): string {
  const marked = markedLines && new Set(markedLines);
  return text
    .split('\n')
    .map((line, index) => (isInvisibleLine(line) ? '' : !marked || marked.has(index + 1) ? line.replace(/^#+[ \t]+/, '') : line))
    .join('\n')
    .replace(bookmarkPattern, '')
    .replace(/\s+/g, '');
}

/** The text a generated chapter shows as source text, in order, without whitespace. */
export function chapterCanon(heading: string, body: Root): string {
  const parts: string[] = [heading];
  visit(body, (node) => {
    if (node.type === 'textDirective' && node.name === 'inherited') return SKIP;
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
  });
  return parts.join('').replace(/\s+/g, '');
}

export interface LosslessReport {
  ok: boolean;
  charsIn: number;
  charsOut: number;
  /** Where the texts part, with context from both sides. */
  difference?: { offset: number; source: string; output: string };
}

export function compareCanon(source: string, output: string): LosslessReport {
  const report: LosslessReport = { ok: source === output, charsIn: source.length, charsOut: output.length };
  if (!report.ok) {
    let i = 0;
    while (i < source.length && source[i] === output[i]) i++;
    report.difference = { offset: i, source: source.slice(Math.max(0, i - 30), i + 40), output: output.slice(Math.max(0, i - 30), i + 40) };
  }
  return report;
}
