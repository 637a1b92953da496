import type { APIRoute } from 'astro';
import { getChapters, getSources } from '../../lib/plans.ts';
import { jsonResponse } from '../../lib/csv.ts';

/** Every source's chapters and sections, with titles and permalinks. */
export const GET: APIRoute = async () => {
  const sources = await getSources();
  const outline = await Promise.all(
    sources.map(async (source) => ({
      source: source.slug,
      jurisdiction: source.jurisdiction,
      title: source.title,
      url: `/plans/${source.slug}/`,
      chapters: (await getChapters(source.slug)).map(({ data }) => ({
        id: data.id,
        number: data.number,
        heading: data.heading,
        title: data.title,
        url: data.url,
        sections: data.sections,
      })),
    })),
  );
  return jsonResponse(outline);
};
