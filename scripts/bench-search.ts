/**
 * `npm run bench:search` (after `npm run build`): search performance in headless Chromium against
 * the built site, on the real corpus and on a synthetic corpus 100× its size, written to the
 * "Search" section of BENCHMARKS.md. A benchmark, not a test: it asserts nothing, it reports.
 *
 * Measured per corpus:
 * - bytes the search page fetches before its first result (page, CSS, script, index), raw and
 *   gzip-compressed (zlib level 6, what a static host's gzip would send; the local server sends raw),
 *   and of those the script alone (fuse.js is loaded after the first result, on first need);
 * - time from navigation start to the first rendered result for `/search/?q=…` (the page's
 *   `search:first-result` mark), median of fresh loads with an empty cache;
 * - per-keystroke time: from the input event to the results list rebuilt (`search:keystroke`
 *   measures), typing a fixed list of queries one character at a time; median and p95.
 * The 100× corpus: every real record 100 times, each copy's sentences rotated so copies differ,
 * written as the build would (encodeIndex) into a temporary copy of dist/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { decodeShard, encodeIndex, type Manifest, type Row } from '../src/lib/search/shards.ts';
import type { SearchRecord } from '../src/lib/search/record.ts';
import { launchChromium } from '../src/lib/chromium.ts';
import { resolveDistPath, serveDirectory } from './lib/static-server.ts';

const loads = 5;
/** The query list is typed this many times in one page (the first round includes the JIT warming up). */
const rounds = 3;
const firstQuery = '党群服务中心';
const typedQueries = [
  '党群服务中心',
  '网格化管理',
  '社区 养老',
  '志愿服务',
  '黨群服務中心',
  '五社联动',
  '社会组织培育',
  '智慧社区',
  '物业服务',
  '基层治理',
  '县委编办',
  '党群服务中新',
];

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number) {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (at - lo);
}

function readIndex(dist: string) {
  const manifest: Manifest = JSON.parse(readFileSync(join(dist, 'search-index.json'), 'utf8'));
  const records = manifest.shards.flatMap((shard) => decodeShard(manifest, JSON.parse(readFileSync(join(dist, 'search-index', shard.file), 'utf8')) as Row[]));
  return { manifest, records };
}

/** Copy k of a text: its sentences rotated by k, so copies are not byte-identical. */
function rotate(text: string, k: number) {
  const sentences = text.split(/(?<=。)/);
  if (sentences.length < 2) return text;
  const r = k % sentences.length;
  return [...sentences.slice(r), ...sentences.slice(0, r)].join('');
}

function writeSyntheticDist(dist: string, factor: number) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-bench-'));
  cpSync(dist, dir, { recursive: true });
  const { manifest, records } = readIndex(dist);
  const many: SearchRecord[] = [];
  for (let k = 0; k < factor; k++) for (const record of records) many.push({ ...record, text: rotate(record.text, k) });
  const encoded = encodeIndex(manifest.documents, many, manifest.aliases, undefined, manifest.themes);
  rmSync(join(dir, 'search-index'), { recursive: true, force: true });
  mkdirSync(join(dir, 'search-index'));
  writeFileSync(join(dir, 'search-index.json'), JSON.stringify(encoded.manifest));
  encoded.shards.forEach((rows, i) => writeFileSync(join(dir, 'search-index', `${i}.json`), JSON.stringify(rows)));
  return { dir, records: many.length, shards: encoded.shards.length };
}

function indexBytes(dir: string) {
  const files = [join(dir, 'search-index.json'), ...readdirSync(join(dir, 'search-index')).map((f) => join(dir, 'search-index', f))];
  const raw = files.reduce((n, f) => n + statSync(f).size, 0);
  const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
  return { raw, gzip };
}

