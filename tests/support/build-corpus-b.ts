/**
 * vitest globalSetup for the corpus-b project: copies the fixture corpus into .astro/corpus-b/,
 * adds one more text to it the way a user would (`npm run add`, a regulation of articles), runs the
 * whole pipeline and site build (the project's own `npm run build`) over it, serves it, and hands
 * the site's directory and address to the tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from '../../scripts/lib/static-server.ts';
import { runStep, siteDirOf, type CorpusSite } from '../../scripts/lib/build-corpus-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    corpusBSite: string;
    /** Where the built fixture site is served, for the browser tests. */
    corpusBUrl: string;
  }
}

const work = '.astro/corpus-b';
/** A text that is not in the fixture corpus: `npm run add` puts it there before the build. */
export const addedText = 'tests/fixtures/corpus-b/added/dongchuan-volunteers.txt';

export const corpusBSite: CorpusSite = {
  sources: join(work, 'sources'),
  curated: 'tests/fixtures/corpus-b/curated',
  work,
};

export default async function setup(project: TestProject) {
  rmSync(corpusBSite.work, { recursive: true, force: true });
  cpSync('tests/fixtures/corpus-b/sources', corpusBSite.sources, { recursive: true });
  const add = spawnSync('npm', ['run', 'add', '--', addedText, '--sources-dir', corpusBSite.sources, '--parents', '北原省'], { encoding: 'utf8' });
  if (add.status !== 0) throw new Error(`npm run add failed:\n${add.stdout}\n${add.stderr}`);
  runStep(corpusBSite, 'build');
  project.provide('corpusBSite', siteDirOf(corpusBSite));
  const { server, url } = await serveDirectory(siteDirOf(corpusBSite));
  project.provide('corpusBUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
