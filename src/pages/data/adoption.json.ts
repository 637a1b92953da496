import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/csv.ts';
import { readAdoption } from '../../lib/collections.ts';

/** Every adopting (local measure, article) pair with its shared passages (offsets into each text). */
export const GET: APIRoute = async () => {
  const { articles, matches, measures, options, coverage } = await readAdoption();
  return jsonResponse({
    method: 'character 4-gram candidates; common substrings ≥ minLength joined across gaps ≤ maxGap; generic and title passages dropped; score = informative characters; adopts when score ≥ threshold',
    options,
    coverage,
    articles: articles.map(({ text: _t, ...a }) => ({ ...a, page: `/adoption/${a.number}/` })),
    matches: matches.map((m) => {
      const measure = measures.get(m.measureId)!;
      return {
        measure: m.measureId,
        source: measure.source,
        jurisdiction: measure.jurisdiction,
        measureUrl: measure.url,
        article: m.articleId,
        articleNumber: m.articleNumber,
        score: m.score,
        passages: m.passages,
      };
    }),
  });
};