async function measure(browser: Browser, dir: string) {
  const { server, url } = await serveDirectory(dir);
  try {
    const firsts: number[] = [];
    let bytes = { raw: 0, gzip: 0, requests: 0 };
    let script = { raw: 0, gzip: 0, files: 0 };
    for (let run = 0; run < loads; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}/search/?q=${encodeURIComponent(firstQuery)}`);
      await page.waitForFunction(() => performance.getEntriesByName('search:first-result').length > 0, undefined, { timeout: 60_000 });
      const timing = await page.evaluate(() => {
        const first = performance.getEntriesByName('search:first-result')[0].startTime;
        // Everything that had fully arrived when the first result was in the DOM.
        const arrived = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
          .filter((entry) => (entry as PerformanceResourceTiming).responseEnd <= first)
          .map((entry) => new URL(entry.name).pathname);
        return { first, arrived };
      });
      firsts.push(timing.first);
      const files = timing.arrived.map((path) => resolveDistPath(dir, path)).filter((file) => file !== undefined);
      const bodies = files.map((file) => readFileSync(file));
      bytes = { raw: bodies.reduce((n, b) => n + b.length, 0), gzip: bodies.reduce((n, b) => n + gzipSync(b).length, 0), requests: files.length };
      const scripts = bodies.filter((_, i) => files[i].endsWith('.js'));
      script = { raw: scripts.reduce((n, b) => n + b.length, 0), gzip: scripts.reduce((n, b) => n + gzipSync(b).length, 0), files: scripts.length };
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/search/`);
    await page.waitForSelector('#search-app[data-state="ready"]', { timeout: 120_000 });
    const complete = await page.evaluate(() => performance.getEntriesByName('search:index-complete')[0].startTime);
    const input = page.locator('#q');
    for (let round = 0; round < rounds; round++) {
      for (const query of typedQueries) {
        // Clear without an input event, then type: every character is one measured keystroke.
        await input.evaluate((el) => ((el as HTMLInputElement).value = ''));
        await input.pressSequentially(query);
      }
    }
    const keystrokes = await page.evaluate(() => performance.getEntriesByName('search:keystroke').map((e) => e.duration));
    // performance.now() is coarsened to 0.1 ms or more in the page; engine times below that read as 0.
    const engine = await page.evaluate(() => performance.getEntriesByName('search:engine').map((e) => e.duration));
    if (process.env.BENCH_VERBOSE) {
      const typed = typedQueries.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
      console.log(
        keystrokes
          .map((d, i) => [typed[i], Math.round(d)])
          .sort((a, b) => Number(b[1]) - Number(a[1]))
          .slice(0, 12),
      );
    }
    await context.close();
    return {
      first: median(firsts),
      firsts,
      bytes,
      script,
      complete,
      keystroke: { median: median(keystrokes), p95: quantile(keystrokes, 0.95), count: keystrokes.length },
      engine: { median: median(engine), p95: quantile(engine, 0.95) },
    };
  } finally {
    server.close();
  }
}

