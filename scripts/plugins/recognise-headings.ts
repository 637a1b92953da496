/**
 * Recognises headings by their numbering style and marks each with its unit (chapter, section,
 * item) as the source's settings say. Also takes the document's own title lines.
 *
 *     第一章  全面开启城乡基层治理新征程   →  heading (chapter 1)
 *     第一节  …良好开局 党建引领有力。     →  heading (section 1) + `党建引领有力。` moved to the
 *                                             start of the next paragraph, whose lead it is
 *     (三)完善村级党组织….。…            →  paragraph marked as item 3 (a measure with its lead)
 *     一、服务阵地多元化…                 →  heading (item 1), when `cn-dun` is an item style
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { HeadingStyle, SourceSettings } from '../../src/schemas/source.ts';
import { parseNumeral } from '../lib/numerals.ts';
import { plainText, type Unit } from '../lib/tree.ts';

const numeral = '[〇零一二两三四五六七八九十百]+';

/** Each style: the pattern, and which group holds the number and which the rest. */
const patterns: Record<HeadingStyle, RegExp> = {
  zhang: new RegExp(`^第(${numeral}|[0-9]+)章[\\s\\u3000]*(.*)$`),
  jie: new RegExp(`^第(${numeral}|[0-9]+)节[\\s\\u3000]*(.*)$`),
  bian: new RegExp(`^第(${numeral}|[0-9]+)编[\\s\\u3000]*(.*)$`),
  tiao: new RegExp(`^第(${numeral}|[0-9]+)条[\\s\\u3000]*(.*)$`),
  qianyan: /^()前[\s\u3000]*言()$/,
  fujian: /^()附[\s\u3000]*件[\s\u3000]*([0-9]*)$/,
  md2: new RegExp(`^##[ \\t]+(?:(${numeral})、)?[\\s\\u3000]*(.*)$`),
  'cn-dun': new RegExp(`^(${numeral})、[\\s\\u3000]*(.*)$`),
  'cn-paren': new RegExp(`^[（(](${numeral})[）)][\\s\\u3000]*(.*)$`),
  'num-dun': /^([0-9]{1,2})、[\s\u3000]*(.*)$/,
  'num-dot': /^([0-9]{1,2})[.．](?![0-9])[\s\u3000]*(.*)$/,
};

/** A heading longer than this is running text that happens to start with a number. */
const maxHeadingLength = 60;
/** A chapter or section heading that shares its line with the first lead sentence. */
const headingWithLead = /^(.*\S)[ \t\u3000]+([^\s。]{1,40}。.*)$/;
/** A measure line: number, then its lead sentence, then the body. */
const leadSentence = /^[^。]{1,80}。/;

export interface RecogniseHeadingsOptions {
  settings: Pick<SourceSettings, 'headings' | 'titleLines'>;
}

export function recogniseHeadings(options: RecogniseHeadingsOptions) {
  const { headings, titleLines } = options.settings;
  const styleUnits: Array<[HeadingStyle, Unit]> = [
    ...headings.chapter.map((style) => [style, 'chapter'] as [HeadingStyle, Unit]),
    ...headings.section.map((style) => [style, 'section'] as [HeadingStyle, Unit]),
    ...headings.item.map((style) => [style, 'item'] as [HeadingStyle, Unit]),
  ];
  return (tree: Root) => {
    const out: RootContent[] = [];
    let titleLeft = titleLines;
    let carry: string | undefined; // a lead sentence cut off a heading line, for the next paragraph
    for (const node of tree.children) {
      if (node.type !== 'paragraph' || node.data?.tab) {
        out.push(node);
        continue;
      }
      const text = plainText(node);
      if (titleLeft > 0) {
        titleLeft -= 1;
        out.push(heading(node, text.replace(/^#[ \t]+/, ''), 'title', 0, text));
        continue;
      }
      const match = matchStyle(text, styleUnits);
      if (!match) {
        if (carry !== undefined) {
          setText(node, carry + text);
          carry = undefined;
        }
        out.push(node);
        continue;
      }
      if (carry !== undefined) {
        out.push({ type: 'paragraph', children: [{ type: 'text', value: carry }], data: { line: node.data?.line } });
        carry = undefined;
      }
      const { unit, number, rest } = match;
      if (unit === 'item' && leadSentence.test(rest)) {
        node.data = { ...node.data, item: { number, label: text.slice(0, text.length - rest.length).trim() } };
        out.push(node);
        continue;
      }
      let headingText = text;
      let title = rest;
      if (unit !== 'item') {
        const split = headingWithLead.exec(text);
        if (split && rest.includes('。')) {
          headingText = split[1];
          title = rest.slice(0, rest.length - split[2].length).trim();
          carry = split[2];
        }
      }
      out.push(heading(node, headingText.replace(/^##[ \t]+/, ''), unit, number, title));
    }
    if (carry !== undefined) out.push({ type: 'paragraph', children: [{ type: 'text', value: carry }], data: {} });
    tree.children = out;
  };
}

function matchStyle(text: string, styleUnits: Array<[HeadingStyle, Unit]>) {
  for (const [style, unit] of styleUnits) {
    const match = patterns[style].exec(text);
    if (!match) continue;
    const rest = match[2] ?? '';
    // Chapter and section headings are short; items may carry their whole measure on the line.
    if (unit !== 'item' && text.length > maxHeadingLength && !headingWithLead.test(text)) continue;
    if (unit === 'item' && !leadSentence.test(rest) && text.length > maxHeadingLength) continue;
    // A preface stands before chapter 1; other unnumbered headings take the next free number.
    const number = style === 'qianyan' ? 0 : match[1] ? parseNumeral(match[1]) : Number.NaN;
    return { unit, number, rest };
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
