import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/csv.ts';
import { readCitations } from '../../lib/collections.ts';
import { getSources } from '../../lib/plans.ts';

/** Every document title cited in the texts, whether in the corpus, and every place it is cited. */
export const GET: APIRoute = async () => {
  const [index, sources] = await Promise.all([readCitations(), getSources()]);
  const jurisdiction = new Map(sources.map((s) => [s.slug, s.jurisdiction]));
  return jsonResponse(
    index.map((doc) => ({
      title: doc.slug ? sources.find((s) => s.slug === doc.slug)!.title : doc.title,
      variants: doc.variants,
      inCorpus: Boolean(doc.slug),
      ...(doc.slug ? { slug: doc.slug, url: `/plans/${doc.slug}/` } : {}),
      anchor: `/citations/#${doc.anchor}`,
      places: doc.places.map((p) => ({
        source: p.source,
        jurisdiction: jurisdiction.get(p.source),
        unit: p.unit,
        url: p.url,
        cited: p.cited,
        count: p.count,
        ...(p.resolvedBy ? { resolvedBy: p.resolvedBy } : {}),
      })),
    })),
  );
};
