/**
 * Drops lines that hold only invisible characters (zero-width spaces, word joiners, a stray BOM):
 * they show nothing, so they are no unit. Each is a warning with its line, so the author can
 * clean the source; the lossless check leaves such lines out of the source side too.
 *
 *     第一条　……          第一条　……
 *     U+200B         →    (line dropped; warning `file:2: … only invisible characters`)
 *     第二条　……          第二条　……
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { isInvisibleLine, nameInvisible } from '../lib/invisible.ts';
import { plainText } from '../lib/tree.ts';

export function dropInvisibleLines() {
  return (tree: Root, file: VFile) => {
    let blank = 0; // blank lines of dropped lines pass to the next line
    tree.children = tree.children.filter((node) => {
      if (node.type !== 'paragraph') return true;
      const text = plainText(node);
      if (!node.data?.tab && isInvisibleLine(text)) {
        blank += (node.data?.blankBefore ?? 0) + 1;
        file.message(`line holds only invisible characters (${nameInvisible(text)}); it is not a unit — delete the line`, {
          place: { line: node.data?.line ?? 1, column: 1 },
          ruleId: 'invisible-line',
        });
        return false;
      }
      if (blank && node.data) node.data.blankBefore = (node.data.blankBefore ?? 0) + blank;
      blank = 0;
      return true;
    });
  };
}
