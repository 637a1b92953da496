/** Markdown in and out for the generated collections: GFM tables and directives, nothing else. */
import type { Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown, type Handle } from 'mdast-util-to-markdown';
import { directive } from 'micromark-extension-directive';
import { gfmTable } from 'micromark-extension-gfm-table';

const directives = directiveToMarkdown();
const leafDirective = directives.handlers!.leafDirective as Handle;

/**
 * A leaf directive's label (a table's caption, a panel's title) is source text like any other:
 * serialise it as phrasing, so that `<script>`, `*`, `[` in it are escaped, not read back as
 * HTML or emphasis. (mdast-util-directive does not enter the phrasing construct for labels.)
 */
const leafDirectiveAsText: Handle = (node, parent, state, info) => {
  const exit = state.enter('phrasing');
  try {
    return leafDirective(node as LeafDirective, parent, state, info);
  } finally {
    exit();
  }
};

export function treeToMarkdown(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [directives, gfmTableToMarkdown(), { handlers: { leafDirective: leafDirectiveAsText } }],
    bullet: '-',
    fences: true,
  });
}

export function markdownToTree(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [directive(), gfmTable()],
    mdastExtensions: [directiveFromMarkdown(), gfmTableFromMarkdown()],
  });
}
