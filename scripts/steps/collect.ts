/**
 * Step 4, collect: each tree into records (chapters as Markdown, measures, tables, panels, the
 * document's counts), and the lossless check: a source whose text would change stops the run.
 */
import { collectRecords, type SourceRecords } from '../lib/collect-records.ts';
import { IngestError } from '../lib/errors.ts';
import type { ParsedSource } from '../lib/pipeline.ts';

export interface CollectedSource {
  path: string;
  records: SourceRecords;
}

export function collectSources(parsed: ParsedSource[]): CollectedSource[] {
  return parsed.map((p) => {
    const records = collectRecords(p);
    if (!records.lossless.ok) {
      const { offset, source: expected, output } = records.lossless.difference!;
      throw new IngestError(p.source.path, undefined, `ingest would change the text at character ${offset}:\n  source: …${expected}…\n  output: …${output}…`);
    }
    return { path: p.source.path, records };
  });
}
