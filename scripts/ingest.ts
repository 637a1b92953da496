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
import { collectRecords } from './lib/collect-records.ts';
import { IngestError } from './lib/errors.ts';
import { parseSource } from './lib/pipeline.ts';
import { listSources, readSource } from './lib/read-source.ts';
import { writeCollections } from './lib/write-collections.ts';

export async function ingest(sourcesDir = 'content/sources', outDir = 'content/generated') {
  const slugs = await listSources(sourcesDir);
  const all = [];
  for (const slug of slugs) {
    const source = await readSource(sourcesDir, slug);
    const parsed = parseSource(source);
    for (const warning of parsed.warnings) console.warn(warning);
    const records = collectRecords(parsed);
    if (!records.lossless.ok) {
      const { offset, source: expected, output } = records.lossless.difference!;
      // Unreachable by ordinary text (the fixtures under tests/fixtures/documents try the odd cases).
      throw new IngestError(source.path, undefined, `ingest would change the text at character ${offset}:\n  source: …${expected}…\n  output: …${output}…\nThis is a bug in ingest: please report it with the text.`);
    }
    all.push({ path: source.path, records });
  }
  await writeCollections(outDir, all);
  return all.map(({ records }) => records.document);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  try {
    const documents = await ingest(process.argv[2], process.argv[3]);
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
