/**
 * The ingest tree is mdast with a few directives (remark-directive's node types) and some
 * `data` fields that carry what the parser knows about each line. Declared here once.
 */
import type { Node, Parent } from 'unist';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import 'mdast-util-directive';

/** The units of a plan, outermost first. */
export type Unit = 'title' | 'chapter' | 'section' | 'item';

declare module 'mdast' {
  interface ParagraphData {
    /** 1-based line in the source where the paragraph's text starts. */
    line?: number;
    /**
     * When a lead sentence cut off a heading's line starts the paragraph (`line` is the heading's),
     * the line the rest of its text is on: a measure split off after the lead starts there.
     */
    continuesOnLine?: number;
    /** Blank lines just before this line. */
    blankBefore?: number;
    /** The line began with a TAB (a table cell, or an indented panel line). */
    tab?: boolean;
    /** Set when the paragraph opens a numbered item (`(三)…。`, `1.…。`). */
    item?: {
      number: number;
      label: string;
      /** A 第X条 article: the measure is the article, with all its paragraphs and lists. */
      article?: boolean;
      /** A list entry without a lead (`（二）…；`): a measure of its own line only. */
      listEntry?: boolean;
    };
  }
  interface HeadingData {
    line?: number;
    unit?: Unit;
    /** The heading's number as written, read as a number (`第十二章` → 12). */
    number?: number;
    /** The title without its number (`第一章  规划背景` → `规划背景`). */
    title?: string;
    blankBefore?: number;
    /** A 第X编 part heading: a chapter-level unit whose chapters number within it. */
    part?: boolean;
    /** A Markdown heading mark (`## `, `# `) taken off the line as written. */
    mark?: string;
  }
  interface RootData {
    /** Lines whose Markdown heading mark (`# `, `## `) ingest took off; the lossless check knows them. */
    markedLines?: number[];
  }
  interface TableData {
    line?: number;
    /** Caption line as written (`表1  …`), moved into the table. */
    caption?: string;
  }
}

export type { ContainerDirective, LeafDirective, TextDirective, Node, Parent };

/** Text of a paragraph or heading whose children are plain text nodes (true until the writer). */
export function plainText(node: { children: Array<{ type: string; value?: string }> }): string {
  return node.children.map((child) => child.value ?? '').join('');
}
