/** The shipped texts as the site's records, built by the ingest pipeline in memory (no generated files needed). */
import { collectRecords } from '../../scripts/lib/collect-records.ts';
import { compareSources } from '../../src/lib/source-order.ts';
import { parseReal, slugs } from './ingest.ts';

export async function realCorpus() {
  const parsed = (await Promise.all(slugs.map((slug) => parseReal(slug)))).sort((a, b) => compareSources(a.source.settings, b.source.settings));
  const records = parsed.map((p) => collectRecords(p));
  return {
    sources: parsed.map((p) => p.source.settings),
    chapters: records.flatMap((r) => r.chapters),
    measures: records.flatMap((r) => r.measures),
    tables: records.flatMap((r) => r.tables),
    panels: records.flatMap((r) => r.panels),
  };
}
