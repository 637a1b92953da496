/**
 * unified parser: a plain-text plan → an mdast root with one paragraph per non-blank line.
 * Nothing is interpreted yet; the transforms in `scripts/plugins/` do that, one job each.
 */
import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';

export function parseLinesToTree(text: string): Root {
  const children: Paragraph[] = [];
  let blank = 0;
  text.split('\n').forEach((raw, index) => {
    // A line that is only a TAB is an empty (merged) table cell, not a blank line.
    const tab = raw.startsWith('\t');
    if (!tab && raw.trim() === '') {
      blank += 1;
      return;
    }
    children.push({
      type: 'paragraph',
      children: [{ type: 'text', value: raw.trim() }],
      data: { line: index + 1, blankBefore: blank, tab },
      position: { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: raw.length + 1 } },
    });
    blank = 0;
  });
  return { type: 'root', children };
}

/** As a unified plugin: `unified().use(parseLines)`. */
export const parseLines: Plugin<[], string, Root> = function () {
  this.parser = (document) => parseLinesToTree(document);
};
