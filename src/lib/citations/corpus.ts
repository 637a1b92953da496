/**
 * The corpus documents' titles from content/sources/*.json, for the remark plugin (which runs
 * outside the content collections). Node-only; pages use the `sources` collection instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceSettings } from '../../schemas/source.ts';
import type { CorpusDocument } from './resolve.ts';
import { sourcesDir } from '../corpus-dirs.ts';

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
