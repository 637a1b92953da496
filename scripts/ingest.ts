/**
 * Ingest: content/sources/*.txt (+ settings) and the curated files → content/generated/.
 * One pipeline, one way; each step in scripts/steps/, named and timed:
 *
 *   1. read       the texts and their settings, checked (steps/read.ts)
 *   2. parse      each text's lines into a tree (steps/parse.ts)
 *   3. transform  one unified plugin per job, ids last (steps/transform.ts, scripts/plugins/)
 *   3b. register  ids from the id registry, edition by edition (steps/register.ts, content/ids/)
 *   4. collect    records, and the lossless check (steps/collect.ts)
 *      then the curated files' references to units are checked against the registries
 *   5. analyse    every analysis once over all records (steps/analyse.ts, scripts/analyses/)
 *   6. write      every collection, stamped, and the id registries, all or nothing (steps/write.ts)
 *
 * Usage: `npm run ingest` (or `tsx scripts/ingest.ts [sourcesDir] [outDir]`).
 */
import { dirname, join } from 'node:path';
import { corpusOf } from './lib/corpus.ts';
import { readAllCurated } from './lib/curated.ts';
import { IngestError } from './lib/errors.ts';
import { checkCuratedReferences } from './lib/id-registry-step.ts';
import { curatedDir, generatedDir, idsDir as defaultIdsDir, sourcesDir as defaultSourcesDir } from '../src/lib/corpus-dirs.ts';
import { createTimings } from './lib/timings.ts';
import { analyseCorpus } from './steps/analyse.ts';
import { collectSources } from './steps/collect.ts';
import { parseSources } from './steps/parse.ts';
import { readSources } from './steps/read.ts';
import { registerIds } from './steps/register.ts';
import { transformSources } from './steps/transform.ts';
import { writeAll } from './steps/write.ts';

export async function ingest(sourcesDir = defaultSourcesDir, outDir = generatedDir, idsDir = outDir === generatedDir ? defaultIdsDir : join(dirname(outDir), 'ids')) {
  // The curated files whose references to units are checked: the corpus's own; for a sources folder
  // given by hand (a scratch project), the curated files beside it, if any.
  const referencesDir = sourcesDir === defaultSourcesDir ? curatedDir : dirname(sourcesDir);
  // The day a new edition is recorded, in the registry.
  const today = new Date().toISOString().slice(0, 10);
  const { steps, timed } = createTimings();
  const sources = await timed('read', () => readSources(sourcesDir));
  const curated = await timed('read: curated files', () => readAllCurated());
  const parsed = await timed('parse', () => parseSources(sources));
  const transformed = await timed('transform', () => transformSources(parsed));
  const registered = await timed('register ids', () => registerIds(sourcesDir, idsDir, transformed, today));
  const collected = await timed('collect', () => collectSources(registered.map(({ parsed }) => parsed)));
  // Curated files (content/*.json) refer to units by id and quote: a stale reference stops ingest
  // before any analysis could apply it to another unit.
  await timed('check curated references', () =>
    checkCuratedReferences(
      referencesDir,
      registered.map(({ registry }) => registry),
    ),
  );
  const corpus = corpusOf(sources, collected);
  const outputs = await analyseCorpus(corpus, curated, timed);
  await timed('write', () => writeAll(outDir, sources, collected, outputs, { idsDir, registered }));
  return { documents: corpus.documents, steps, collections: [...outputs].map(([name, o]) => ({ name, generator: o.generator, entries: o.entries.length })) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  try {
    const { documents, steps, collections } = await ingest(process.argv[2], process.argv[3]);
    for (const { step, ms } of steps) console.log(`${step}: ${ms} ms`);
    console.table(Object.fromEntries(collections.map((c) => [c.name, { analysis: c.generator, entries: c.entries }])));
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
