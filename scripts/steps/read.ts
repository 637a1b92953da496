/** Step 1, read: every `content/sources/{slug}.txt` with its settings, checked (scripts/lib/read-source.ts). */
import { join } from 'node:path';
import { IngestError } from '../lib/errors.ts';
import { listSources, readSource, type Source } from '../lib/read-source.ts';

export async function readSources(sourcesDir: string): Promise<Source[]> {
  // Pairs every text with its settings, or says which file is missing or misnamed.
  const slugs = await listSources(sourcesDir);
  // In slug order: the record files list sources alphabetically (the analyses get the site's order).
  const sources = await Promise.all(slugs.map((slug) => readSource(sourcesDir, slug)));
  checkAcrossSources(sourcesDir, sources);
  return sources;
}

/** What one settings file cannot check alone: `/adoption/{n}/` can lead to one framework only. */
function checkAcrossSources(sourcesDir: string, sources: Source[]) {
  const short = sources.filter((s) => s.settings.shortAdoptionUrls);
  for (const s of short) {
    if (s.settings.role !== 'framework') {
      throw new IngestError(join(sourcesDir, `${s.settings.slug}.json`), undefined, '"shortAdoptionUrls" is for a framework (role "framework"): remove it from this local text');
    }
  }
  if (short.length > 1) {
    const [, second] = short;
    throw new IngestError(
      join(sourcesDir, `${second.settings.slug}.json`),
      undefined,
      `"shortAdoptionUrls" is set on ${short.map((s) => s.settings.slug).join(' and ')}: /adoption/{n}/ can lead to one framework only; keep it on the one whose pages were published there`,
    );
  }
}
