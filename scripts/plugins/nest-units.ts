/**
 * Nests the flat list of headings and blocks into the plan's units:
 * chapter → section → measure, with tables and panels where they stand.
 *
 * - Text before the first chapter heading is a front chapter (number 0), titled by settings.
 * - Text in a chapter before its first section is section 0 (no heading).
 * - A measure is one paragraph, or a numbered item with the paragraphs that follow it up to the
 *   next heading, item, table or panel (a decision's articles, 一、二、, 1. 2.).
 *   A 第X条 article is a measure the same way: its paragraphs and （一）… lists are its own.
 *   A list entry without a lead (`（二）…；`) is a measure of its own line: it swallows nothing.
 * - A 第X编 part is a chapter-level unit of its own; the chapters after it carry its number
 *   (`part`), so that ids can tell 第一编第一章 from 第二编第一章.
 * - The document's own title lines are taken out to `file.data.titleLines`.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { plainText } from '../lib/tree.ts';

declare module 'vfile' {
  interface DataMap {
    /** The document's own title block, line by line, as written. */
    titleLines: string[];
  }
}

export interface UnitData {
  unit: 'chapter' | 'section' | 'measure' | 'table' | 'panel';
  /** Number as written (chapter, section), or NaN. */
  number: number;
  /** Heading text as written (`第一章  规划背景`); empty when the unit has no heading. */
  heading: string;
  /** Title without number. */
  title: string;
  /** A numbered item's number as written: `(十七)`, `一、`, `1.`; empty otherwise. */
  label?: string;
  line?: number;
  /** A 第X编 part (a chapter-level unit above chapters). */
  part?: boolean;
  /** For a chapter: the number of the part it stands in, when the document has parts. */
  partNumber?: number;
  /** For a measure: it is a 第X条 article, whose number is its id. */
  article?: boolean;
  /** A chapter's URL segment, minted with its id by the id registry (`4`, or `4a` for one inserted after 4). */
  path?: string;
}

export function unitOf(node: ContainerDirective): UnitData {
  return node.data as unknown as UnitData;
}

function container(unit: UnitData['unit'], data: Partial<UnitData>, children: ContainerDirective['children'] = []): ContainerDirective {
  return {
    type: 'containerDirective',
    name: unit,
    attributes: {},
    children,
    data: { unit, number: Number.NaN, heading: '', title: '', ...data } as unknown as ContainerDirective['data'],
  };
}

export interface NestUnitsOptions {
  /** Title of the front chapter when text precedes the first chapter heading. */
  frontTitle: string;
}

export function nestUnits(options: NestUnitsOptions) {
  return (tree: Root, file: VFile) => {
    const titleLines: string[] = [];
    const chapters: ContainerDirective[] = [];
    let chapter: ContainerDirective | undefined;
    let section: ContainerDirective | undefined;
    let measure: ContainerDirective | undefined; // an open numbered item
    let partNumber: number | undefined;

    const currentChapter = () => {
      if (!chapter) {
        chapter = container('chapter', { number: 0, title: options.frontTitle });
        chapters.push(chapter);
      }
      return chapter;
    };
    const currentSection = () => {
      if (!section) {
        section = container('section', { number: 0 });
        currentChapter().children.push(section);
      }
      return section;
    };

    for (const node of tree.children as RootContent[]) {
      if (node.type === 'heading') {
        const data = node.data ?? {};
        if (data.unit === 'title') {
          titleLines.push(plainText(node));
          continue;
        }
        measure = undefined;
        if (data.unit === 'chapter') {
          if (data.part) partNumber = data.number;
          const part = data.part ? { part: true } : partNumber !== undefined ? { partNumber } : {};
          chapter = container('chapter', { number: data.number, heading: plainText(node), title: data.title, line: data.line, ...part });
          chapters.push(chapter);
          section = undefined;
        } else if (data.unit === 'section') {
          section = container('section', { number: data.number, heading: plainText(node), title: data.title, line: data.line }, [node]);
          currentChapter().children.push(section);
        } else {
          const heading = plainText(node);
          const label = heading.slice(0, heading.length - (data.title?.length ?? 0)).trim();
          measure = container('measure', { number: data.number, heading, title: data.title, label, line: data.line }, [node as Heading]);
          currentSection().children.push(measure);
        }
        continue;
      }
      if (node.type === 'paragraph') {
        const paragraph = node as Paragraph;
        const item = paragraph.data?.item;
        if (item) {
          measure = container('measure', { number: item.number, label: item.label, line: paragraph.data?.line, ...(item.article ? { article: true } : {}) }, [paragraph]);
          currentSection().children.push(measure);
          if (item.listEntry) measure = undefined;
        } else if (measure) {
          measure.children.push(paragraph);
        } else {
          currentSection().children.push(container('measure', { line: paragraph.data?.line }, [paragraph]));
        }
        continue;
      }
      measure = undefined;
      if (node.type === 'table') {
        const caption = node.data?.caption;
        const table = container('table', { line: node.data?.line, title: caption ?? '' }, [node]);
        if (caption) table.children.unshift({ type: 'leafDirective', name: 'caption', attributes: {}, children: [{ type: 'text', value: caption }] });
        // A table without a caption line is named after the section it stands in.
        else table.attributes = { label: unitOf(currentSection()).title || unitOf(currentChapter()).title };
        currentSection().children.push(table);
      } else if (node.type === 'containerDirective' && node.name === 'panel') {
        const panel = container('panel', { line: (node.data as { line?: number } | undefined)?.line }, node.children);
        currentSection().children.push(panel);
      } else {
        currentSection().children.push(node as ContainerDirective);
      }
    }
    file.data.titleLines = titleLines;
    tree.children = chapters;
  };
}
