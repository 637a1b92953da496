/**
 * Every source of every corpus (the shipped texts and the fixture corpus-b), found on disk: held
 * to its expectations file (tests/expectations/{slug}.json: sha256, chapter titles, sections,
 * measures, tables, panels) and outline (tests/fixtures/outline/{slug}.txt), and checked lossless
 * sentence by sentence. Adding a source needs no change here: run `npm run expectations`, read the
 * diff, commit it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../../scripts/lib/collect-records.ts';
import { chapterCanon, sourceCanon } from '../../../scripts/lib/lossless.ts';
import { markdownToTree } from '../../../scripts/lib/markdown.ts';
import { readCurated } from '../../../scripts/lib/curated.ts';
import { corpora, expectationPath, outlinePath, slugsIn } from '../../support/corpora.ts';
import { measured, outlineOf, sha256Of, themeCoverageOf } from '../../support/expectations.ts';
import { measuredKeys, readExpectations } from '../../support/expectation-schema.ts';
import { parseReal, units } from '../../support/ingest.ts';

describe.each(corpora)('the $name corpus', (corpus) => {
  const slugs = slugsIn(corpus.sources);
  const { themes } = readCurated('themes', corpus.curated);

  it('has sources, each with an expectations file and an outline (run `npm run expectations` for a new one)', () => {
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      expect(existsSync(expectationPath(corpus, slug)), expectationPath(corpus, slug)).toBe(true);
      expect(existsSync(outlinePath(corpus, slug)), outlinePath(corpus, slug)).toBe(true);
    }
  });

  describe.each(slugs)('%s', (slug) => {
    // One parse shared by the checks that only read it (the id test parses twice on purpose).
    let parsedOnce: ReturnType<typeof parseReal> | undefined;
    const parsed = () => (parsedOnce ??= parseReal(slug, corpus.sources));
    const expected = () => readExpectations(corpus, slug);

    it('is byte for byte the text its expectations were written for', () => {
      expect(sha256Of(corpus.sources, slug)).toBe(expected().sha256);
    });

    it('has its chapters, sections, measures, tables and panels', async () => {
      const written = expected();
      const want = Object.fromEntries(measuredKeys.filter((key) => key !== 'sha256').map((key) => [key, written[key]]));
      const { sha256: _, ...got } = measured(await parsed(), corpus.sources);
      expect(got).toEqual(want);
      for (const table of collectRecords(await parsed()).tables) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    });

    it('loses, duplicates and invents nothing: the output text is the source text', async () => {
      const { source: read, titleLines } = await parsed();
      const records = collectRecords(await parsed());
      expect(records.lossless.difference).toBeUndefined();
      expect(records.lossless.charsOut).toBe(records.lossless.charsIn);
      // And sentence by sentence, so a failure names the sentence: each once, in order.
      const sentences = (text: string) => text.split(/(?<=[。！？；])/).filter(Boolean);
      const source = sentences(sourceCanon(read.text));
      // The output's text, read back from the generated Markdown as the site reads it.
      const output = titleLines.join('').replace(/\s+/g, '') + records.chapters.map((c) => chapterCanon(c.heading, markdownToTree(c.markdown))).join('');
      let from = 0;
      for (const sentence of source) {
        const at = output.indexOf(sentence, from);
        expect(at, `sentence missing or out of order: ${sentence}`).toBe(from);
        from = at + sentence.length;
      }
      expect(from, 'text after the last source sentence').toBe(output.length);
    });

    it('gives every unit a unique id that starts with its slug, the same on every run', async () => {
      const first = units((await parseReal(slug, corpus.sources)).tree).map((u) => u.id);
      const second = units((await parseReal(slug, corpus.sources)).tree).map((u) => u.id);
      expect(new Set(first).size).toBe(first.length);
      expect(second).toEqual(first);
      // A slug is letters, digits and hyphens only, so it can stand in the pattern as written.
      for (const id of first) expect(id).toMatch(new RegExp(`^${slug}-\\d+(-\\d+(-(\\d+|table\\d+|panel\\d+))?)?$`));
    });

    it('matches its outline', async () => {
      const outline = outlineOf((await parsed()).tree);
      expect(outline).toBe(readFileSync(outlinePath(corpus, slug), 'utf8'));
    });

    // A text simply about other things (a law on another subject) states no floor (null): no test.
    const floor = existsSync(expectationPath(corpus, slug)) ? expected().themeCoverageAtLeast : null;
    if (floor !== null) {
      it(`gives at least ${floor * 100}% of its measures a theme, as its expectations state`, async () => {
        expect(themeCoverageOf(await parsed(), themes)).toBeGreaterThanOrEqual(floor);
      });
    }
  });
});
