/**
 * What a source comes out as, in the shape of tests/expectations/{slug}.json, and its outline.
 * `npm run expectations` writes these from the pipeline; the tests compare the pipeline with the
 * committed files, so any change shows up as a diff a reviewer reads.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { collectRecords } from '../../scripts/lib/collect-records.ts';
import type { ParsedSource } from '../../scripts/lib/pipeline.ts';
import { coverage, tagAll } from '../../src/lib/themes/tag.ts';
import type { ThemeRule } from '../../src/lib/themes/tag.ts';
import { units } from './ingest.ts';
import type { SourceExpectations, measuredKeys } from './expectation-schema.ts';

export type { SourceExpectations };

/** The expectation a new source starts with, by kind: texts of the kinds the themes were written for. */
export const defaultThemeCoverage = (kind: string) => (['plan', 'decision', 'opinions'].includes(kind) ? 0.95 : null);

export function sha256Of(dir: string, slug: string): string {
  return createHash('sha256')
    .update(readFileSync(join(dir, `${slug}.txt`)))
    .digest('hex');
}

export function measured(parsed: ParsedSource, dir: string): Pick<SourceExpectations, (typeof measuredKeys)[number]> {
  const records = collectRecords(parsed);
  return {
    sha256: sha256Of(dir, parsed.source.settings.slug),
    chapters: records.chapters.map((c) => c.title),
    sections: records.chapters.map((c) => c.sections.length),
    measures: records.measures.length,
    tables: records.tables.map((t) => [t.caption, t.header.length, t.rows.length]),
    panels: records.panels.length,
  };
}

/** Share of the source's measures with at least one theme. */
export function themeCoverageOf(parsed: ParsedSource, themes: readonly ThemeRule[]): number {
  return coverage(tagAll(collectRecords(parsed).measures, themes)).share;
}

export function outlineOf(tree: Root): string {
  const lines = units(tree).map((u) => `${'  '.repeat(['chapter', 'section'].indexOf(u.name) + 1 || 3)}${u.name} ${u.id} ${u.heading || u.title} (${u.text.length})`);
  return `${lines.join('\n')}\n`;
}
