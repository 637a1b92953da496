/**
 * `npm run bench:lighthouse` (after `npm run build`): Lighthouse performance and accessibility,
 * mobile form factor, for one page of every kind the site has, written to the "Lighthouse" section
 * of BENCHMARKS.md. A benchmark, not a test: it asserts nothing, it reports.
 *
 * Lighthouse runs through `npx --yes lighthouse@13.5.0` (the registry serves it; it is large, so it is
 * no devDependency) against the built site served locally as a host would serve it, with Debian's
 * Chromium (CHROME_PATH, default /usr/bin/chromium). Each page `runs` times; the table gives the
 * median of each figure. Pages are found in the built site, not named: the first page of each kind.
 *
 * Options: `--dir <site>` (default dist), `--runs <n>` (default 3), `--no-write` (print only),
 * `--only <kinds>` (comma-separated words, each matching part of a kind's name, e.g. `--only search,indicators`:
 * only those kinds, printed and never written, since BENCHMARKS.md records every kind at once),
 * `--fallback-dir <site>`: a kind the site has no page of (the shipped corpus keeps one edition per
 * text, so no edition page) is measured in this second built site, and its row names that site —
 * e.g. the site of the project plus tests/fixtures/editions/sources, built as tests/e2e/editions.test.ts does.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { serveDirectory } from './lib/static-server.ts';

const run = promisify(execFile);
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const site = argument('--dir') ?? 'dist';
const runs = Number(argument('--runs') ?? 3);
const only = argument('--only')
  ?.split(',')
  .map((word) => word.trim())
  .filter(Boolean);
const write = !process.argv.includes('--no-write') && !only;
const fallbackSite = argument('--fallback-dir');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const lighthouseVersion = '13.5.0';

/** Page kinds, each a pattern over the site's paths (dir/index.html → /dir/); the first page matching wins. */
const kinds: { kind: string; pattern: RegExp }[] = [
  { kind: 'home', pattern: /^\/$/ },
  { kind: 'reading page (chapter)', pattern: /^\/plans\/[^/]+\/\d+\/$/ },
  { kind: 'theme page', pattern: /^\/compare\/[^/]+\/$/ },
  { kind: '/compare/', pattern: /^\/compare\/$/ },
  { kind: '/indicators/', pattern: /^\/indicators\/$/ },
  { kind: 'indicator row', pattern: /^\/indicators\/[^/]+\/$/ },
  { kind: '/structure/', pattern: /^\/structure\/$/ },
  { kind: '/adoption/', pattern: /^\/adoption\/$/ },
  { kind: 'a framework’s adoption matrix', pattern: /^\/adoption\/[a-z][^/]*\/$/ },
  { kind: 'adoption article', pattern: /^\/adoption\/[a-z][^/]*\/\d+\/$/ },
  { kind: '/search/ with a query', pattern: /^\/search\/$/ },
  { kind: '/selection/', pattern: /^\/selection\/$/ },
  { kind: '/data/', pattern: /^\/data\/$/ },
  { kind: '/citations/', pattern: /^\/citations\/$/ },
  { kind: 'edition page', pattern: /^\/plans\/[^/]+\/editions\/[^/]+\/$/ },
];

function sitePaths(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** A query the corpus surely answers: the heading of the first theme page, else the home page's title. */
function searchQuery(dir: string, paths: string[]): string {
  const theme = paths.find((p) => /^\/compare\/[^/]+\/$/.test(p));
  const html = readFileSync(join(dir, theme ?? '/', 'index.html'), 'utf8');
  const heading =
    html
      .match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1]
      .replace(/<[^>]+>/g, '')
      .trim() ?? '';
  return [...heading.replace(/[^\p{Script=Han}]/gu, '')].slice(0, 4).join('') || '社区';
}

interface Result {
  kind: string;
  path?: string;
  figures?: Figures[];
  /** The fallback site the page was found in (--fallback-dir), when not the main one. */
  from?: string;
}

interface Figures {
  performance: number;
  accessibility: number;
  lcp: number;
  cls: number;
  tbt: number;
  failing: string[];
}

/** One Lighthouse run; a run whose browser crashed (it happens on a loaded machine) is retried once. */
async function lighthouse(url: string, out: string, attempt = 1): Promise<Figures> {
  try {
    return await lighthouseOnce(url, out);
  } catch (error) {
    if (attempt >= 2) throw error;
    console.warn(`retrying ${url}: ${(error as Error).message.split('\n')[0]}`);
    return lighthouse(url, out, attempt + 1);
  }
}

