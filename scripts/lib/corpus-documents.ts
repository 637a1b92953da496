/**
 * The corpus documents' titles from the settings files (content/sources/*.json), for `npm run add`,
 * which proposes `implements` from the titles a new text cites. Node-only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusDocument } from '../../src/lib/citations/resolve.ts';
import { sourceSettings } from '../../src/schemas/source.ts';
import { sourcesDir } from '../../src/lib/corpus-dirs.ts';

export function readCorpusDocuments(dir = sourcesDir): CorpusDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      // The same schema as the `sources` collection, so both read a settings file alike.
      const settings = sourceSettings.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      return { slug: settings.slug, title: settings.title, citedAs: settings.citedAs };
    });
}
