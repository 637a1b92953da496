/**
 * The curated files go through one reader (scripts/lib/curated.ts): the real ones pass, and a
 * broken one stops with the file, the entry and what to fix, including the file-level checks.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCurated, readAllCurated, readCurated } from '../../scripts/lib/curated.ts';
import { IngestError } from '../../scripts/lib/errors.ts';

const real = (file: string) => JSON.parse(readFileSync(join('content', file), 'utf8'));

function failure(run: () => unknown): IngestError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error('expected the reader to refuse the file');
}

describe('the curated files', () => {
  it('all pass their schemas as they are', () => {
    const curated = readAllCurated();
    expect(curated.themes.themes.length).toBeGreaterThanOrEqual(14);
    expect(curated.searchAliases.groups.length).toBeGreaterThan(0);
    expect(curated.chainCorrections.corrections.length).toBeGreaterThan(0);
    expect(curated.instruments.instruments.length).toBeGreaterThan(0);
    expect(curated.indicatorAliases.aliases.length).toBeGreaterThan(0);
  });

  it('a theme id used twice is named with its entry', () => {
    const file = real('themes.json');
    file.themes[1].id = file.themes[0].id;
    const error = failure(() => parseCurated('themes', JSON.stringify(file)));
    expect(error.message).toContain('content/themes.json: invalid entries');
    expect(error.message).toContain(`themes.1.id: duplicate theme id ${file.themes[0].id}`);
  });

  it('a measure both included in and excluded from a theme is named', () => {
    const file = real('themes.json');
    file.themes[0].exclude.push({ id: 'demo-1-1-1', reason: '测试排除' });
    file.themes[0].include.push({ id: 'demo-1-1-1', reason: '测试归入' });
    expect(failure(() => parseCurated('themes', JSON.stringify(file))).message).toContain('themes.0.exclude: demo-1-1-1 is both included and excluded');
  });

  it('a chain correction without a reason says which field is missing', () => {
    const text = JSON.stringify({ corrections: [{ action: 'drop', source: 'demo', id: 'demo-1-1-1-c1' }] });
    const error = failure(() => parseCurated('chainCorrections', text));
    expect(error.message).toContain('content/chain-corrections.json');
    expect(error.message).toContain('corrections.0.reason');
  });

  it('a spelling repeated in a search alias group, and an instrument id used twice, are named', () => {
    expect(failure(() => parseCurated('searchAliases', JSON.stringify({ groups: [['网格', '网格']] }))).message).toContain('groups.0: a spelling is listed twice');
    const dictionary = real('instruments.json');
    dictionary.instruments.push({ ...dictionary.instruments[0] });
    expect(failure(() => parseCurated('instruments', JSON.stringify(dictionary))).message).toContain(`is used twice`);
  });

  it('broken JSON stops at its line, and a missing file says so', async () => {
    const error = failure(() => parseCurated('searchAliases', '{\n  "groups": [\n    ["a", "b"\n  ]\n}'));
    expect(error.message).toMatch(/^content\/search-aliases\.json:\d+: not valid JSON/);
    expect(error.line).toBeGreaterThan(1);
    const dir = await mkdtemp(join(tmpdir(), 'atlas-curated-'));
    await writeFile(join(dir, 'themes.json'), '{"themes": []}');
    expect(failure(() => readCurated('themes', dir)).message).toContain('themes: Too small');
    expect(failure(() => readCurated('searchAliases', dir)).message).toContain('cannot read the curated file');
  });

  it('a corpus without evaluation sets reads none, and every other file is still required', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-curated-'));
    expect(readCurated('adoptionEvaluation', dir)).toBeUndefined();
    expect(readCurated('counterpartsEvaluation', dir)).toBeUndefined();
    expect(failure(() => readCurated('instruments', dir)).message).toContain('cannot read the curated file');
    // A set that is there but broken is still refused, with its file named.
    await writeFile(join(dir, 'adoption-evaluation.json'), '{"measures": []}');
    expect(failure(() => readCurated('adoptionEvaluation', dir)).message).toContain('adoption-evaluation.json: invalid entries');
  });
});