async function lighthouseOnce(url: string, out: string): Promise<Figures> {
  await run(
    'npx',
    [
      '--yes',
      `lighthouse@${lighthouseVersion}`,
      url,
      '--quiet',
      '--form-factor=mobile',
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${out}`,
      '--chrome-flags=--headless --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 2 ** 20 },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const audit = (id: string) => report.audits[id]?.numericValue as number;
  // What keeps a score down: accessibility audits that fail, performance audits scored under 0.9.
  const failing = [
    ...report.categories.accessibility.auditRefs.map((r: { id: string }) => report.audits[r.id]).filter((a: { score: number | null }) => a.score === 0),
    ...report.categories.performance.auditRefs
      .filter((r: { weight: number }) => r.weight > 0)
      .map((r: { id: string }) => report.audits[r.id])
      .filter((a: { score: number | null }) => a.score !== null && a.score < 0.9),
  ].map((a: { id: string; displayValue?: string }) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    lcp: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbt: audit('total-blocking-time'),
    failing,
  };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return { cpu, cores: cpus().length, load };
}

/** The table so far, printed and (unless --no-write) written to BENCHMARKS.md: a long run leaves what it measured. */
function report(results: Result[], kindsCount: number) {
  const m = machine();
  const rows = results.map(({ kind, path: rawPath, figures, from }) => {
    if (!figures) return `| ${kind} | (none in this site) | | | | | |`;
    const path = `${decodeURI(rawPath!)}\`${from ? ' (second site)' : ''}`;
    if (figures.length === 0) return `| ${kind} | \`${path} | (every run failed) | | | | |`;
    const med = (pick: (f: Figures) => number) => median(figures.map(pick));
    return `| ${kind} | \`${path} | ${med((f) => f.performance)} | ${med((f) => f.accessibility)} | ${(med((f) => f.lcp) / 1000).toFixed(2)} s | ${med((f) => f.cls).toFixed(3)} | ${med((f) => f.tbt).toFixed(0)} ms${figures.length < runs ? ` (${figures.length} runs)` : ''} |`;
  });
  const section = [
    '## Lighthouse',
    '',
    `Measured by \`npm run bench:lighthouse\` (scripts/bench-lighthouse.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: Lighthouse ${lighthouseVersion}, mobile form factor (its default simulated slow 4G and 4× CPU slowdown), Chromium ${chrome} headless, the built site served locally. Median of ${runs} runs per page, one page of each kind. Targets: performance ≥ 95, accessibility 100.`,
    '',
    '| page kind | page | performance | accessibility | LCP | CLS | TBT |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    ...(results.length < kindsCount ? ['', `(${results.length} of ${kindsCount} page kinds measured so far.)`] : []),
    ...(results.some((r) => r.from)
      ? [
          '',
          'A page marked “second site” is of a kind the shipped corpus has no page of; it was measured in a second built site (`--fallback-dir`): the project plus a fixture text that has it (for an edition page, tests/fixtures/editions/sources, built as tests/e2e/editions.test.ts builds it).',
        ]
      : []),
    '',
    `Machine: ${m.cpu}, ${m.cores} cores; load average at the end of the run ${m.load} (other jobs share the machine; Lighthouse's simulated throttling makes scores depend less on it than wall-clock times).`,
    '',
  ].join('\n');
  if (results.length === kindsCount) console.log(section);
  if (!write) return;
  const file = 'BENCHMARKS.md';
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n';
  const heading = /^## Lighthouse\n[\s\S]*?(?=^## |(?![\s\S]))/m;
  writeFileSync(file, heading.test(existing) ? existing.replace(heading, section) : `${existing.trimEnd()}\n\n${section}`);
  console.log(`written to ${relative(process.cwd(), file)} (${results.length} of ${kindsCount} kinds)`);
}

async function main() {
  if (!existsSync(join(site, 'index.html'))) throw new Error(`${site}/index.html is missing: run \`npm run build\` first.`);
  if (fallbackSite && !existsSync(join(fallbackSite, 'index.html'))) throw new Error(`--fallback-dir ${fallbackSite}: no index.html there; build that site first.`);
  const paths = sitePaths(site);
  const fallbackPaths = fallbackSite ? sitePaths(fallbackSite) : [];
  const query = searchQuery(site, paths);
  const wanted = only ? kinds.filter(({ kind }) => only.some((word) => kind.includes(word))) : kinds;
  if (wanted.length === 0) throw new Error(`--only ${only!.join(',')}: no page kind matches; kinds are ${kinds.map((k) => k.kind).join(', ')}`);
  const chosen = wanted.map(({ kind, pattern }) => {
    const own = paths.find((p) => pattern.test(p));
    const fallback = own ? undefined : fallbackPaths.find((p) => pattern.test(p));
    const path = own ?? fallback;
    return { kind, path: path && kind.startsWith('/search/') ? `${path}?q=${encodeURIComponent(query)}` : path, from: fallback ? fallbackSite : undefined };
  });
  const main = await serveDirectory(site);
  const second = fallbackSite ? await serveDirectory(fallbackSite) : undefined;
  const scratch = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const results: Result[] = [];
  try {
    for (const { kind, path, from } of chosen) {
      if (!path) {
        results.push({ kind });
        report(results, chosen.length);
        continue;
      }
      const url = from ? second!.url : main.url;
      const figures: Figures[] = [];
      for (let i = 0; i < runs; i++) {
        const f = await lighthouse(`${url}${path}`, join(scratch, 'report.json')).catch((error: Error) => {
          console.warn(`${kind} ${decodeURI(path)} run ${i + 1} failed twice, left out: ${error.message.split('\n')[0]}`);
          return undefined;
        });
        if (!f) continue;
        console.log(
          `${kind} ${decodeURI(path)} run ${i + 1}: performance ${f.performance}, accessibility ${f.accessibility}, LCP ${f.lcp.toFixed(0)} ms, CLS ${f.cls.toFixed(3)}, TBT ${f.tbt.toFixed(0)} ms${f.failing.length ? `; below: ${f.failing.join(', ')}` : ''}`,
        );
        figures.push(f);
      }
      results.push({ kind, path, figures, from });
      report(results, chosen.length);
    }
  } finally {
    main.server.close();
    second?.server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
