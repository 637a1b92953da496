/**
 * Makes every cited document title a link. A 《…》 whose title names a corpus document
 * (src/lib/citations/resolve.ts) links to /plans/{slug}/; any other title links to its entry on
 * /citations/, which lists every place it is cited. The text itself is not changed, only wrapped.
 * Runs after remarkPlanUnits, on the text nodes of the chapter Markdown.
 *
 *     根据《中共北原省委关于…的意见》制定   →   根据<a class="cited-doc" href="/plans/beiyuan/">《…》</a>制定
 *     依据《中华人民共和国慈善法》         →   依据<a class="cited-ref" href="/citations/#cited-…">《…》</a>
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { readCorpusDocuments } from '../lib/citations/corpus.ts';
import { extractCitations } from '../lib/citations/extract.ts';
import { citationAnchor } from '../lib/citations/index.ts';
import { createResolver, type CorpusDocument, type Resolver } from '../lib/citations/resolve.ts';

export interface Options {
  /** The corpus documents; read from content/sources/*.json when not given. */
  documents?: CorpusDocument[];
}

/** `…/chapters/demo-city/00.md` → `demo-city`, so 本《规划》 can resolve to the document itself. */
function sourceOf(file: VFile | undefined): string | undefined {
  const path = file?.path ?? file?.history?.[0];
  return path ? /chapters[\\/]([a-z0-9-]+)[\\/]/.exec(path)?.[1] : undefined;
}

export function linkCitedDocuments(tree: Root, resolver: Resolver, source?: string) {
  visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || parent.type === 'link') return;
    const pieces: PhrasingContent[] = [];
    let last = 0;
    for (const cite of extractCitations(node.value)) {
      const resolution = resolver.resolve(cite.title, { source, before: cite.before });
      if (cite.start > last) pieces.push({ type: 'text', value: node.value.slice(last, cite.start) });
      const link: Link = resolution
        ? {
            type: 'link',
            url: `/plans/${resolution.slug}/`,
            children: [{ type: 'text', value: cite.text }],
            data: { hProperties: { className: ['cited-doc'], dataCited: resolution.slug } },
          }
        : {
            type: 'link',
            url: `/citations/#${citationAnchor(cite.title)}`,
            title: '本站未收录此文件：查看各处引用',
            children: [{ type: 'text', value: cite.text }],
            data: { hProperties: { className: ['cited-ref'] } },
          };
      pieces.push(link);
      last = cite.end;
    }
    if (!pieces.length) return;
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
    // Continue after the inserted nodes: the new links' text must not be visited again.
    return [SKIP, index + pieces.length];
  });
}

export function remarkCitedDocuments(options: Options = {}) {
  const resolver = createResolver(options.documents ?? readCorpusDocuments());
  return (tree: Root, file?: VFile) => linkCitedDocuments(tree, resolver, sourceOf(file));
}
