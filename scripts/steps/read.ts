/** Step 1, read: every `content/sources/{slug}.txt` with its settings, checked (scripts/lib/read-source.ts). */
import { readdir } from 'node:fs/promises';
import { IngestError } from '../lib/errors.ts';
import { readSource, type Source } from '../lib/read-source.ts';

export async function readSources(sourcesDir: string): Promise<Source[]> {
  const slugs = (await readdir(sourcesDir))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4))
    .sort();
  if (slugs.length === 0) throw new IngestError(sourcesDir, undefined, 'no source texts (*.txt) found');
  // In slug order: the record files list sources alphabetically (the analyses get the site's order).
  return Promise.all(slugs.map((slug) => readSource(sourcesDir, slug)));
}
