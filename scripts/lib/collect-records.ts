/**
 * Turns one parsed source into the records the site and the open data read: chapter Markdown
 * files, measures, tables, panels, and the document's summary with its counts.
 */
import type { TableCell } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { unitOf } from '../plugins/nest-units.ts';
import { unitUrl } from '../../src/lib/urls.ts';
import { chapterCanon, compareCanon, sourceCanon, type LosslessReport } from './lossless.ts';
import { markdownToTree, treeToMarkdown } from './markdown.ts';
import type { ParsedSource } from './pipeline.ts';
import type { ChapterData, DocumentRecord, MeasureRecord, PanelRecord, TableRecord } from '../../src/schemas/records.ts';

/** The record shapes are the collections' schemas (src/schemas/records.ts): one shape each. */
export type ChapterRecord = ChapterData & {
  /** The chapter's body as Markdown with directives. */
  markdown: string;
};
export type { DocumentRecord, MeasureRecord, PanelRecord, TableRecord };

export interface SourceRecords {
  document: DocumentRecord;
  chapters: ChapterRecord[];
  measures: MeasureRecord[];
  tables: TableRecord[];
  panels: PanelRecord[];
  lossless: LosslessReport;
}

export const chapterUrl = (source: string, chapter: number | string) => unitUrl(source, chapter);

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
    markUnits(chapter);
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
        // Where the unit stands, as fields: nothing downstream reads it back out of the id or URL.
        const common = {
          id,
          source: slug,
          jurisdiction,
          chapterNumber: chapterData.number,
          chapterPath: path,
          sectionNumber: sectionData.number,
          number: data.number,
          url: `${base}#${id}`,
          line: data.line,
        };
        if (unit.name === 'measure') {
          measures.push({
            ...common,
            chapterTitle: chapterData.title,
            sectionNumber: sectionData.number,
            sectionTitle: sectionData.title,
            label: data.label ?? '',
            title: data.title,
            text: unit.children.map((child) => toString(child)).join('\n'),
            paragraphIds: mintParagraphIds(unit),
          });
        } else if (unit.name === 'table') {
          const table = unit.children.find((child) => child.type === 'table');
          if (!table) continue;
          const [header, ...rows] = table.children.map((row) => row.children.map((cell: TableCell) => toString(cell)));
          const caption = data.title || String(unit.attributes?.label ?? '');
          const inherited = table.children.slice(1).map((row) => row.children.map(isInherited));
          tables.push({ ...common, caption, captionDerived: !data.title, header, rows, rowIds: mintRowIds(unit, rows.length), inherited });
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

/** A cell rebuild-tables filled from the merged cell above: its text is an `:inherited[…]` directive. */
function isInherited(cell: TableCell): boolean {
  return cell.children.length === 1 && cell.children[0].type === 'textDirective' && cell.children[0].name === 'inherited';
}

/*
 * What the site shows of a unit beyond its text is settled here and written into the Markdown as
 * the unit's attributes, which src/plugins/remark-plan-units.ts only renders:
 * - `place`: where a citation says the unit is (chapter, section, the measure's lead), GB/T 7714;
 * - anchors inside a unit, minted here once (and carried in the records too):
 * a table's body rows `{table}-r{n}` (row 1 is the first under the header), and the paragraphs of a
 * measure of several paragraphs `{measure}-p{n}`, so a trainer can link to one paragraph.
 */
function mintRowIds(table: ContainerDirective, rows: number): string[] {
  return Array.from({ length: rows }, (_, n) => `${table.attributes?.id}-r${n + 1}`);
}

function mintParagraphIds(measure: ContainerDirective): string[] {
  const paragraphs = measure.children.filter((child) => child.type === 'paragraph').length;
  return paragraphs > 1 ? Array.from({ length: paragraphs }, (_, n) => `${measure.attributes?.id}-p${n + 1}`) : [];
}

function markUnits(chapter: ContainerDirective) {
  const chapterData = unitOf(chapter);
  for (const section of chapter.children as ContainerDirective[]) {
    const sectionHeading = unitOf(section).heading;
    const placeOf = (...parts: string[]) =>
      [chapterData.heading || chapterData.title, sectionHeading, ...parts]
        .map((part) => part.replace(/[\s\u3000]+/g, ' ').trim())
        .filter(Boolean)
        .join(', ');
    if (sectionHeading) section.attributes = { ...section.attributes, place: placeOf() };
    for (const unit of section.children) {
      if (unit.type !== 'containerDirective' || !unit.attributes?.id) continue;
      const place = placeOf(unit.name === 'measure' ? unitOf(unit).title : '');
      if (place) unit.attributes = { ...unit.attributes, place };
      if (unit.name === 'table') {
        const table = unit.children.find((child) => child.type === 'table');
        const ids = mintRowIds(unit, Math.max(0, (table?.children.length ?? 1) - 1));
        if (ids.length) unit.attributes = { ...unit.attributes, rows: ids.join(' ') };
      } else if (unit.name === 'measure') {
        const ids = mintParagraphIds(unit);
        if (ids.length) unit.attributes = { ...unit.attributes, paragraphs: ids.join(' ') };
      }
    }
  }
}
