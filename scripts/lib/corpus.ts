/**
 * Steps 2–4 over a list of sources (parse → transform → collect), and the corpus the analyses
 * read: every record, with the sources in the site's order. Used by ingest and by tests that run
 * the analyses on a corpus of their choosing.
 */
import { bySlugOrder, sourceOrder } from '../../src/lib/source-order.ts';
import type { Corpus } from '../analyses/types.ts';
import { collectSources, type CollectedSource } from '../steps/collect.ts';
import { parseSources } from '../steps/parse.ts';
import { transformSources } from '../steps/transform.ts';
import type { Source } from './read-source.ts';

export function corpusOf(sources: Source[], collected: CollectedSource[]): Corpus {
  // The analyses see the sources in the site's order (columns, rows, reading order).
  const order = bySlugOrder(sourceOrder(sources.map((s) => s.settings)));
  const inSiteOrder = [...collected].sort((a, b) => order(a.records.document.id, b.records.document.id));
  return {
    sources: sources.map((s) => s.settings).sort((a, b) => order(a.slug, b.slug)),
    documents: inSiteOrder.map((c) => c.records.document),
    chapters: inSiteOrder.flatMap((c) => c.records.chapters),
    measures: inSiteOrder.flatMap((c) => c.records.measures),
    tables: inSiteOrder.flatMap((c) => c.records.tables),
    panels: inSiteOrder.flatMap((c) => c.records.panels),
  };
}

/** Parse, transform and collect, without timings or files: for tests. */
export function buildCorpus(sources: Source[]): Corpus {
  return corpusOf(sources, collectSources(transformSources(parseSources(sources))));
}
