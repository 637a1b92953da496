/**
 * `npm run bench:scale`: the whole pipeline and site build at 1×, 4×, 16× and 40× the corpus, written
 * to the "Scale" section of BENCHMARKS.md. A benchmark, not a test: it asserts nothing, it reports.
 *
 * Corpus k×: every source of content/sources k times — copy 1 is the source itself, copy i > 1 the
 * same text under the slug `{slug}-c{i}` and the jurisdiction `{jurisdiction}（{i}）`, without a
 * settings `order` or `colour` (so order and colours are derived) and implementing what the source
 * implements. The curated files are the shipped ones. Each corpus is built by the project's own
 * `npm run build` (scripts/lib/build-corpus-site.ts) into a scratch directory, after a timed
 * `npm run ingest`.
 *
 * Measured per corpus: ingest and build time, peak memory of the largest process, pages, site size,
 * the largest page, the aggregate pages (/compare/ and its largest theme page, /structure/,
 * /indicators/, /adoption/), the search index (raw and gzip), and the time to the first search
 * result in headless Chromium (median of 3 fresh loads).
 *
 * Usage: `npm run bench:scale` (all four), or `BENCH_FACTORS=1,4,16 npm run bench:scale`.
 * BENCH_TIMEOUT_MIN caps each build (default 60).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runStep, siteDirOf, type CorpusSite, type StepRun } from './lib/build-corpus-site.ts';
import { launchChromium } from '../src/lib/chromium.ts';
import { sourceSettings } from '../src/schemas/source.ts';
import { serveDirectory } from './lib/static-server.ts';

const factors = (process.env.BENCH_FACTORS ?? '1,4,16,40').split(',').map(Number);
const timeoutMs = Number(process.env.BENCH_TIMEOUT_MIN ?? 60) * 60_000;
const firstQuery = '党群服务中心';
const loads = 3;
const aggregatePages = ['/compare/', '/structure/', '/indicators/', '/adoption/'];

/** Writes the k× corpus's sources into `dir`. */
function writeCorpus(dir: string, k: number): number {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  for (const name of readdirSync('content/sources').filter((f) => f.endsWith('.json'))) {
    const settings = sourceSettings.parse(JSON.parse(readFileSync(join('content/sources', name), 'utf8')));
    const text = readFileSync(join('content/sources', `${settings.slug}.txt`));
    for (let i = 1; i <= k; i++) {
      // A copy keeps no `shortAdoptionUrls`: the old /adoption/{n}/ addresses lead to one framework only.
      const copy =
        i === 1
          ? settings
          : { ...settings, slug: `${settings.slug}-c${i}`, jurisdiction: `${settings.jurisdiction}（${i}）`, order: undefined, colour: undefined, shortAdoptionUrls: undefined };
      writeFileSync(join(dir, `${copy.slug}.json`), JSON.stringify(copy, null, 2));
      writeFileSync(join(dir, `${copy.slug}.txt`), text);
      count++;
    }
  }
  return count;
}

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}

const pagePath = (site: string, file: string) => `/${relative(site, file).replace(/index\.html$/, '')}`;

function siteFigures(site: string) {
  const files = filesUnder(site);
  const pages = files.filter((f) => f.endsWith('.html')).map((f) => ({ path: pagePath(site, f), bytes: statSync(f).size }));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const size = (path: string) => pages.find((p) => p.path === path)?.bytes ?? 0;
  const themePages = pages.filter((p) => /^\/compare\/[^/]+\/$/.test(p.path));
  const largestTheme = themePages.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
  const index = [join(site, 'search-index.json'), ...readdirSync(join(site, 'search-index')).map((f) => join(site, 'search-index', f))];
  return {
    pages: pages.length,
    siteBytes: files.reduce((n, f) => n + statSync(f).size, 0),
    largest,
    aggregates: Object.fromEntries(aggregatePages.map((path) => [path, size(path)])) as Record<string, number>,
    largestTheme,
    index: { raw: index.reduce((n, f) => n + statSync(f).size, 0), gzip: index.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0), files: index.length },
  };
}

