/**
 * Proposes a source's `headings` (which numbering style is a chapter, a section, a numbered
 * measure) from its text. Pure: text in, proposal and findings out.
 *
 * It does not know the patterns itself: it runs ingest's own `recognise-headings` plugin once per
 * style and counts what that style would match, so detection and ingest can never disagree on what
 * a `第一章` or a `（一）` line is.
 *
 *     第一章 … / 第一节 … / 一、…          →  chapter zhang, section jie, item cn-dun
 *     ## 二、… / (三)完善….。…            →  chapter md2, item cn-paren
 *     第一章 总则 / 第一条 …              →  chapter zhang, item tiao
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import { headingStyles, type HeadingStyle, type SourceSettings } from '../../src/schemas/source.ts';
import { markPanels } from '../plugins/mark-panels.ts';
import { rebuildTables } from '../plugins/rebuild-tables.ts';
import { recogniseHeadings } from '../plugins/recognise-headings.ts';
import { removeBookmarks } from '../plugins/remove-bookmarks.ts';
import type { Finding } from './detect-findings.ts';
import { parseLines } from './parse-lines.ts';

/** One line that a style matches. */
export interface StyleMatch {
  line: number;
  number: number;
  /** The line is a short heading (no lead sentence after the number). */
  heading: boolean;
}

/** Numbered styles from the outermost unit they usually name to the innermost. */
const rank: Partial<Record<HeadingStyle, number>> = {
  zhang: 1,
  md2: 1,
  jie: 2,
  'cn-dun': 3,
  'cn-paren': 4,
  'num-dun': 5,
  'num-dot': 5,
};
/** Styles that carry no running number and stand beside a chapter style. */
const companions: HeadingStyle[] = ['qianyan', 'fujian'];
/** Styles that name a chapter or more, and so end a 专栏 panel wherever the settings put them. */
const panelEnders: HeadingStyle[] = ['bian', 'zhang', 'jie', 'md2', 'qianyan', 'fujian', 'cn-dun', 'tiao'];
/** An example of each style, for messages. */
export const styleExample: Record<HeadingStyle, string> = {
  zhang: '第一章',
  jie: '第一节',
  qianyan: '前言',
  fujian: '附件',
  md2: '## 二、',
  'cn-dun': '一、',
  'cn-paren': '（一）',
  'num-dun': '1、',
  'num-dot': '1.',
  bian: '第一编',
  tiao: '第一条',
};

export interface HeadingsProposal {
  headings: SourceSettings['headings'];
  /** Title of the text before the first chapter heading, when the default (前言) would be wrong. */
  frontTitle?: string;
  /** Every style's matches outside panels and tables, for reports and tests. */
  matches: Partial<Record<HeadingStyle, StyleMatch[]>>;
  findings: Finding[];
}

/** Runs parse → bookmarks → headings with the given settings, as ingest does. */
function recognise(text: string, titleLines: number, headings: SourceSettings['headings'], panels = false): Root {
  const processor = unified().use(parseLines).use(removeBookmarks).use(recogniseHeadings, { settings: { titleLines, headings } });
  if (panels) processor.use(rebuildTables).use(markPanels);
  return processor.runSync(processor.parse(text)) as Root;
}

/** Lines that stand inside a 专栏 panel or a table: their numbered lines are a list, not the outline. */
function linesInsideBlocks(text: string, titleLines: number): Set<number> {
  const tree = recognise(text, titleLines, { chapter: panelEnders, section: [], item: [] }, true);
  const inside = new Set<number>();
  const collect = (node: unknown) => {
    const n = node as { data?: { line?: number }; position?: { start: { line: number } }; children?: unknown[] };
    const line = n.data?.line ?? n.position?.start.line;
    if (line) inside.add(line);
    for (const child of n.children ?? []) collect(child);
  };
  for (const node of tree.children) {
    if (node.type === 'containerDirective' && (node.name === 'panel' || node.name === 'table')) collect(node);
    if (node.type === 'table' || (node.type === 'paragraph' && node.data?.tab)) collect(node);
  }
  return inside;
}

