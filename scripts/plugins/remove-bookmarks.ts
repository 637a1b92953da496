/**
 * Drops Word bookmark debris that a .docx → text export leaves at the start of lines, before
 * headings: Word's own hidden bookmarks, whose names start with `_` (`_Toc…`, `_Hlk…`, `_Ref…`).
 *
 *     [bookmark: _Toc90415711]第一节 重大意义   →   第一节 重大意义
 *     [bookmark: _Toc90415729]                 →   (line removed; its blank lines pass to the next)
 *     见[bookmark: 附表]所列项目。              →   unchanged: inside a sentence it is text
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** Debris at the start of a source line (after its indent), one bookmark or several. */
export const bookmarkPattern = /^([ \t\u3000]*\[bookmark:[ \t]*_[A-Za-z][^\]\n]*\])+/gm;

export function removeBookmarks() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node, index, parent) => {
      const first = node.children[0];
      if (first?.type !== 'text') return;
      const value = first.value.replace(bookmarkPattern, '');
      if (value === first.value) return;
      first.value = value.trim();
      const empty = node.children.every((child) => child.type === 'text' && child.value === '');
      if (empty && parent && index !== undefined) {
        const next = parent.children[index + 1];
        if (next?.type === 'paragraph' && next.data) {
          next.data.blankBefore = (next.data.blankBefore ?? 0) + (node.data?.blankBefore ?? 0);
        }
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    });
  };
}
