/**
 * The corpus documents' titles from content/sources/*.json, for the remark plugin (which runs
 * outside the content collections). Node-only; pages use the `sources` collection instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusDocument } from './resolve.ts';

export function readCorpusDocuments(dir = 'content/sources'): CorpusDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const settings = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { slug: string; title: string; citedAs?: string[] };
      return { slug: settings.slug, title: settings.title, citedAs: settings.citedAs ?? [] };
    });
}
