/**
 * On every real text in content/sources (found by listing the folder, not named here), detection
 * must give settings that parse to the same outline as the hand-written settings: the same units,
 * ids, headings and lengths. Metadata may be missing, but where detection proposes a field that
 * the hand-written settings also state, the two agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpusDocuments } from '../../../scripts/lib/corpus-documents.ts';
import { detectSettings } from '../../../scripts/lib/detect-settings.ts';
import { parseSource } from '../../../scripts/lib/pipeline.ts';
import { readSource } from '../../../scripts/lib/read-source.ts';
import { units } from '../../support/ingest.ts';

const sourcesDir = 'content/sources';
const realSlugs = readdirSync(sourcesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4))
  .sort();

const outline = (tree: Parameters<typeof units>[0]) => units(tree).map((u) => `${u.name} ${u.id} ${u.heading} | ${u.title} (${u.text.length})`);

describe('detection on the real texts', () => {
  it('finds real texts to check', () => {
    expect(realSlugs.length).toBeGreaterThan(0);
  });

  describe.each(realSlugs)('%s', (slug) => {
    it('gives heading styles and title lines that parse to the same outline as the hand-written settings', async () => {
      const handWritten = await readSource(sourcesDir, slug);
      const { settings: detected } = detectSettings(handWritten.text);
      const settings = {
        ...handWritten.settings,
        titleLines: detected.titleLines,
        headings: detected.headings,
        frontTitle: detected.frontTitle ?? handWritten.settings.frontTitle,
      };
      const expected = outline(parseSource(handWritten).tree);
      const actual = outline(parseSource({ ...handWritten, settings }).tree);
      expect(actual).toEqual(expected);
    });

    it('proposes no metadata that contradicts the hand-written settings', async () => {
      const handWritten = JSON.parse(readFileSync(`${sourcesDir}/${slug}.json`, 'utf8'));
      const { text } = await readSource(sourcesDir, slug);
      // As `add` sees it: every other source is already in the corpus.
      const corpus = readCorpusDocuments(sourcesDir).filter((doc) => doc.slug !== slug);
      const { settings: detected } = detectSettings(text, { corpus });
      for (const implemented of detected.implements ?? []) expect(handWritten.implements ?? []).toContain(implemented);
      for (const field of ['title', 'kind', 'status', 'jurisdiction', 'jurisdictionEn', 'level', 'issuer', 'documentNumber'] as const) {
        if (detected[field] !== undefined && handWritten[field] !== undefined) {
          expect(detected[field], field).toEqual(handWritten[field]);
        }
      }
    });
  });
});
