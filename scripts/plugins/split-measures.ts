/**
 * Splits paragraphs in which several measures run together on one line, each after
 * a space and beginning with a short lead sentence.
 *
 *     …形成多元协同共治格局。 坚持三治并举、共建共享。坚持推动…
 *   →  …形成多元协同共治格局。
 *      坚持三治并举、共建共享。坚持推动…
 *
 * Only a space right after the end of a sentence, followed by a lead of 2–30 characters with no
 * comma inside, is a boundary: spaces inside names (中共中央 国务院) are left alone.
 */
import type { Paragraph, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { plainText } from '../lib/tree.ts';

export const runTogetherBoundary = /(?<=[。；！？”])[ \u3000]+(?=[^\s。，；：]{2,30}。)/g;

export function splitMeasures() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node, index, parent) => {
      if (!parent || index === undefined || node.data?.tab) return;
      if (node.children.length !== 1 || node.children[0].type !== 'text') return;
      const parts = plainText(node).split(runTogetherBoundary);
      if (parts.length < 2) return;
      const pieces: Paragraph[] = parts.map((value, i) => ({
        type: 'paragraph',
        children: [{ type: 'text', value }],
        // The first piece keeps the line's flags (an item stays an item); the others are new measures,
        // on the line the paragraph's own text is on (not a heading's line whose lead it took).
        data: i === 0 ? node.data : { line: node.data?.continuesOnLine ?? node.data?.line, blankBefore: 0 },
      }));
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}
