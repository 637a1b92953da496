/**
 * Benchmark: ingest time (median of N runs, in-process, every source, including the lossless
 * check) and the weight of the built reading pages (gzip). Prints Markdown for BENCHMARKS.md.
 * Usage: `npm run bench:ingest` after `npm run build`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { collectRecords } from './lib/collect-records.ts';
import { parseSource } from './lib/pipeline.ts';
import { readSource } from './lib/read-source.ts';
import { sourcesDir } from '../src/lib/corpus-dirs.ts';
import { compareSources } from '../src/lib/source-order.ts';

const runs = Number(process.env.RUNS ?? 15);
const slugs = readdirSync(sourcesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4));
const sources = (await Promise.all(slugs.map((slug) => readSource(sourcesDir, slug)))).sort((a, b) => compareSources(a.settings, b.settings));
const chars = sources.reduce((sum, s) => sum + s.text.length, 0);

const times: number[] = [];
for (let i = 0; i < runs + 2; i++) {
  const start = performance.now();
  for (const source of sources) collectRecords(parseSource(source));
  if (i >= 2) times.push(performance.now() - start); // two warm-up runs
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];

function pages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}
const chapterPages = pages('dist/plans').filter((f) => /\/plans\/[^/]+\/\d+\/index\.html$/.test(f));
const gz = chapterPages.map((f) => gzipSync(readFileSync(f)).length).sort((a, b) => a - b);
const raw = chapterPages.map((f) => statSync(f).size).sort((a, b) => a - b);
const css = readdirSync('dist/_astro')
  .filter((f) => f.endsWith('.css'))
  .map((f) => gzipSync(readFileSync(join('dist/_astro', f))).length);
// Scripts of a chapter page: inline ones and the bundles they load.
const page = readFileSync(chapterPages[0], 'utf8');
const inline = [...page.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const bundles = [...page.matchAll(/<script[^>]*src="\/_astro\/([^"]+)"/g)].map((m) => readFileSync(join('dist/_astro', m[1]), 'utf8'));
const js = [...inline, ...bundles].map((code) => gzipSync(code).length);

console.log(`Machine: ${cpus()[0]?.model} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
console.log('| measure | value |\n|---|---|');
console.log(`| ingest, all ${sources.length} sources (${chars.toLocaleString()} chars), median of ${runs} | ${median.toFixed(0)} ms |`);
console.log(`| ingest throughput | ${Math.round(chars / median).toLocaleString()} chars/ms |`);
console.log(`| ingest p90 / median | ${(times[Math.floor(times.length * 0.9)] / median).toFixed(2)} |`);
console.log(`| chapter pages | ${chapterPages.length} |`);
console.log(`| chapter page HTML, median (gzip) | ${(raw[raw.length >> 1] / 1024).toFixed(1)} KB (${(gz[gz.length >> 1] / 1024).toFixed(1)} KB) |`);
console.log(`| largest chapter page (gzip) | ${(raw.at(-1)! / 1024).toFixed(1)} KB (${(gz.at(-1)! / 1024).toFixed(1)} KB) |`);
console.log(`| site CSS (gzip) | ${(css.reduce((a, b) => a + b, 0) / 1024).toFixed(1)} KB |`);
console.log(`| reading-page JS (gzip, copy/cite controls) | ${(js.reduce((a, b) => a + b, 0) / 1024).toFixed(1)} KB in ${js.length} script(s) |`);
