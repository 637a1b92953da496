/**
 * The one reader of the curated files (content/themes.json, indicator-aliases.json,
 * chain-corrections.json, search-aliases.json, adoption-evaluation.json, instruments.json, local-instruments.json, …): each is parsed with its schema (src/schemas/curated.ts), and a broken file stops the run with the file, the entry and what to fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { curatedFiles, type Curated, type CuratedName } from '../../src/schemas/curated.ts';
import { IngestError } from './errors.ts';
import { formatZodIssues } from './friendly-errors.ts';

import { curatedDir } from '../../src/lib/corpus-dirs.ts';

export { curatedDir };

export function readCurated<K extends CuratedName>(name: K, dir = curatedDir): Curated[K] {
  const file = curatedFiles[name];
  const path = join(dir, file.path);
  // An evaluation set belongs to the corpus it was drawn from: another corpus has none.
  if ('optional' in file && file.optional && !existsSync(path)) return undefined as Curated[K];
  return parseCurated(name, readText(path), path);
}

/** A curated file this corpus must have, evaluation sets included (for tools and tests of the corpus they were drawn from). */
export function requireCurated<K extends CuratedName>(name: K, dir = curatedDir): NonNullable<Curated[K]> {
  const found = readCurated(name, dir);
  if (found === undefined) throw new IngestError(join(dir, curatedFiles[name].path), undefined, 'cannot read the curated file; restore it from git');
  return found as NonNullable<Curated[K]>;
}

/** Parses a curated file's text; `path` names it in messages. */
export function parseCurated<K extends CuratedName>(name: K, text: string, path = join(curatedDir, curatedFiles[name].path)): Curated[K] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new IngestError(path, lineOf(text, error as Error), `not valid JSON: ${(error as Error).message}; fix the syntax`);
  }
  const parsed = curatedFiles[name].schema.safeParse(json);
  if (!parsed.success) throw new IngestError(path, undefined, `invalid entries (fix each, then run again):\n${formatZodIssues(parsed.error)}`);
  return parsed.data as Curated[K];
}

export function readAllCurated(dir = curatedDir): Curated {
  return Object.fromEntries(Object.keys(curatedFiles).map((name) => [name, readCurated(name as CuratedName, dir)])) as Curated;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new IngestError(path, undefined, 'cannot read the curated file; restore it from git');
  }
}

/** JSON.parse says `at position N` (or `line L column C`); turn that into a line. */
function lineOf(text: string, error: Error): number | undefined {
  const line = /line (\d+)/.exec(error.message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(error.message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
}
