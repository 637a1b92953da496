/**
 * Marks the issuing office's imprint line at the end of a document as `imprint`, so it is shown
 * as what it is and not counted as a measure.
 *
 *     示范市民政局办公室      2022年3月14日印发   →   :::imprint … :::
 */
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { plainText } from '../lib/tree.ts';

export const imprintPattern = /\d{4}年\d{1,2}月\d{1,2}日印发$/;

export function markImprint() {
  return (tree: Root) => {
    const last = tree.children.at(-1);
    if (last?.type !== 'paragraph' || last.data?.tab || !imprintPattern.test(plainText(last))) return;
    const imprint: ContainerDirective = { type: 'containerDirective', name: 'imprint', attributes: {}, children: [last] };
    tree.children[tree.children.length - 1] = imprint;
  };
}
