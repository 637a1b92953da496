/**
 * `npm run bench:adoption`: how the adoption analysis (scripts/analyses/adoption.ts) grows with the
 * corpus, in process, median of 3 runs per corpus. A benchmark, not a test: it asserts nothing, it
 * prints Markdown for BENCHMARKS.md.
 *
 * Corpora, built from content/sources k times (copy i > 1 under `{slug}-c{i}`):
 * - `locals ×k`: the local texts k times, the frameworks once; every copy implements what its
 *   original implements. One framework, k times the texts to compare with it.
 * - `all ×k, own framework`: every text k times, each copy of a local text implementing the copy of
 *   its framework. k frameworks, each with its own implementers: the work should grow like k.
 * - `all ×k, one framework implemented`: every text k times, copies implementing what the originals
 *   implement (as bench:scale builds them): the copies of a framework are implemented by nobody, and
 *   only the texts that name no framework are compared with each of them.
 *
 * Usage: `npm run bench:adoption` (k = 1, 4, 10), or `BENCH_FACTORS=1,4 npm run bench:adoption`.
 */
import { cpus, totalmem } from 'node:os';
import { adoption } from './analyses/adoption.ts';
import { buildCorpus } from './lib/corpus.ts';
import { readAllCurated } from './lib/curated.ts';
import type { Source } from './lib/read-source.ts';
import { readSources } from './steps/read.ts';
import { sourcesDir } from '../src/lib/corpus-dirs.ts';

const factors = (process.env.BENCH_FACTORS ?? '1,4,10').split(',').map(Number);
const runs = 3;
const curated = readAllCurated();
const originals = await readSources(sourcesDir);
const frameworkSlugs = new Set(originals.filter((s) => s.settings.role === 'framework').map((s) => s.settings.slug));

/** Copy i of a source: a new slug and jurisdiction, implementing what `implementsOf` says. */
function copyOf(source: Source, i: number, implementsOf: (slugs: string[]) => string[]): Source {
  const { settings } = source;
  if (i === 1) return source;
  return {
    ...source,
    settings: {
      ...settings,
      slug: `${settings.slug}-c${i}`,
      jurisdiction: `${settings.jurisdiction}（${i}）`,
      order: undefined,
      colour: undefined,
      shortAdoptionUrls: undefined,
      implements: implementsOf(settings.implements),
    },
  };
}

const copies = (k: number) => Array.from({ length: k }, (_, i) => i + 1);
const corpora: Record<string, (k: number) => Source[]> = {
  'locals ×k': (k) => originals.flatMap((s) => (frameworkSlugs.has(s.settings.slug) ? [s] : copies(k).map((i) => copyOf(s, i, (slugs) => slugs)))),
  'all ×k, own framework': (k) =>
    originals.flatMap((s) => copies(k).map((i) => copyOf(s, i, (slugs) => slugs.map((slug) => (frameworkSlugs.has(slug) && i > 1 ? `${slug}-c${i}` : slug))))),
  'all ×k, one framework implemented': (k) => originals.flatMap((s) => copies(k).map((i) => copyOf(s, i, (slugs) => slugs))),
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows: string[] = [];
for (const [name, make] of Object.entries(corpora)) {
  let base = 0;
  for (const k of factors) {
    const sources = make(k);
    const corpus = buildCorpus(sources);
    const times: number[] = [];
    let pairs = 0;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const out = await adoption.run(corpus, curated, {});
      times.push(performance.now() - start);
      pairs = out['adoption-matches'].length;
    }
    const ms = median(times);
    if (k === factors[0]) base = ms;
    const frameworks = sources.filter((s) => s.settings.role === 'framework').length;
    rows.push(`| ${name} | ${k} | ${sources.length} | ${frameworks} | ${corpus.measures.length} | ${pairs} | ${(ms / 1000).toFixed(2)} s | ${(ms / base).toFixed(1)}× |`);
    console.error(rows.at(-1));
  }
}

console.log(`Measured by scripts/bench-adoption.ts on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${cpus().length} cores (${cpus()[0].model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}. Adoption analysis alone, median of ${runs} runs; ratio to the smallest k of the same corpus.

| corpus | k | sources | frameworks | measures | adopting pairs | adoption, median | ratio |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}`);
