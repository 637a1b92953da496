/**
 * Nothing in the code or the tests assumes the shipped sources: no file under src/, scripts/ or
 * tests/ (outside the fixture texts and the expectations files, which are facts about those
 * sources) names a slug of content/sources or a place its settings name (the jurisdiction, in
 * Chinese, shortened and in English, and its parents). The names are read from the settings now,
 * so a source added tomorrow is guarded too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shipped } from '../support/corpora.ts';

interface Settings {
  slug: string;
  jurisdiction: string;
  jurisdictionEn: string;
  parents?: string[];
}

const settings = readdirSync(shipped.sources)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(shipped.sources, name), 'utf8')) as Settings);

/** 示范市 is also written 示范: the name without its level, where two characters or more remain. */
const shortened = (place: string) => {
  const short = place.replace(/(自治州|自治县|特别行政区|省|市|县|区|州|盟|旗)$/u, '');
  return short.length >= 2 && short !== place ? [place, short] : [place];
};
const chinese = [...new Set(settings.flatMap((s) => [s.jurisdiction, ...(s.parents ?? [])]).flatMap(shortened))];
/** Latin names match as words in any case: `Example`, `example-1-1-1`, but not inside a longer word. */
const latin = [...new Set(settings.flatMap((s) => [s.slug, s.jurisdictionEn]))].map(
  (name) => [name, new RegExp(`(?<![a-z])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![a-z])`, 'iu')] as const,
);

const guarded = ['src', 'scripts', 'tests'];
const exempt = [join('tests', 'fixtures'), shipped.expectations].map((dir) => join(dir));

function filesUnder(dir: string): string[] {
  if (exempt.includes(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

describe('code and tests that name no shipped source', () => {
  it('reads the names to look for from the settings', () => {
    expect(settings.length).toBeGreaterThan(0);
    for (const s of settings) expect(chinese).toContain(s.jurisdiction);
  });

  it('finds no slug or place name of the shipped sources in src/, scripts/ or tests/ (outside fixtures and expectations)', () => {
    const found: string[] = [];
    for (const file of guarded.flatMap(filesUnder)) {
      const text = readFileSync(file, 'utf8');
      if (text.includes('\u0000')) continue; // not text
      text.split('\n').forEach((line, i) => {
        for (const name of chinese) if (line.includes(name)) found.push(`${file}:${i + 1}: ${name}`);
        for (const [name, pattern] of latin) if (pattern.test(line)) found.push(`${file}:${i + 1}: ${name}`);
      });
    }
    expect(found, 'name no shipped source: use a fixture name, or take the fact from tests/expectations/{slug}.json').toEqual([]);
  });
});
