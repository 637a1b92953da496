/**
 * Marks every cited document title in a chapter's tree, at ingest: a 《…》 whose title names a
 * corpus document (resolve.ts) becomes `:cited[《…》]{doc=slug href=/plans/slug/}`, any other
 * `:cited[《…》]{anchor=cited-… href=/citations/#cited-…}` (its entry on /citations/, which lists
 * every place it is cited). The text itself is not changed, only wrapped; the site's
 * src/plugins/remark-plan-units.ts renders the directive as a link. Pure over the tree.
 *
 *     根据《中共示范省委关于…的决定》制定   →   根据:cited[《…》]{doc="example" href="/plans/example/"}制定
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import { extractCitations } from './extract.ts';
import { citationAnchor } from './index.ts';
import type { Resolver } from './resolve.ts';

/** `source` is the document the tree belongs to, so 本《规划》 resolves to itself. */
export function linkCitedDocuments(tree: Root | Parent, resolver: Resolver, source?: string) {
  visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || parent.type === 'link' || (parent.type === 'textDirective' && (parent as TextDirective).name === 'cited')) return;
    const pieces: PhrasingContent[] = [];
    let last = 0;
    for (const cite of extractCitations(node.value)) {
      const resolution = resolver.resolve(cite.title, { source, before: cite.before });
      if (cite.start > last) pieces.push({ type: 'text', value: node.value.slice(last, cite.start) });
      const anchor = citationAnchor(cite.title);
      const attributes = resolution ? { doc: resolution.slug, href: `/plans/${resolution.slug}/` } : { anchor, href: `/citations/#${anchor}` };
      pieces.push({ type: 'textDirective', name: 'cited', attributes, children: [{ type: 'text', value: cite.text }] } as TextDirective as PhrasingContent);
      last = cite.end;
    }
    if (!pieces.length) return;
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
    // Continue after the inserted nodes: the new directives' text must not be visited again.
    return [SKIP, index + pieces.length];
  });
}
