/**
 * Ingest: content/sources/*.txt (+ settings) → content/generated/ (Markdown chapters, JSON records).
 *
 *   1. read sources    (scripts/lib/read-source.ts: settings schema, malformed-text checks)
 *   2. parse + transform (scripts/lib/pipeline.ts: one unified plugin per job)
 *   2b. register ids: the id registry's ids replace positional ones, edition by edition
 *      (scripts/lib/id-registry-step.ts; content/ids/{slug}.json is written with the collections)
 *   3. collect records and check losslessness (scripts/lib/collect-records.ts)
 *   4. write collections, all or nothing (scripts/lib/write-collections.ts)
 *
 * Usage: `npm run ingest` (or `tsx scripts/ingest.ts [sourcesDir] [outDir]`).
 */
import { dirname, join } from 'node:path';
import { collectRecords } from './lib/collect-records.ts';
import { IngestError } from './lib/errors.ts';
import { parseSource } from './lib/pipeline.ts';
import { listSources, readSource } from './lib/read-source.ts';
import { writeCollections } from './lib/write-collections.ts';
import { checkCuratedReferences, readRegistry, registerSource, type RegisteredSource } from './lib/id-registry-step.ts';

export async function ingest(sourcesDir = 'content/sources', outDir = 'content/generated', idsDir = join(dirname(outDir), 'ids')) {
  const slugs = await listSources(sourcesDir);
  const all = [];
  const registered: RegisteredSource[] = [];
  const today = new Date().toISOString().slice(0, 10);
  for (const slug of slugs) {
    const source = await readSource(sourcesDir, slug);
    const parsed = parseSource(source);
    for (const warning of parsed.warnings) console.warn(warning);
    const ids = await registerSource(sourcesDir, source, parsed, await readRegistry(idsDir, slug), today);
    for (const line of ids.report) console.log(`ids: ${line}`);
    registered.push(ids);
    const records = collectRecords(parsed);
    if (!records.lossless.ok) {
      const { offset, source: expected, output } = records.lossless.difference!;
      // Unreachable by ordinary text (the fixtures under tests/fixtures/documents try the odd cases).
      throw new IngestError(source.path, undefined, `ingest would change the text at character ${offset}:\n  source: …${expected}…\n  output: …${output}…\nThis is a bug in ingest: please report it with the text.`);
    }
    all.push({ path: source.path, records });
  }
  // Curated files (content/*.json) refer to units by id and quote: stale references stop ingest.
  await checkCuratedReferences(dirname(sourcesDir), registered.map(({ registry }) => registry));
  await writeCollections(outDir, all, { idsDir, registered });
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
