/** Step 1, read: every `content/sources/{slug}.txt` with its settings, checked (scripts/lib/read-source.ts). */
import { listSources, readSource, type Source } from '../lib/read-source.ts';

export async function readSources(sourcesDir: string): Promise<Source[]> {
  // Pairs every text with its settings, or says which file is missing or misnamed.
  const slugs = await listSources(sourcesDir);
  // In slug order: the record files list sources alphabetically (the analyses get the site's order).
  return Promise.all(slugs.map((slug) => readSource(sourcesDir, slug)));
}
