/**
 * Marks 专栏 panels (boxed project lists and case studies) as `panel` containers.
 * A panel starts at a `专栏…` line and ends before the next heading or table, or at a gap of
 * two or more blank lines, after which ordinary text resumes.
 *
 *     专栏3 社区智慧服务场景          :::panel
 *     1．智慧健康服务。…        →     ::title[专栏3 社区智慧服务场景]
 *     2．智慧诊疗服务。…              1．智慧健康服务。…
 *                                     :::
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { plainText } from '../lib/tree.ts';

export const panelPattern = /^专栏\s*[0-9０-９]/;

export function markPanels() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let panel: ContainerDirective | undefined;
    for (const node of tree.children) {
      const paragraph = node.type === 'paragraph' ? node : undefined;
      if (paragraph && panelPattern.test(plainText(paragraph))) {
        panel = {
          type: 'containerDirective',
          name: 'panel',
          attributes: {},
          children: [{ type: 'leafDirective', name: 'title', attributes: {}, children: paragraph.children as Paragraph['children'] }],
          data: { line: paragraph.data?.line } as ContainerDirective['data'],
        };
        out.push(panel);
        continue;
      }
      if (panel && paragraph && !paragraph.data?.item && (paragraph.data?.blankBefore ?? 0) < 2) {
        panel.children.push(paragraph);
        continue;
      }
      panel = undefined;
      out.push(node);
    }
    tree.children = out;
  };
}
