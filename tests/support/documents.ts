/**
 * Fixture documents (tests/fixtures/documents/<case>/ with `source.txt` and `settings.json`), run
 * through ingest and written out as an outline a reviewer can read: every unit with its id, the
 * warnings with file and line, the lossless check — or the error that stopped ingest.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { collectRecords, type SourceRecords } from '../../scripts/lib/collect-records.ts';
import { IngestError } from '../../scripts/lib/errors.ts';
import { parseSource, type ParsedSource } from '../../scripts/lib/pipeline.ts';
import { readSourceFiles } from '../../scripts/lib/read-source.ts';
import { unitOf } from '../../scripts/plugins/nest-units.ts';

/** Invisible and bidi characters written out (`<U+202E>`), so the fixture reads the same in review. */
/* eslint-disable no-misleading-character-class -- each character is written out alone, a ZWJ too */
const visibleCodes = (text: string) =>
  text.replace(
    /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFFD]/g,
    (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
/* eslint-enable no-misleading-character-class */

export const documentsDir = 'tests/fixtures/documents';
export const documentCases = readdirSync(documentsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export type DocumentRun = { parsed: ParsedSource; records: SourceRecords; error?: undefined } | { error: IngestError; parsed?: undefined; records?: undefined };

const runs = new Map<string, Promise<DocumentRun>>();

/** Runs a fixture through ingest once per test file; the result is only read. */
export function runDocument(name: string): Promise<DocumentRun> {
  if (!runs.has(name)) runs.set(name, ingestDocument(name));
  return runs.get(name)!;
}

async function ingestDocument(name: string): Promise<DocumentRun> {
  const dir = join(documentsDir, name);
  try {
    const parsed = parseSource(await readSourceFiles(join(dir, 'source.txt'), join(dir, 'settings.json')));
    return { parsed, records: collectRecords(parsed) };
  } catch (error) {
    if (error instanceof IngestError) return { error };
    throw error;
  }
}

const shown = ['chapter', 'section', 'measure', 'table', 'panel', 'imprint', 'contents'];

/** One line per unit: `    measure law-2-1-8 第八条 (paragraphs 7, 180 chars) 社区协商委员会的职责是：…`. */
export function outlineOf(tree: Root): string[] {
  const lines: string[] = [];
  const walk = (nodes: Root['children'], depth: number) => {
    for (const node of nodes) {
      if (node.type !== 'containerDirective' || !shown.includes(node.name)) continue;
      const directive = node as ContainerDirective;
      const data = unitOf(directive) ?? {};
      const text = toString(directive);
      const paragraphs = directive.children.filter((child) => child.type === 'paragraph').length;
      const words = [directive.name, directive.attributes?.id ?? '', data.label ?? '', data.heading || data.title || ''].filter(Boolean).join(' ');
      lines.push(`${'  '.repeat(depth)}${words} (${paragraphs > 1 ? `${paragraphs} paragraphs, ` : ''}${text.length} chars) ${text.slice(0, 16)}…`);
      walk(directive.children as Root['children'], depth + 1);
    }
  };
  walk(tree.children, 0);
  return lines;
}

export function report(run: DocumentRun): string {
  if (run.error) return visibleCodes(`error: ${run.error.message}\n`);
  const { parsed, records } = run;
  const { stats } = records.document;
  const lines = [
    `title: ${parsed.titleLines.join(' / ')}`,
    `counts: ${stats.chapters} chapters, ${stats.sections} sections, ${stats.measures} measures, ${stats.tables} tables, ${stats.panels} panels`,
    `lossless: ${records.lossless.ok ? `ok, ${stats.charsIn} chars` : `DIFFERS at ${records.lossless.difference?.offset}`}`,
    'warnings:',
    ...parsed.warnings.map((warning) => `  ${warning}`),
    'outline:',
    ...outlineOf(parsed.tree),
    '',
  ];
  return visibleCodes(lines.join('\n'));
}
