/**
 * Marks the lead sentence that opens a measure, its title, as `:lead[…]`.
 *
 *     建设社区智慧停车系统。开发社区智慧停车管理系统……
 *   → :lead[建设社区智慧停车系统。]开发社区智慧停车管理系统……
 *
 * A lead is a first sentence of at most 30 characters without a comma (40 after an item number,
 * as in `(三)完善村级党组织领导村级治理体制机制。`). A 第X条 article has no lead: its
 * first sentence is a provision, not a title.
 */
import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { plainText } from '../lib/tree.ts';
import { unitOf } from './nest-units.ts';

const plainLead = /^[^。，,；：:]{2,30}。/;
const itemLead = /^[\s\u3000]*[^。]{1,40}。/;

export function leadOf(paragraph: Paragraph): string | undefined {
  const text = plainText(paragraph);
  const label = paragraph.data?.item?.label;
  if (!label) return plainLead.exec(text)?.[0];
  const lead = itemLead.exec(text.slice(label.length))?.[0];
  return lead === undefined ? undefined : label + lead;
}

export function markLeads() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'measure' || unitOf(node).article) return;
      const first = node.children[0];
      if (first?.type !== 'paragraph' || first.children.length !== 1 || first.children[0].type !== 'text') return;
      const lead = leadOf(first);
      if (!lead) return;
      const text = plainText(first);
      first.children = [
        { type: 'textDirective', name: 'lead', attributes: {}, children: [{ type: 'text', value: lead }] },
        ...(text.length > lead.length ? [{ type: 'text' as const, value: text.slice(lead.length) }] : []),
      ];
      const data = unitOf(node);
      if (!data.title)
        data.title = lead
          .slice(first.data?.item?.label.length ?? 0)
          .replace(/。$/, '')
          .trim();
    });
  };
}
