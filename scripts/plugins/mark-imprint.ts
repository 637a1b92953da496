/**
 * Marks a document's imprint as `imprint`, so it is shown as what it is and not counted as a
 * measure: the issuing office's line at the end of a document, and the adoption and revision
 * lines under a law's title.
 *
 *     示范市民政局办公室      2022年3月14日印发   →   :::imprint … :::   (the last line)
 *
 *     （1989年12月26日第七届全国人民代表大会常务委员会第十一次会议通过　根据2018年12月29日
 *     第十三届全国人民代表大会常务委员会第七次会议《关于修改……的决定》修正）
 *                                                →   :::imprint … :::   (before the first
 *                                                    heading or article; one line or several)
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { plainText } from '../lib/tree.ts';

export const imprintPattern = /\d{4}年\d{1,2}月\d{1,2}日印发$/;
/** An adoption or revision note: in brackets, dated, and saying what was done. */
const adoptionOpening = /^[（(].*\d{4}年\d{1,2}月(\d{1,2}日)?.*$/;
const adoptionVerb = /通过|修正|修订|批准|公布|施行|发布/;
const closingBracket = /[）)]$/;

function imprint(children: Paragraph[]): ContainerDirective {
  return { type: 'containerDirective', name: 'imprint', attributes: {}, children };
}

export function markImprint() {
  return (tree: Root) => {
    markAdoption(tree);
    const last = tree.children.at(-1);
    if (last?.type !== 'paragraph' || last.data?.tab || !imprintPattern.test(plainText(last))) return;
    tree.children[tree.children.length - 1] = imprint([last]);
  };
}

/** The adoption lines: the first lines of the body, before any heading, article or other text. */
function markAdoption(tree: Root) {
  const nodes = tree.children;
  let start = 0;
  // Only the document's own title and its contents may stand before them.
  const isTitle = (node: RootContent) => node.type === 'heading' && node.data?.unit === 'title';
  while (start < nodes.length && (isTitle(nodes[start]) || nodes[start].type === 'containerDirective')) start++;
  const first = nodes[start];
  if (first?.type !== 'paragraph' || first.data?.tab || first.data?.item || !adoptionOpening.test(plainText(first))) return;
  let end = start;
  let text = '';
  // The note may run over a few lines; it ends at its closing bracket.
  while (end < nodes.length && end - start < 6) {
    const node = nodes[end];
    if (node.type !== 'paragraph' || node.data?.tab || node.data?.item) return;
    text += plainText(node);
    end++;
    if (closingBracket.test(plainText(node))) break;
  }
  if (!closingBracket.test(text) || !adoptionVerb.test(text)) return;
  tree.children = [...nodes.slice(0, start), imprint(nodes.slice(start, end) as Paragraph[]) as RootContent, ...nodes.slice(end)];
}