function machine(browserVersion: string) {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const nproc = execFileSync('nproc').toString().trim();
  const free = execFileSync('free', ['-h']).toString().trim();
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return {
    load,
    cpu,
    nproc,
    free,
    node: process.version,
    chromium: browserVersion,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(freemem() / 2 ** 30).toFixed(1)} GiB free`,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  if (!existsSync('dist/search-index.json')) throw new Error('dist/ has no search index: run `npm run build` first.');
  const browser = await launchChromium('The search benchmark');
  const synthetic = writeSyntheticDist('dist', 100);
  try {
    const real = await measure(browser, 'dist');
    const large = await measure(browser, synthetic.dir);
    const realIndex = indexBytes('dist');
    const largeIndex = indexBytes(synthetic.dir);
    const m = machine(browser.version());
    const realRecords = readIndex('dist').records.length;
    const tableFile = readFileSync('dist/search-trad-simp.json');
    const realTable = { raw: tableFile.length, gzip: gzipSync(tableFile).length, pairs: [...(JSON.parse(tableFile.toString()) as { pairs: string }).pairs].length / 2 };
    const rows = [
      ['Records', String(realRecords), `${synthetic.records} (${synthetic.shards} shards)`, `${(synthetic.records / realRecords).toFixed(0)}×`],
      ['Index, gzip (raw)', `${kb(realIndex.gzip)} (${kb(realIndex.raw)})`, `${kb(largeIndex.gzip)} (${kb(largeIndex.raw)})`, `${(largeIndex.gzip / realIndex.gzip).toFixed(1)}×`],
      [
        'Fetched before first result, gzip (raw, requests)',
        `${kb(real.bytes.gzip)} (${kb(real.bytes.raw)}, ${real.bytes.requests})`,
        `${kb(large.bytes.gzip)} (${kb(large.bytes.raw)}, ${large.bytes.requests})`,
        `${(large.bytes.gzip / real.bytes.gzip).toFixed(1)}×`,
      ],
      [
        'Of which script, gzip (raw, files)',
        `${kb(real.script.gzip)} (${kb(real.script.raw)}, ${real.script.files})`,
        `${kb(large.script.gzip)} (${kb(large.script.raw)}, ${large.script.files})`,
        `${(large.script.gzip / real.script.gzip).toFixed(1)}×`,
      ],
      ['Traditional → simplified table, gzip (raw, pairs)', `${kb(realTable.gzip)} (${kb(realTable.raw)}, ${realTable.pairs})`, '(same file)', ''],
      [`First result after navigation, median of ${loads}`, ms(real.first), ms(large.first), `${(large.first / real.first).toFixed(1)}×`],
      ['Whole index downloaded and indexed, after navigation', ms(real.complete), ms(large.complete), `${(large.complete / real.complete).toFixed(1)}×`],
      [
        `Per keystroke, median (${real.keystroke.count} keystrokes)`,
        ms(real.keystroke.median),
        ms(large.keystroke.median),
        `${(large.keystroke.median / real.keystroke.median).toFixed(1)}×`,
      ],
      ['Per keystroke, p95', ms(real.keystroke.p95), ms(large.keystroke.p95), `${(large.keystroke.p95 / real.keystroke.p95).toFixed(1)}×`],
      [
        'Search engine alone per keystroke, median / p95',
        `${ms(real.engine.median)} / ${ms(real.engine.p95)}`,
        `${ms(large.engine.median)} / ${ms(large.engine.p95)}`,
        `${(large.engine.p95 / real.engine.p95).toFixed(1)}× (p95)`,
      ],
    ];
    const section = [
      '## Search',
      '',
      `Measured by \`npm run bench:search\` (scripts/bench-search.ts) on ${new Date().toISOString().slice(0, 10)}, headless Chromium against the built site served locally.`,
      `Targets: real corpus p95 < 30 ms and index < 150 KB gzip; 100× corpus p95 < 100 ms and first result < 1 s.`,
      '',
      '| | Real corpus | Synthetic 100× | Ratio |',
      '|---|---|---|---|',
      ...rows.map((row) => `| ${row.join(' | ')} |`),
      '',
      `- First result: \`/search/?q=${firstQuery}\` loaded ${loads} times in fresh browser contexts (empty cache); time from navigation start to the first result in the DOM. Runs (ms): real ${real.firsts.map((x) => x.toFixed(0)).join(', ')}; 100× ${large.firsts.map((x) => x.toFixed(0)).join(', ')}.`,
      '- Bytes: every response that had fully arrived when the first result was in the DOM (Resource Timing `responseEnd`; HTML, CSS, script, traditional → simplified table, index manifest and shards), each file gzip-compressed with zlib level 6 as a static host would send it. fuse.js is not among them: it is loaded after the verbatim results, when a term is long enough for fuzzy matching.',
      `- Keystrokes: the queries ${typedQueries.map((q) => `“${q}”`).join(' ')} typed one character at a time into the search box, the whole list ${rounds} times; each keystroke timed from its input event to the results list rebuilt (search over the whole index plus DOM for the first 25 results and the counts; paint not included). "Engine alone" is the search call without the DOM.`,
      "- The 100× corpus: every real record 100 times, each copy with its sentences rotated, encoded by the build's own `encodeIndex` into a temporary copy of dist/. The page searches the first shards while the rest arrive.",
      '',
      'Machine:',
      '',
      `- CPU: ${m.cpu}; \`nproc\`: ${m.nproc}`,
      `- Memory: ${m.memory}; load average at the end of the run: ${m.load} (other jobs share this machine, so figures vary between runs)`,
      `- Node ${m.node}; Chromium ${m.chromium}`,
      '',
      '```',
      '$ free -h',
      m.free,
      '```',
      '',
    ].join('\n');
    const file = 'BENCHMARKS.md';
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n';
    const replaced = /^## Search\n[\s\S]*?(?=^## |(?![\s\S]))/m.test(existing)
      ? existing.replace(/^## Search\n[\s\S]*?(?=^## |(?![\s\S]))/m, section)
      : `${existing.trimEnd()}\n\n${section}`;
    writeFileSync(file, replaced);
    console.log(section);
    console.log(`written to ${relative(process.cwd(), file)}`);
  } finally {
    await browser.close();
    rmSync(synthetic.dir, { recursive: true, force: true });
  }
}

await main();
