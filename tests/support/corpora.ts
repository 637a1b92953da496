/**
 * The corpora the tests run over, found on disk: the shipped one (content/sources, or ATLAS_SOURCES)
 * and the fixture corpus (tests/fixtures/corpus-b) that proves nothing assumes the shipped texts.
 * Each source's expectations are files keyed by its slug, written by `npm run expectations`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { curatedDir, sourcesDir } from '../../src/lib/corpus-dirs.ts';

export interface Corpus {
  name: string;
  /** Texts and settings. */
  sources: string;
  /** `{slug}.json`: counts, titles, sha256, the theme coverage a reviewer expects. */
  expectations: string;
  /** `{slug}.txt`: every unit's id, title and length, in document order. */
  outlines: string;
  /** The curated files that go with the corpus (themes.json …). */
  curated: string;
}

export const shipped: Corpus = { name: 'shipped', sources: sourcesDir, expectations: 'tests/expectations', outlines: 'tests/fixtures/outline', curated: curatedDir };
export const corpusB: Corpus = {
  name: 'corpus-b',
  sources: 'tests/fixtures/corpus-b/sources',
  expectations: 'tests/fixtures/corpus-b/expectations',
  outlines: 'tests/fixtures/corpus-b/outline',
  curated: 'tests/fixtures/corpus-b/curated',
};
export const corpora = [shipped, corpusB];

/** Slugs of a sources directory: every `{slug}.txt`, sorted. */
export function slugsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4))
    .sort();
}

export const expectationPath = (corpus: Corpus, slug: string) => join(corpus.expectations, `${slug}.json`);
export const outlinePath = (corpus: Corpus, slug: string) => join(corpus.outlines, `${slug}.txt`);
