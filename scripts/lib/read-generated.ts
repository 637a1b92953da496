/**
 * A generated collection as scripts and tests read it (the site reads it through
 * src/content.config.ts): the `entries` below the file's `generated` header.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { generatedDir } from '../../src/lib/corpus-dirs.ts';

export { generatedDir };

export function hasGenerated(name: string, dir = generatedDir): boolean {
  return existsSync(join(dir, `${name}.json`));
}

export function readGenerated<T>(name: string, dir = generatedDir): T[] {
  const path = join(dir, `${name}.json`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run ingest\` first`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { entries: T[] }).entries;
}
