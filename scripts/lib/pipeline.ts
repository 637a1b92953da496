/** The ingest pipeline for one source: parse → small tree transforms, in this order. */
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { assignIds } from '../plugins/assign-ids.ts';
import { checkHeadingStyles } from '../plugins/check-heading-styles.ts';
import { dropInvisibleLines } from '../plugins/drop-invisible-lines.ts';
import { isolateBidiControls } from '../plugins/isolate-bidi-controls.ts';
import { markContents } from '../plugins/mark-contents.ts';
import { markImprint } from '../plugins/mark-imprint.ts';
import { markLeads } from '../plugins/mark-leads.ts';
import { markPanels } from '../plugins/mark-panels.ts';
import { nestUnits } from '../plugins/nest-units.ts';
import { rebuildTables } from '../plugins/rebuild-tables.ts';
import { recogniseHeadings } from '../plugins/recognise-headings.ts';
import { removeBookmarks } from '../plugins/remove-bookmarks.ts';
import { splitMeasures } from '../plugins/split-measures.ts';
import { warnEmptyUnits } from '../plugins/warn-empty-units.ts';
import { parseLines } from './parse-lines.ts';
import type { Source } from './read-source.ts';

export interface ParsedSource {
  source: Source;
  tree: Root;
  /** The document's own title lines, as written. */
  titleLines: string[];
  /** Warnings about the text (`file:line: message`); the output is still complete. */
  warnings: string[];
}

export function ingestProcessor(source: Source) {
  const { settings } = source;
  return unified()
    .use(parseLines)
    .use(removeBookmarks)
    .use(dropInvisibleLines)
    .use(markContents, { titleLines: settings.titleLines })
    .use(checkHeadingStyles, { settings })
    .use(recogniseHeadings, { settings })
    .use(rebuildTables)
    .use(markPanels)
    .use(splitMeasures)
    .use(markImprint)
    .use(nestUnits, { frontTitle: settings.frontTitle })
    .use(warnEmptyUnits)
    .use(markLeads)
    .use(assignIds, { slug: settings.slug })
    .use(isolateBidiControls);
}

/** The text as a tree of line paragraphs (the parser alone). */
export function parseText(source: Source): { tree: Root; file: VFile } {
  const file = new VFile({ path: source.path, value: source.text });
  return { tree: ingestProcessor(source).parse(file) as Root, file };
}

/** The plugins, in order, over a parsed tree. */
export function transformTree(source: Source, { tree, file }: { tree: Root; file: VFile }): ParsedSource {
  const transformed = ingestProcessor(source).runSync(tree, file) as Root;
  const warnings = file.messages.map((message) => `${source.path}:${message.line ?? '?'}: warning: ${message.reason}`);
  return { source, tree: transformed, titleLines: file.data.titleLines ?? [], warnings };
}

export function parseSource(source: Source): ParsedSource {
  return transformTree(source, parseText(source));
}
