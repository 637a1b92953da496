/**
 * Builds the site of another corpus (the fixture corpus, the scale benchmark's copies) with the
 * project's own `npm run build`, pointed at it through the variables of src/lib/corpus-dirs.ts:
 * sources and curated files in, generated files, Astro's store and the site under `work`.
 * Timed, with the peak memory of the largest process (GNU time), for the benchmark.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface CorpusSite {
  /** Texts and settings: `{slug}.txt` + `{slug}.json`. */
  sources: string;
  /** themes.json, search-aliases.json, indicator-aliases.json, chain-corrections.json. */
  curated: string;
  /** Scratch directory: generated/, cache/ and site/ go here. */
  work: string;
}

export interface StepRun {
  ms: number;
  /** Peak resident memory of the largest process, in MB (0 when GNU time is missing). */
  peakMb: number;
}

export const siteDirOf = (site: CorpusSite) => join(resolve(site.work), 'site');

export function corpusEnv(site: CorpusSite): NodeJS.ProcessEnv {
  const work = resolve(site.work);
  return {
    ...process.env,
    ATLAS_SOURCES: resolve(site.sources),
    ATLAS_CURATED: resolve(site.curated),
    ATLAS_GENERATED: join(work, 'generated'),
    ATLAS_IDS: join(work, 'ids'),
    ATLAS_CACHE: join(work, 'cache'),
    ATLAS_OUT: siteDirOf(site),
    // A fixture or benchmark corpus is a local preview, not a published site (src/lib/site-address.ts).
    ...(process.env.SITE_URL ? {} : { LOCAL_PREVIEW: '1' }),
  };
}

const gnuTime = '/usr/bin/time';

/** Runs `npm run {script}` for the corpus; throws with the output's tail when it fails. */
export function runStep(site: CorpusSite, script: string, timeoutMs = 30 * 60_000): StepRun {
  mkdirSync(site.work, { recursive: true });
  const stats = join(resolve(site.work), `${script}.time`);
  const timed = existsSync(gnuTime);
  const [command, args] = timed ? [gnuTime, ['-f', '%M', '-o', stats, 'npm', 'run', script]] : ['npm', ['run', script]];
  const started = performance.now();
  const run = spawnSync(command, args, { env: corpusEnv(site), encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (run.status !== 0) {
    const tail = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.split('\n').slice(-40).join('\n');
    throw new Error(`npm run ${script} for ${site.sources} failed (${run.signal ?? `exit ${run.status}`}):\n${tail}`);
  }
  const peakKb = timed ? Number(readFileSync(stats, 'utf8').trim().split('\n').pop()) : 0;
  return { ms, peakMb: Math.round(peakKb / 1024) };
}
