/**
 * Recognises headings by their numbering style and marks each with its unit (chapter, section,
 * item) as the source's settings say. Also takes the document's own title lines.
 *
 *     第一章  全面开启城乡基层治理新征程   →  heading (chapter 1)
 *     第一节  …良好开局 党建引领有力。     →  heading (section 1) + `党建引领有力。` moved to the
 *                                             start of the next paragraph, whose lead it is
 *     (三)完善村级党组织….。…            →  paragraph marked as item 3 (a measure with its lead)
 *     一、服务阵地多元化…                 →  heading (item 1), when `cn-dun` is an item style
 *     （二）协助做好社会救助工作；          →  paragraph marked as a list entry (item 2, no lead):
 *                                             a measure of its own line, it takes nothing after it;
 *     （三）做好其他工作。                   →  so is the one-sentence item that closes such a list
 *     第十二条　居民会议由……              →  paragraph marked as article 12 (`tiao`, wherever it is
 *                                             listed): the article is the measure; lines up to the
 *                                             next article or heading are its paragraphs, and
 *                                             （一）… lines inside it are its list, not items
 *     第二编　物权                         →  heading (chapter, marked as a part; `bian`)
 *
 * Numbers are read in any form: 第四章, 第４章, 第4章, 第一百零三条. Invisible characters (a
 * zero-width space inside `第三章`) do not stop a heading from being recognised; they stay in its
 * text, and each such heading is a warning with its line.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { HeadingStyle, SourceSettings } from '../../src/schemas/source.ts';
import { nameInvisible, withoutInvisible } from '../lib/invisible.ts';
import { numeralPattern, parseNumeral } from '../lib/numerals.ts';
import { plainText, type Unit } from '../lib/tree.ts';

const numeral = numeralPattern;
const cnNumeral = '[〇零一二两三四五六七八九十百千]+';
const digits = '[0-9０-９]{1,2}';

/** Each style: the pattern, and which group holds the number and which the rest. */
export const headingPatterns: Record<HeadingStyle, RegExp> = {
  zhang: new RegExp(`^第(${numeral})章[\\s\\u3000]*(.*)$`),
  jie: new RegExp(`^第(${numeral})节[\\s\\u3000]*(.*)$`),
  bian: new RegExp(`^第(${numeral})编[\\s\\u3000]*(.*)$`),
  tiao: new RegExp(`^第(${numeral})条[\\s\\u3000]*(.*)$`),
  qianyan: /^()前[\s\u3000]*言()$/,
  fujian: /^()附[\s\u3000]*件[\s\u3000]*([0-9]*)$/,
  md2: new RegExp(`^##[ \\t]+(?:(${cnNumeral})、)?[\\s\\u3000]*(.*)$`),
  'cn-dun': new RegExp(`^(${cnNumeral})、[\\s\\u3000]*(.*)$`),
  'cn-paren': new RegExp(`^[（(](${cnNumeral})[）)][\\s\\u3000]*(.*)$`),
  'num-dun': new RegExp(`^(${digits})、[\\s\\u3000]*(.*)$`),
  'num-dot': new RegExp(`^(${digits})[.．](?![0-9０-９])[\\s\\u3000]*(.*)$`),
};

/** A heading longer than this is running text that happens to start with a number. */
export const maxHeadingLength = 60;
/** A chapter or section heading that shares its line with the first lead sentence. */
const headingWithLead = /^(.*\S)[ \t\u3000]+([^\s。]{1,40}。.*)$/;
/** A measure line: number, then its lead sentence, then the body. */
const leadSentence = /^[^。]{1,80}。/;
/** An item line that ends as an entry of a list does, not as a title. */
const listEnding = /[；;，,、：:]$/;
/** A line that is one sentence and nothing more. */
const oneSentence = /^[^。]+。$/;

export interface RecogniseHeadingsOptions {
  settings: Pick<SourceSettings, 'headings' | 'titleLines'>;
}

interface Match {
  style: HeadingStyle;
  unit: Unit;
  number: number;
  rest: string;
}

