/**
 * Marks a law's table of contents (目录) as `contents`, so that its lines are not read as the
 * chapters and sections they list. The contents are the `目录` line and the heading-like lines
 * after it, up to the line that repeats the first entry (where the body starts) or the first line
 * that is no heading.
 *
 *     目　　录                 :::contents
 *     第一章　总　　则    →    目　　录 / 第一章　总　　则 / 第二章　居民会议
 *     第二章　居民会议         :::
 *     第一章　总则             第一章　总则   (the body)
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { withoutInvisible } from '../lib/invisible.ts';
import { plainText } from '../lib/tree.ts';
import { headingPatterns, maxHeadingLength } from './recognise-headings.ts';

const contentsLine = /^目[\s\u3000]*录$/;
const entryStyles = [headingPatterns.bian, headingPatterns.zhang, headingPatterns.jie, /^附[\s\u3000]*则$/, /^附[\s\u3000]*件/];

/** A TOC entry's identity: `第一章` of `第一章　总　　则`, ignoring spaces. */
function entryKey(text: string): string | undefined {
  const visible = withoutInvisible(text).replace(/[\s\u3000]+/g, '');
  if (visible.length > maxHeadingLength || !entryStyles.some((pattern) => pattern.test(visible))) return undefined;
  return /^第[^章节编]+[章节编]/.exec(visible)?.[0] ?? visible;
}

export interface MarkContentsOptions {
  /** The document's own title lines come first; the contents are looked for after them. */
  titleLines: number;
}

export function markContents(options: MarkContentsOptions = { titleLines: 0 }) {
  return (tree: Root) => {
    const nodes = tree.children;
    let titleLeft = options.titleLines;
    const start = nodes.findIndex((node) => {
      if (node.type !== 'paragraph' || node.data?.tab) return false;
      if (titleLeft > 0) {
        titleLeft--;
        return false;
      }
      return contentsLine.test(withoutInvisible(plainText(node)));
    });
    if (start < 0) return;
    const first = nodes[start + 1];
    const firstKey = first?.type === 'paragraph' ? entryKey(plainText(first)) : undefined;
    if (!firstKey) return;
    let end = start + 2;
    while (end < nodes.length) {
      const node = nodes[end];
      const key = node.type === 'paragraph' && !node.data?.tab ? entryKey(plainText(node)) : undefined;
      if (!key || key === firstKey) break;
      end++;
    }
    const contents: ContainerDirective = {
      type: 'containerDirective',
      name: 'contents',
      attributes: {},
      children: nodes.slice(start, end) as Paragraph[],
      data: { line: (nodes[start] as Paragraph).data?.line } as ContainerDirective['data'],
    };
    tree.children = [...nodes.slice(0, start), contents as RootContent, ...nodes.slice(end)];
  };
}
