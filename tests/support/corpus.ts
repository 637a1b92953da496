/** The five real texts as the site's records (measures, tables, settings), built by the ingest pipeline in memory. */
import { collectRecords } from '../../scripts/lib/collect-records.ts';
import { parseReal, slugs } from './ingest.ts';

export async function realCorpus() {
  const parsed = await Promise.all(slugs.map((slug) => parseReal(slug)));
  const records = parsed.map((p) => collectRecords(p));
  return {
    sources: parsed.map((p) => p.source.settings),
    measures: records.flatMap((r) => r.measures),
    tables: records.flatMap((r) => r.tables),
  };
}