/** What one style matches when it is the only item style (items accept long lines with a lead sentence). */
function matchesOf(text: string, titleLines: number, style: HeadingStyle, inside: Set<number>): StyleMatch[] {
  const tree = recognise(text, titleLines, { chapter: [], section: [], item: [style] });
  const out: StyleMatch[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.data?.unit === 'item') out.push({ line: node.data.line ?? 0, number: node.data.number ?? NaN, heading: true });
    else if (node.type === 'paragraph' && node.data?.item) out.push({ line: node.data.line ?? 0, number: node.data.item.number, heading: false });
  }
  return out.filter((match) => !inside.has(match.line));
}

const lines = (matches: StyleMatch[]) => {
  const shown = matches
    .slice(0, 5)
    .map((m) => m.line)
    .join(', ');
  return matches.length > 5 ? `${shown} …` : shown;
};

export function detectHeadings(text: string, titleLines: number): HeadingsProposal {
  const inside = linesInsideBlocks(text, titleLines);
  const matches: HeadingsProposal['matches'] = {};
  for (const style of headingStyles) {
    const found = matchesOf(text, titleLines, style, inside);
    if (found.length) matches[style] = found;
  }
  const findings: Finding[] = [];
  const count = (style: HeadingStyle) => matches[style]?.length ?? 0;
  const describe = (style: HeadingStyle) => `${style} (${styleExample[style]}), ${count(style)} line${count(style) === 1 ? '' : 's'}: ${lines(matches[style] ?? [])}`;

  // Numbered styles that recur; a style seen once is a stray line (or stands in for another's first number).
  const numbered = (Object.keys(rank) as HeadingStyle[]).filter((style) => count(style) >= 2);
  const standIns = new Map<HeadingStyle, HeadingStyle>();
  for (const style of numbered) {
    const first = matches[style]![0];
    if (first.number !== 2) continue;
    // `1、 指导思想` then `二、目标任务`: part one written in another style stands in for 一、.
    for (const other of Object.keys(rank) as HeadingStyle[]) {
      const only = matches[other];
      if (other === style || only?.length !== 1 || only[0].number !== 1 || only[0].line > first.line) continue;
      standIns.set(style, other);
      findings.push({
        severity: 'check',
        topic: 'headings',
        message: `line ${only[0].line} is numbered ${styleExample[other]} but the parts after it use ${styleExample[style]}: both are read as the same unit`,
      });
    }
  }
  for (const style of Object.keys(rank) as HeadingStyle[]) {
    if (count(style) === 1 && ![...standIns.values()].includes(style)) {
      findings.push({ severity: 'info', topic: 'headings', message: `${styleExample[style]} matched only line ${matches[style]![0].line}; it is left as ordinary text` });
    }
  }

  const withStandIn = (style: HeadingStyle) => (standIns.has(style) ? [style, standIns.get(style)!] : [style]);
  let levels = numbered.sort((a, b) => rank[a]! - rank[b]!);
  // Two styles of one rank (1、 and 1.): the more frequent one is the level.
  levels = levels.filter(
    (style, index) => !levels.some((other, j) => j !== index && rank[other] === rank[style] && (count(other) > count(style) || (count(other) === count(style) && j < index))),
  );
  for (const style of numbered.filter((s) => !levels.includes(s))) {
    findings.push({ severity: 'check', topic: 'headings', message: `${describe(style)} — left as text (another style of the same rank is more frequent)` });
  }

  const articles = count('tiao') >= 2;
  let headings: SourceSettings['headings'];
  let frontTitle: string | undefined;
  if (articles) {
    // A law or regulation: the article is the measure; 章 and 节 above it; （一） lists belong to their article.
    headings = { chapter: ['zhang'], section: count('jie') >= 2 ? ['jie'] : [], item: ['tiao'] };
    if (count('zhang') < 2) {
      frontTitle = '正文';
      findings.push({ severity: 'info', topic: 'headings', message: `articles only (${count('tiao')} × 第X条), no chapters: the articles form one part titled 正文` });
    }
    for (const style of levels.filter((s) => s !== 'zhang' && s !== 'jie')) {
      findings.push({ severity: 'info', topic: 'headings', message: `${describe(style)} — left as text inside the articles` });
    }
  } else if (levels.length === 0) {
    headings = { chapter: ['zhang'], section: [], item: [] };
    findings.push({
      severity: 'check',
      topic: 'headings',
      message: 'no numbered headings found (第一章, 一、, （一）, 1. …): the whole text is one part, each paragraph a measure',
    });
  } else {
    const [chapter, second, third, ...rest] = levels;
    // A second level of short headings is a section; of lead sentences (（三）完善….。…), an item.
    const secondIsSection = second !== undefined && (third !== undefined || matches[second]!.filter((m) => m.heading).length * 2 >= count(second));
    headings = {
      chapter: withStandIn(chapter),
      section: second && secondIsSection ? withStandIn(second) : [],
      item: second && !secondIsSection ? withStandIn(second) : third ? withStandIn(third) : [],
    };
    for (const style of rest) findings.push({ severity: 'info', topic: 'headings', message: `${describe(style)} — a fourth level, left as text` });
  }
  if (count('bian') > 0) {
    findings.push({ severity: 'check', topic: 'headings', message: `${describe('bian')} — parts above chapters are not a level of the settings; left as text` });
  }
  // 前言 before the chapters and 附件 after them are chapters of their own.
  const firstChapter = matches[headings.chapter[0]]?.[0]?.line ?? Infinity;
  if (matches.qianyan?.some((m) => m.line < firstChapter)) headings.chapter.unshift('qianyan');
  if (matches.fujian?.length) headings.chapter.push('fujian');
  for (const style of companions.filter((s) => matches[s] && !headings.chapter.includes(s))) {
    findings.push({ severity: 'info', topic: 'headings', message: `${describe(style)} — after the first chapter, left as text` });
  }

  for (const [unit, styles] of Object.entries(headings) as Array<[string, HeadingStyle[]]>) {
    for (const style of styles) {
      if (!matches[style]) {
        if (!(unit === 'chapter' && style === 'zhang' && (articles || levels.length === 0))) continue;
        findings.push({ severity: 'info', topic: 'headings', message: `${unit}: zhang (第一章) matches nothing; kept because a chapter style is required` });
        continue;
      }
      findings.push({ severity: 'info', topic: 'headings', message: `${unit}: ${describe(style)}` });
      const numbers = matches[style]!.map((m) => m.number).filter((n) => !Number.isNaN(n));
      if (count(style) <= 2 && !companions.includes(style) && ![...standIns.values()].includes(style)) {
        findings.push({
          severity: 'check',
          topic: 'headings',
          message: `${unit} style ${styleExample[style]} matched only ${count(style)} lines: is it really the ${unit} level?`,
        });
      }
      if (unit === 'chapter') {
        const repeated = numbers.find((n, i) => numbers.indexOf(n) !== i);
        if (repeated !== undefined) {
          const at = matches[style]!.filter((m) => m.number === repeated)
            .map((m) => m.line)
            .join(' and ');
          findings.push({
            severity: 'check',
            topic: 'headings',
            message: `${styleExample[style]} number ${repeated} appears on lines ${at}: a table of contents (目录) or a restart? Repeated numbers take the next free one`,
          });
        }
      }
    }
  }
  // What each unit is first, then what was left out and what to check.
  const unitFirst = (finding: Finding) => (/^(chapter|section|item): /.test(finding.message) ? 0 : 1);
  return { headings, frontTitle, matches, findings: findings.sort((a, b) => unitFirst(a) - unitFirst(b)) };
}
