/**
 * Warns when the settings' heading styles do not fit the text, before anything is read as a
 * heading: a listed style that matches no line (a chapter style on a text without chapters, `tiao`
 * on a text without articles), and a structural style the text uses but the settings do not list
 * (its lines would silently stay text). Each warning says what was expected and which style the
 * text seems to use, with the line of its first example. The tree is not changed.
 *
 *     headings.section: ["jie"], no 第X节 in the text, 12 lines like （一）…
 *   → warning: settings list "jie" (第一节) as a section style, but no line matches it; the text
 *     seems to use "cn-paren" (（一）): 12 lines, the first here
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { headingStyles, type HeadingStyle, type SourceSettings } from '../../src/schemas/source.ts';
import { withoutInvisible } from '../lib/invisible.ts';
import { plainText } from '../lib/tree.ts';
import { headingPatterns, maxHeadingLength } from './recognise-headings.ts';

/** How each style looks, for messages. */
export const styleExample: Record<HeadingStyle, string> = {
  zhang: '第一章',
  jie: '第一节',
  bian: '第一编',
  tiao: '第一条',
  qianyan: '前言',
  fujian: '附件',
  md2: '## 一、',
  'cn-dun': '一、',
  'cn-paren': '（一）',
  'num-dun': '1、',
  'num-dot': '1.',
};

/** Styles that only ever number a document's structure: a text using them means them. */
const structural: HeadingStyle[] = ['bian', 'zhang', 'jie', 'tiao'];
/** Styles that a text without chapters does not need: it may be all articles. */
const aboveArticles: HeadingStyle[] = ['bian', 'zhang', 'jie'];
/** Styles that number lines carrying their text (items, articles): any length counts. */
const carryText: HeadingStyle[] = ['tiao', 'cn-dun', 'cn-paren', 'num-dun', 'num-dot'];
/** Styles a text has at most once, listed in case it does: not finding them is no surprise. */
const optional: HeadingStyle[] = ['qianyan', 'fujian'];
/** An unlisted structural style must be used this often before it is worth a warning. */
const minUnlisted = 2;

export interface CheckHeadingStylesOptions {
  settings: Pick<SourceSettings, 'headings' | 'titleLines'>;
}

export function checkHeadingStyles(options: CheckHeadingStylesOptions) {
  const { headings, titleLines } = options.settings;
  const listedAs = new Map<HeadingStyle, string>();
  for (const unit of ['chapter', 'section', 'item'] as const) for (const style of headings[unit]) if (!listedAs.has(style)) listedAs.set(style, unit);
  return (tree: Root, file: VFile) => {
    const found = new Map<HeadingStyle, number[]>(headingStyles.map((style) => [style, []]));
    let skipTitle = titleLines;
    for (const node of tree.children) {
      if (node.type !== 'paragraph' || node.data?.tab) continue;
      if (skipTitle > 0) {
        skipTitle--;
        continue;
      }
      const text = withoutInvisible(plainText(node));
      for (const style of headingStyles) {
        // Items and articles carry their text on the line; other headings are short lines.
        if (headingPatterns[style].test(text) && (carryText.includes(style) || text.length <= maxHeadingLength)) found.get(style)!.push(node.data?.line ?? 1);
      }
    }
    const articles = listedAs.has('tiao') && found.get('tiao')!.length > 0;
    const unlisted = headingStyles.filter((style) => !listedAs.has(style) && found.get(style)!.length >= minUnlisted).sort((a, b) => found.get(b)!.length - found.get(a)!.length);
    const describe = (style: HeadingStyle) => `"${style}" (${styleExample[style]})`;
    const seems = (style: HeadingStyle) => {
      const lines = found.get(style)!;
      return `${describe(style)}: ${lines.length} lines, the first at line ${lines[0]}`;
    };
    for (const [style, unit] of listedAs) {
      if (found.get(style)!.length > 0 || optional.includes(style)) continue;
      if (articles && aboveArticles.includes(style)) continue; // a regulation of articles only
      const guess = unlisted[0];
      const as = style === 'tiao' ? 'articles' : `${unit === 'item' ? 'an' : 'a'} ${unit} style`;
      file.message(`settings list ${describe(style)} as ${as}, but no line matches it; ${guess ? `the text seems to use ${seems(guess)}` : 'check headings in the settings'}`, {
        place: { line: guess ? found.get(guess)![0] : 1, column: 1 },
        ruleId: 'heading-style-unused',
      });
    }
    for (const style of unlisted) {
      if (!structural.includes(style)) continue;
      const lines = found.get(style)!;
      const where = style === 'tiao' ? 'headings.item (articles)' : style === 'jie' ? 'headings.section' : 'headings.chapter';
      file.message(
        `${lines.length} lines look like ${describe(style)} headings, but the settings do not list "${style}", so they are read as text; add it to ${where} if they are headings`,
        { place: { line: lines[0], column: 1 }, ruleId: 'heading-style-unlisted' },
      );
    }
  };
}