export function recogniseHeadings(options: RecogniseHeadingsOptions) {
  const { headings, titleLines } = options.settings;
  const styleUnits: Array<[HeadingStyle, Unit]> = [
    ...headings.chapter.map((style) => [style, 'chapter'] as [HeadingStyle, Unit]),
    ...headings.section.map((style) => [style, 'section'] as [HeadingStyle, Unit]),
    ...headings.item.map((style) => [style, 'item'] as [HeadingStyle, Unit]),
  ];
  return (tree: Root, file?: VFile) => {
    const out: RootContent[] = [];
    const markedLines: number[] = [];
    let titleLeft = titleLines;
    let carry: string | undefined; // a lead sentence cut off a heading line, for the next paragraph
    let carryLine: number | undefined; // the heading's line: where the carried text is written
    let inArticle = false; // numbered lines inside an article are its list, not items
    let listEntry: { style: HeadingStyle; number: number } | undefined; // the list an item may close
    for (const node of tree.children) {
      if (node.type !== 'paragraph' || node.data?.tab) {
        out.push(node);
        continue;
      }
      const text = plainText(node);
      const line = node.data?.line;
      if (titleLeft > 0) {
        titleLeft -= 1;
        const mark = /^#[ \t]+/.exec(text)?.[0];
        if (mark && line) markedLines.push(line);
        out.push(heading(node, text.slice(mark?.length ?? 0), 'title', 0, text));
        continue;
      }
      // Invisible characters do not decide what a line is; the text keeps them.
      const visible = withoutInvisible(text);
      let match = matchStyle(visible, styleUnits);
      if (match && inArticle && match.unit === 'item' && match.style !== 'tiao') match = undefined;
      if (!match) {
        if (carry !== undefined) {
          setText(node, carry + text);
          // The paragraph now starts where its lead is written, on the heading's line.
          node.data = { ...node.data, line: carryLine, continuesOnLine: line };
          carry = undefined;
        }
        out.push(node);
        continue;
      }
      if (carry !== undefined) {
        out.push({ type: 'paragraph', children: [{ type: 'text', value: carry }], data: { line: carryLine } });
        carry = undefined;
      }
      const { style, unit, number, rest } = match;
      const label = visible.slice(0, visible.length - rest.length).trim();
      // Invisible characters that would have hidden a heading (in a short heading, or in the
      // number of an item or article) are worth a warning; inside an article's text they are not.
      const hidden = unit === 'item' ? !text.startsWith(label) : visible !== text;
      if (hidden) {
        const what = style === 'tiao' ? 'article' : unit === 'item' ? 'numbered item' : `${unit} heading`;
        file?.message(
          `“${visible.slice(0, 20)}” holds invisible characters (${nameInvisible(text)}); read as ${what === 'article' ? 'an' : 'a'} ${what} all the same, the characters kept — remove them from the source`,
          {
            place: { line: line ?? 1, column: 1 },
            ruleId: 'invisible-in-heading',
          },
        );
      }
      const closesList = listEntry?.style === style && listEntry.number === number - 1 && oneSentence.test(rest);
      listEntry = undefined;
      if (style === 'tiao') {
        inArticle = true;
        node.data = { ...node.data, item: { number, label, article: true } };
        out.push(node);
        continue;
      }
      if (unit === 'item' && leadSentence.test(rest) && !closesList) {
        node.data = { ...node.data, item: { number, label } };
        out.push(node);
        continue;
      }
      if (unit === 'item' && (closesList || listEnding.test(rest) || visible.length > maxHeadingLength)) {
        node.data = { ...node.data, item: { number, label, listEntry: true } };
        if (!closesList) listEntry = { style, number };
        out.push(node);
        continue;
      }
      inArticle = false;
      let headingText = text;
      let title = rest;
      if (unit !== 'item') {
        const split = headingWithLead.exec(text);
        if (split && rest.includes('。')) {
          headingText = split[1];
          title = withoutInvisible(rest.slice(0, rest.length - split[2].length)).trim();
          carry = split[2];
          carryLine = line;
        }
      }
      const mark = style === 'md2' ? /^##[ \t]+/.exec(headingText)?.[0] : undefined;
      if (mark && line) markedLines.push(line);
      const node2 = heading(node, headingText.slice(mark?.length ?? 0), unit, number, title);
      if (style === 'bian') node2.data = { ...node2.data, part: true };
      out.push(node2);
    }
    if (carry !== undefined) out.push({ type: 'paragraph', children: [{ type: 'text', value: carry }], data: { line: carryLine } });
    tree.children = out;
    if (markedLines.length) tree.data = { ...tree.data, markedLines };
  };
}

function matchStyle(text: string, styleUnits: Array<[HeadingStyle, Unit]>): Match | undefined {
  for (const [style, listedAs] of styleUnits) {
    const match = headingPatterns[style].exec(text);
    if (!match) continue;
    // An article is an article wherever the settings list it; a part is chapter-level.
    const unit: Unit = style === 'tiao' ? 'item' : style === 'bian' ? 'chapter' : listedAs;
    const rest = match[2] ?? '';
    // Chapter and section headings are short; items and articles may carry their whole measure.
    if (unit !== 'item' && text.length > maxHeadingLength && !headingWithLead.test(text)) continue;
    // A preface stands before chapter 1; other unnumbered headings take the next free number.
    const number = style === 'qianyan' ? 0 : match[1] ? parseNumeral(match[1]) : Number.NaN;
    return { style, unit, number, rest };
  }
  return undefined;
}

function heading(node: Paragraph, text: string, unit: Unit, number: number, title: string): Heading {
  return {
    type: 'heading',
    depth: unit === 'title' ? 1 : unit === 'chapter' ? 1 : unit === 'section' ? 2 : 3,
    children: [{ type: 'text', value: text }],
    data: { line: node.data?.line, unit, number, title: title.trim() || text, blankBefore: node.data?.blankBefore },
    position: node.position,
  };
}

function setText(node: Paragraph, value: string) {
  node.children = [{ type: 'text', value }];
}
