/**
 * Turns one parsed source into the records the site and the open data read: chapter Markdown
 * files, measures, tables, panels, and the document's summary with its counts.
 */
import type { Root, TableCell } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { unitOf } from '../plugins/nest-units.ts';
import { chapterCanon, compareCanon, sourceCanon, type LosslessReport } from './lossless.ts';
import { markdownToTree, treeToMarkdown } from './markdown.ts';
import type { ParsedSource } from './pipeline.ts';

export interface SectionRef {
  id: string;
  number: number;
  heading: string;
  title: string;
  url: string;
}

export interface ChapterRecord {
  id: string;
  source: string;
  number: number;
  /** URL segment: `/plans/{source}/{path}/`. */
  path: string;
  order: number;
  heading: string;
  title: string;
  line?: number;
  url: string;
  sections: SectionRef[];
  /** The chapter's body as Markdown with directives. */
  markdown: string;
}

export interface MeasureRecord {
  id: string;
  source: string;
  jurisdiction: string;
  chapterNumber: number;
  chapterTitle: string;
  sectionNumber: number;
  sectionTitle: string;
  /** A numbered item's number as written (`(十七)`); empty for an unnumbered paragraph. */
  label: string;
  /** The lead sentence or item heading, without number; empty when the measure has none. */
  title: string;
  text: string;
  url: string;
  line?: number;
}

export interface TableRecord {
  id: string;
  source: string;
  jurisdiction: string;
  caption: string;
  /** True when the source has no caption line and the caption is the section's title. */
  captionDerived: boolean;
  header: string[];
  rows: string[][];
  url: string;
  line?: number;
}

export interface PanelRecord {
  id: string;
  source: string;
  jurisdiction: string;
  title: string;
  text: string;
  url: string;
  line?: number;
}

export interface DocumentRecord {
  id: string;
  titleLines: string[];
  stats: {
    chapters: number;
    sections: number;
    measures: number;
    tables: number;
    panels: number;
    charsIn: number;
    charsOut: number;
  };
}

export interface SourceRecords {
  document: DocumentRecord;
  chapters: ChapterRecord[];
  measures: MeasureRecord[];
  tables: TableRecord[];
  panels: PanelRecord[];
  lossless: LosslessReport;
}

export function chapterUrl(source: string, chapter: number | string) {
  return `/plans/${source}/${chapter}/`;
}

export function collectRecords({ source, tree, titleLines }: ParsedSource): SourceRecords {
  const { slug, jurisdiction } = source.settings;
  const chapters: ChapterRecord[] = [];
  const measures: MeasureRecord[] = [];
  const tables: TableRecord[] = [];
  const panels: PanelRecord[] = [];
  const canon: string[] = [titleLines.join('').replace(/\s+/g, '')];
  let sectionCount = 0;

  (tree.children as ContainerDirective[]).forEach((chapter, order) => {
    const chapterData = unitOf(chapter);
    // The chapter's URL segment is minted with its id by the id registry (scripts/lib/id-registry.ts).
    const path = chapterData.path ?? String(chapterData.number);
    const base = chapterUrl(slug, path);
    const sections = (chapter.children as ContainerDirective[]).map((section) => ({ section, data: unitOf(section) }));
    sectionCount += sections.filter((s) => s.data.heading).length;
    const markdown = treeToMarkdown({ type: 'root', children: chapter.children });
    canon.push(chapterCanon(chapterData.heading, markdownToTree(markdown)));
    chapters.push({
      id: String(chapter.attributes?.id),
      source: slug,
      number: chapterData.number,
      path,
      order,
      heading: chapterData.heading,
      title: chapterData.title,
      line: chapterData.line,
      url: base,
      sections: sections
        .filter((s) => s.data.heading)
        .map(({ section, data }) => ({
          id: String(section.attributes?.id),
          number: data.number,
          heading: data.heading,
          title: data.title,
          url: `${base}#${section.attributes?.id}`,
        })),
      markdown,
    });
    for (const { section, data: sectionData } of sections) {
      for (const unit of section.children) {
        // Records are kept of the units that have ids: measures, tables, panels (not the imprint).
        if (unit.type !== 'containerDirective' || !['measure', 'table', 'panel'].includes(unit.name)) continue;
        const data = unitOf(unit);
        const id = String(unit.attributes?.id);
        const common = { id, source: slug, jurisdiction, url: `${base}#${id}`, line: data.line };
        if (unit.name === 'measure') {
          measures.push({
            ...common,
            chapterNumber: chapterData.number,
            chapterTitle: chapterData.title,
            sectionNumber: sectionData.number,
            sectionTitle: sectionData.title,
            label: data.label ?? '',
            title: data.title,
            text: unit.children.map((child) => toString(child)).join('\n'),
          });
        } else if (unit.name === 'table') {
          const table = unit.children.find((child) => child.type === 'table');
          if (!table) continue;
          const [header, ...rows] = table.children.map((row) => row.children.map((cell: TableCell) => toString(cell)));
          const caption = data.title || String(unit.attributes?.label ?? '');
          tables.push({ ...common, caption, captionDerived: !data.title, header, rows });
        } else if (unit.name === 'panel') {
          const [title, ...items] = unit.children;
          panels.push({ ...common, title: toString(title), text: items.map((item) => toString(item)).join('\n') });
        }
      }
    }
  });

  const lossless = compareCanon(sourceCanon(source.text, tree.data?.markedLines ?? []), canon.join(''));
  return {
    document: {
      id: slug,
      titleLines,
      stats: {
        chapters: chapters.filter((c) => c.heading).length,
        sections: sectionCount,
        measures: measures.length,
        tables: tables.length,
        panels: panels.length,
        charsIn: lossless.charsIn,
        charsOut: lossless.charsOut,
      },
    },
    chapters,
    measures,
    tables,
    panels,
    lossless,
  };
}
