/**
 * Step 4, collect: each tree into records (chapters as Markdown, measures, tables, panels, the
 * document's counts), and the lossless check: a source whose text would change stops the run.
 * Cited titles are marked first (src/lib/citations/link.ts): which document a 《…》 names depends
 * on every source's settings, so it is settled here, once, for the site to render.
 */
import { collectRecords, type SourceRecords } from '../lib/collect-records.ts';
import { IngestError } from '../lib/errors.ts';
import type { ParsedSource } from '../lib/pipeline.ts';
import { linkCitedDocuments } from '../../src/lib/citations/link.ts';
import { createResolver } from '../../src/lib/citations/resolve.ts';

export interface CollectedSource {
  path: string;
  records: SourceRecords;
}

export function collectSources(parsed: ParsedSource[]): CollectedSource[] {
  const resolver = createResolver(parsed.map(({ source: { settings } }) => ({ slug: settings.slug, title: settings.title, citedAs: settings.citedAs })));
  return parsed.map((p) => {
    linkCitedDocuments(p.tree, resolver, p.source.settings.slug);
    const records = collectRecords(p);
    if (!records.lossless.ok) {
      const { offset, source: expected, output } = records.lossless.difference!;
      throw new IngestError(
        p.source.path,
        undefined,
        `ingest would change the text at character ${offset}:\n  source: …${expected}…\n  output: …${output}…\nThis is a bug in ingest, not in the text: please report it with the text.`,
      );
    }
    return { path: p.source.path, records };
  });
}
