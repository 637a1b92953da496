import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/csv.ts';
import { readAdoption } from '../../lib/collections.ts';

/**
 * Every adopting (local measure, article) pair with why: the article's instruments the measure states,
 * the clauses it restates and the passages it shares (offsets into each text); and the matcher's
 * measured precision and recall on each hand-labelled evaluation set.
 */
export const GET: APIRoute = async () => {
  const { articles, matches, measures, options, coverage, dictionary, evaluations } = await readAdoption();
  return jsonResponse({
    method:
      'adopts when the measure states one of the article’s instruments (content/instruments.json; scope checked per sentence), or a clause restates one of the article’s clauses (character 2–3-gram TF-IDF cosine ≥ clauseThreshold), or verbatim passages score ≥ threshold (common substrings ≥ minLength joined across gaps ≤ maxGap; generic and title passages dropped unless they word one of the article’s instruments; score = informative characters); wording in a sentence about a level an instrument is not for does not count',
    options,
    dictionary,
    // Every labelled set, held-out sets first (read once after the matcher was frozen: the figures to cite).
    evaluations,
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
        instruments: m.instruments,
        clauses: m.clauses,
        passages: m.passages,
      };
    }),
  });
};
