/**
 * Drops Word bookmark debris that a .docx → text export leaves before headings.
 *
 *     [bookmark: _Toc90415711]第一节 重大意义   →   第一节 重大意义
 *     [bookmark: _Toc90415729]                 →   (line removed; its blank lines pass to the next)
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export const bookmarkPattern = /\[bookmark:\s*[^\]]*\]/g;

export function removeBookmarks() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node, index, parent) => {
      let changed = false;
      for (const child of node.children) {
        if (child.type === 'text' && bookmarkPattern.test(child.value)) {
          child.value = child.value.replace(bookmarkPattern, '').trim();
          changed = true;
        }
      }
      const empty = node.children.every((child) => child.type === 'text' && child.value === '');
      if (changed && empty && parent && index !== undefined) {
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
