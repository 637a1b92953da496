/**
 * Traditional → simplified on the real corpus: the table the build generates from OpenCC covers
 * every character of the texts that OpenCC gives a traditional form, and traditional queries find
 * their passages verbatim (not by the one-wrong-character fuzzy tier).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js';
import { to } from 'opencc-js/preset';
import { beforeAll, describe, expect, it } from 'vitest';
import { search, type SearchIndex } from '../../src/lib/search/match.ts';
import { normalise } from '../../src/lib/search/normalise.ts';
import { isExact } from '../../src/lib/search/rank.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { loadRealIndex } from '../support/search-corpus.ts';

let index: SearchIndex;
let records: SearchRecord[];
// The whole corpus through ingest, on a machine other jobs share: more than the default 10 s may pass.
beforeAll(async () => {
  ({ index, records } = await loadRealIndex());
}, 120_000);

/** Every character of the source texts, read from the sources folder (whatever texts it holds). */
const sourcesDir = 'content/sources';
const corpusChars = new Set(
  readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => [...readFileSync(join(sourcesDir, name), 'utf8')]),
);

describe('the generated table covers the corpus', { timeout: 60_000 }, () => {
  it('every traditional character OpenCC’s character table simplifies to a corpus character normalises to it', () => {
    // OpenCC's character dictionary (the second of its conversion to mainland simplified, after
    // phrases), read here independently of the generator: `trad simp [alt…]|…`.
    const [[, characters]] = to.cn;
    expect(typeof characters).toBe('string');
    const entries = (characters as string).split('|').map((entry) => entry.split(' '));
    const covered = entries.filter(([traditional, simplified]) => traditional !== simplified && corpusChars.has(simplified));
    expect(covered.length).toBeGreaterThan(0);
    const wrong = covered.filter(([traditional, simplified]) => normalise(traditional) !== simplified).map(([t, s]) => `${t}→${s}: ${normalise(t)}`);
    expect(wrong).toEqual([]);
  });

  it('the Taiwan and Hong Kong forms OpenCC writes for each corpus character normalise back to it', () => {
    const toForms = (['tw', 'hk', 't'] as const).map((locale) => Converter({ from: 'cn', to: locale }));
    const wrong: string[] = [];
    let checked = 0;
    for (const ch of corpusChars) {
      for (const toForm of toForms) {
        const form = toForm(ch);
        if (form === ch) continue;
        checked++;
        if (normalise(form) !== normalise(ch)) wrong.push(`${form}→${normalise(form)}, not ${ch}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  }, 60_000);
});

describe('traditional queries find their passages verbatim', { timeout: 60_000 }, () => {
  const exactUrls = (query: string) => {
    const result = search(index, query);
    return result.hits.filter(isExact).map((hit) => records[hit.index].url);
  };
  const containing = (simplified: string) => records.filter((r) => r.text.includes(simplified)).map((r) => r.url);

  for (const [traditional, simplified] of [
    ['黨建引領', '党建引领'],
    ['強化黨建引領', '强化党建引领'],
    ['後備力量', '后备力量'],
  ]) {
    it(`${traditional} lists every passage holding ${simplified}, as verbatim hits`, () => {
      const expected = containing(simplified);
      expect(expected.length).toBeGreaterThan(0);
      expect(new Set(exactUrls(traditional))).toEqual(new Set(expected));
      expect(search(index, traditional).exact).toBe(expected.length);
    });
  }
});
