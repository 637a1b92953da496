/**
 * `npm run expectations`: writes every source's expectations (tests/expectations/{slug}.json) and
 * outline (tests/fixtures/outline/{slug}.txt), for the shipped corpus and the fixture corpus, from
 * the pipeline as it is now. Review the diff before committing: it is what the tests will hold the
 * pipeline to. A hand-set `themeCoverageAtLeast` and every hand-written fact are kept; a new source starts with its kind's default.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseReal } from './ingest.ts';
import { readCurated } from '../../scripts/lib/curated.ts';
import { corpora, expectationPath, outlinePath, slugsIn } from './corpora.ts';
import { defaultThemeCoverage, measured, outlineOf, themeCoverageOf, type SourceExpectations } from './expectations.ts';

for (const corpus of corpora) {
  const { themes } = readCurated('themes', corpus.curated);
  mkdirSync(corpus.expectations, { recursive: true });
  mkdirSync(corpus.outlines, { recursive: true });
  for (const slug of slugsIn(corpus.sources)) {
    const parsed = await parseReal(slug, corpus.sources);
    const path = expectationPath(corpus, slug);
    const previous = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Partial<SourceExpectations>) : {};
    // Hand-written facts (chains, indicators …) are kept as written: only a reviewer changes them.
    const expectations: SourceExpectations = {
      ...previous,
      ...measured(parsed, corpus.sources),
      themeCoverageAtLeast: previous.themeCoverageAtLeast !== undefined ? previous.themeCoverageAtLeast : defaultThemeCoverage(parsed.source.settings.kind),
    };
    writeFileSync(path, `${JSON.stringify(expectations, null, 2)}\n`);
    writeFileSync(outlinePath(corpus, slug), outlineOf(parsed.tree));
    const share = (themeCoverageOf(parsed, themes) * 100).toFixed(1);
    console.log(`${corpus.name}/${slug}: ${expectations.measures} measures, ${share}% with a theme (expected ≥ ${expectations.themeCoverageAtLeast ?? 'none'}) → ${path}`);
  }
}