async function firstResult(site: string): Promise<number> {
  const browser = await launchChromium('The scale benchmark');
  const { server, url } = await serveDirectory(site);
  try {
    const times: number[] = [];
    for (let run = 0; run < loads; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}/search/?q=${encodeURIComponent(firstQuery)}`);
      await page.waitForFunction(() => performance.getEntriesByName('search:first-result').length > 0, undefined, { timeout: 120_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('search:first-result')[0].startTime));
      await context.close();
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  } finally {
    server.close();
    await browser.close();
  }
}

interface Row {
  factor: number;
  sources: number;
  ingest: StepRun;
  build: StepRun;
  figures: ReturnType<typeof siteFigures>;
  first: number;
}

const mb = (n: number) => `${(n / 2 ** 20).toFixed(2)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : '—');

function section(rows: Row[], notes: string[]): string {
  const base = rows.find((r) => r.factor === 1) ?? rows[0];
  const cell = (r: Row, value: string, a: number, b: number) => (r === base ? value : `${value} (${ratio(a, b)})`);
  const lines: Array<[string, (r: Row) => string]> = [
    ['sources', (r) => cell(r, String(r.sources), r.sources, base.sources)],
    ['ingest (`npm run ingest`)', (r) => cell(r, s(r.ingest.ms), r.ingest.ms, base.ingest.ms)],
    ['build (`npm run build`: ingest + astro build)', (r) => cell(r, s(r.build.ms), r.build.ms, base.build.ms)],
    ['peak memory, largest process (build)', (r) => cell(r, `${r.build.peakMb} MB`, r.build.peakMb, base.build.peakMb)],
    ['pages', (r) => cell(r, String(r.figures.pages), r.figures.pages, base.figures.pages)],
    ['site size', (r) => cell(r, mb(r.figures.siteBytes), r.figures.siteBytes, base.figures.siteBytes)],
    ['largest page', (r) => `${kb(r.figures.largest.bytes)} \`${r.figures.largest.path}\``],
    ...aggregatePages.map((path): [string, (r: Row) => string] => [
      `\`${path}\``,
      (r) => cell(r, kb(r.figures.aggregates[path]), r.figures.aggregates[path], base.figures.aggregates[path]),
    ]),
    ['largest `/compare/{theme}/`', (r) => cell(r, kb(r.figures.largestTheme.bytes), r.figures.largestTheme.bytes, base.figures.largestTheme.bytes)],
    [
      'search index, gzip (raw, files)',
      (r) => cell(r, `${kb(r.figures.index.gzip)} (${kb(r.figures.index.raw)}, ${r.figures.index.files})`, r.figures.index.gzip, base.figures.index.gzip),
    ],
    [`first search result, median of ${loads}`, (r) => cell(r, `${r.first.toFixed(0)} ms`, r.first, base.first)],
  ];
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return [
    '## Scale (`npm run bench:scale`)',
    '',
    `Measured by scripts/bench-scale.ts on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Corpus k×: every shipped source k times (copies under new slugs and jurisdictions, same text), built by \`npm run build\` into a scratch directory. Ratios to 1× in brackets. Aggregate pages should stay under 1 MB.`,
    '',
    `| measure | ${rows.map((r) => `${r.factor}×`).join(' | ')} |`,
    `|---|${rows.map(() => '---').join('|')}|`,
    ...lines.map(([name, value]) => `| ${name} | ${rows.map(value).join(' | ')} |`),
    '',
    ...notes.map((note) => `- ${note}`),
    `- Machine: ${cpu}, ${execFileSync('nproc').toString().trim()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the end), Node ${process.version}; load average at the end: ${load} (other jobs share this machine).`,
    "- Peak memory is GNU time's maximum resident set size: the largest single process of the step (Astro's Node process, or a Chromium drawing the diagrams).",
    '',
  ].join('\n');
}

function writeSection(text: string) {
  const file = 'BENCHMARKS.md';
  const existing = readFileSync(file, 'utf8');
  const pattern = /^## Scale \(`npm run bench:scale`\)\n[\s\S]*?(?=^## |(?![\s\S]))/m;
  writeFileSync(file, pattern.test(existing) ? existing.replace(pattern, text) : `${existing.trimEnd()}\n\n${text}`);
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'plan-atlas-scale-'));
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    for (const factor of factors) {
      const site: CorpusSite = { sources: join(root, `x${factor}`, 'sources'), curated: 'content', work: join(root, `x${factor}`, 'work') };
      const sources = writeCorpus(site.sources, factor);
      console.log(`${factor}×: ${sources} sources …`);
      try {
        const ingest = runStep(site, 'ingest', timeoutMs);
        const build = runStep(site, 'build', timeoutMs);
        const figures = siteFigures(siteDirOf(site));
        const first = await firstResult(siteDirOf(site));
        rows.push({ factor, sources, ingest, build, figures, first });
        console.log(`${factor}×: build ${s(build.ms)}, ${figures.pages} pages, ${mb(figures.siteBytes)}, largest ${kb(figures.largest.bytes)} ${figures.largest.path}`);
        writeSection(section(rows, notes));
      } catch (error) {
        const reason = String(error instanceof Error ? error.message : error).split('\n')[0];
        notes.push(`${factor}× (${sources} sources) did not finish: ${reason}`);
        console.error(`${factor}×: ${reason}`);
        writeSection(section(rows, notes));
        break;
      } finally {
        rmSync(join(root, `x${factor}`), { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (!existsSync('content/sources')) throw new Error('run from the project root');
await main();
