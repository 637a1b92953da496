/**
 * vitest globalSetup for the corpus-b project: runs the whole pipeline and site build (the
 * project's own `npm run build`) over the fixture corpus, into .astro/corpus-b/, and hands the
 * site's directory to the tests.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { runStep, siteDirOf, type CorpusSite } from '../../scripts/lib/build-corpus-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    corpusBSite: string;
  }
}

export const corpusBSite: CorpusSite = {
  sources: 'tests/fixtures/corpus-b/sources',
  curated: 'tests/fixtures/corpus-b/curated',
  work: '.astro/corpus-b',
};

export default function setup(project: TestProject) {
  rmSync(corpusBSite.work, { recursive: true, force: true });
  runStep(corpusBSite, 'build');
  project.provide('corpusBSite', siteDirOf(corpusBSite));
}
