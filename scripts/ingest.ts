/**
 * Ingest: content/sources/*.txt (+ settings) → content/generated/ (Markdown chapters, JSON records).
 *
 *   1. read sources    (scripts/lib/read-source.ts: settings schema, malformed-text checks)
 *   2. parse + transform (scripts/lib/pipeline.ts: one unified plugin per job)
 *   3. collect records and check losslessness (scripts/lib/collect-records.ts)
 *   4. write collections, all or nothing (scripts/lib/write-collections.ts)
 *
 * Usage: `npm run ingest` (or `tsx scripts/ingest.ts [sourcesDir] [outDir]`).
 */
import { readdir } from 'node:fs/promises';
import { collectRecords } from './lib/collect-records.ts';
import { IngestError } from './lib/errors.ts';
import { parseSource } from './lib/pipeline.ts';
import { readSource } from './lib/read-source.ts';
import { writeCollections } from './lib/write-collections.ts';
import { generatedDir, sourcesDir } from '../src/lib/corpus-dirs.ts';

export async function ingest(fromDir = sourcesDir, outDir = generatedDir) {
  const slugs = (await readdir(fromDir))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4))
    .sort();
  if (slugs.length === 0) throw new IngestError(fromDir, undefined, 'no source texts (*.txt) found');
  const all = [];
  for (const slug of slugs) {
    const source = await readSource(fromDir, slug);
    const parsed = parseSource(source);
    for (const warning of parsed.warnings) console.warn(warning);
    const records = collectRecords(parsed);
    if (!records.lossless.ok) {
      const { offset, source: expected, output } = records.lossless.difference!;
      throw new IngestError(source.path, undefined, `ingest would change the text at character ${offset}:\n  source: …${expected}…\n  output: …${output}…`);
    }
    all.push({ path: source.path, records });
  }
  await writeCollections(outDir, all);
  return all.map(({ records }) => records.document);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  try {
    const documents = await ingest(process.argv[2] ?? sourcesDir, process.argv[3] ?? generatedDir);
    console.table(Object.fromEntries(documents.map((d) => [d.id, d.stats])));
    console.log(`ingest: ${documents.length} sources in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    if (error instanceof IngestError) {
      console.error(`ingest failed: ${error.message}\nNothing was written; the previous output is unchanged.`);
      process.exit(1);
    }
    throw error;
  }
}
