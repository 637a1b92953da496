/**
 * Finds a document's own title block (the short lines above its body) and, under it, the imprint
 * of a law or regulation (`（2018年12月29日…通过）`). Pure: text in, lines out.
 *
 *     关于进一步加强和完善城乡社区治理的     ┐
 *     实施意见                              ├ title lines (3)
 *     （征求意见稿）                         ┘
 *     为认真贯彻落实《…》…。                  body
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import { headingStyles } from '../../src/schemas/source.ts';
import { panelPattern } from '../plugins/mark-panels.ts';
import { recogniseHeadings } from '../plugins/recognise-headings.ts';
import { removeBookmarks } from '../plugins/remove-bookmarks.ts';
import { parseLines } from './parse-lines.ts';
import { plainText } from './tree.ts';

/** A title line is short; a longer first line is already body text. */
const maxTitleLineLength = 60;
/** Title blocks are at most this many lines (a two-line title, a subtitle, a 征求意见稿 mark). */
const maxTitleLines = 4;
/** `（2018年12月29日…通过 …修正）`: the adoption and revision record under a law's title. */
export const imprintStart = /^[（(](?:[0-9]{4}|[〇零一二三四五六七八九]{4})年/;
const documentNumberLine = /^\S{1,16}[〔[［(（][0-9]{4}[〕\]］)）][0-9]+号$/;

export interface TitleBlock {
  /** How many leading lines (blank lines and Word bookmark debris not counted) form the title. */
  titleLines: number;
  /** The title as written, lines joined; undefined when the text has no title lines. */
  title?: string;
  /** The lines of the title block, as written. */
  lines: string[];
  /** The imprint lines right under the title, if any. */
  imprint: string[];
  /** Every non-blank line after bookmark removal, in order (for the other detectors). */
  body: string[];
}

/** Lines that any heading style matches, as ingest would see them. */
function headingLines(tree: Root): Set<number> {
  const processor = unified().use(recogniseHeadings, { settings: { titleLines: 0, headings: { chapter: [], section: [], item: [...headingStyles] } } });
  const copy = structuredClone(tree);
  processor.runSync(copy);
  const lines = new Set<number>();
  for (const node of copy.children) {
    if ((node.type === 'heading' || (node.type === 'paragraph' && node.data?.item)) && node.data?.line) lines.add(node.data.line);
  }
  return lines;
}

export function detectTitle(text: string): TitleBlock {
  const processor = unified().use(parseLines).use(removeBookmarks);
  const tree = processor.runSync(processor.parse(text)) as Root;
  const headings = headingLines(tree);
  const paragraphs = tree.children.filter((node) => node.type === 'paragraph');
  const body = paragraphs.map((node) => plainText(node));
  const lines: string[] = [];
  for (const node of paragraphs) {
    const line = plainText(node).replace(/^#[ \t]+/, '');
    const isTitle =
      lines.length < maxTitleLines &&
      !node.data?.tab &&
      line.length <= maxTitleLineLength &&
      !/[。；;：:！？]/.test(line) &&
      !headings.has(node.data?.line ?? 0) &&
      !imprintStart.test(line) &&
      !panelPattern.test(line) &&
      !documentNumberLine.test(line) &&
      !/^目[\s\u3000]*录$/.test(line);
    if (!isTitle) break;
    lines.push(line);
  }
  const imprint: string[] = [];
  const after = body.slice(lines.length);
  if (after[0] && imprintStart.test(after[0])) {
    for (const line of after.slice(0, 6)) {
      imprint.push(line);
      if (/[）)]$/.test(line)) break;
    }
  }
  return { titleLines: lines.length, title: lines.length ? lines.join('') : undefined, lines, imprint, body };
}
