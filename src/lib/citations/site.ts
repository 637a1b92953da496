/** The citation index from the content collections, built once per build. */
import { getCollection } from 'astro:content';
import { measureRows } from '../open-data.ts';
import { buildCitationIndex, type CitedDocument } from './index.ts';
import { createResolver } from './resolve.ts';
import { citationUnits } from './units.ts';

let cached: Promise<CitedDocument[]> | undefined;

export function getCitationIndex(): Promise<CitedDocument[]> {
  cached ??= (async () => {
    const [sources, measures, tables, panels] = await Promise.all([getCollection('sources'), getCollection('measures'), getCollection('tables'), getCollection('panels')]);
    const resolver = createResolver(sources.map(({ data }) => ({ slug: data.slug, title: data.title, citedAs: data.citedAs })));
    return buildCitationIndex(
      citationUnits(
        measureRows(measures),
        tables.map((t) => t.data),
        panels.map((p) => p.data),
      ),
      resolver,
    );
  })();
  return cached;
}
