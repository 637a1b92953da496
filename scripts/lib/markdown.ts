/** Markdown in and out for the generated collections: GFM tables and directives, nothing else. */
import type { Root } from 'mdast';
import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { directive } from 'micromark-extension-directive';
import { gfmTable } from 'micromark-extension-gfm-table';

export function treeToMarkdown(tree: Root): string {
  return toMarkdown(tree, { extensions: [directiveToMarkdown(), gfmTableToMarkdown()], bullet: '-', fences: true });
}

export function markdownToTree(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [directive(), gfmTable()],
    mdastExtensions: [directiveFromMarkdown(), gfmTableFromMarkdown()],
  });
}
