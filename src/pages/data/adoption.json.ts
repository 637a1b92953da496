import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/csv.ts';
import { readAdoptions } from '../../lib/collections.ts';
import { adoptionArticleUrl, adoptionUrl } from '../../lib/urls.ts';

/**
 * Every (local measure, framework article) pair detected or reviewed, with why, for every framework: the article's
 * instruments the measure states, the clauses it restates and the passages it shares (offsets into
 * each text); per framework the coverage and dictionary applied; and the matcher's measured precision
 * and recall on each hand-labelled evaluation set. Articles, matches and evaluations name their framework.
 */
export const GET: APIRoute = async () => {
  const { frameworks, articles, matches, rejected, measures } = await readAdoptions();
  const evaluations = frameworks.flatMap((f) => f.evaluations);
  return jsonResponse({
    method:
      'adopts when the measure states one of the article’s instruments (content/instruments.json; scope checked per sentence), or a clause restates one of the article’s clauses (character 2–3-gram TF-IDF cosine ≥ clauseThreshold), or verbatim passages score ≥ threshold (common substrings ≥ minLength joined across gaps ≤ maxGap; generic and title passages dropped unless they word one of the article’s instruments; score = informative characters); wording in a sentence about a level an instrument is not for does not count',
    // The same for every framework (the matcher's defaults).
    options: frameworks[0]?.options ?? null,
    // The framework most local texts implement first; each matched on its own.
    review:
      'on a measure a labeller judged against every unit of the framework (an adoption evaluation set), the labels decide: `adopts` is the review’s verdict, `detected` what the detector found; the detector’s precision and recall are computed from `detected` alone',
    frameworks: frameworks.map((f) => ({
      framework: f.framework,
      page: adoptionUrl(f.framework),
      predates: [...f.predates],
      coverage: f.coverage,
      dictionary: f.dictionary,
      review: f.review,
    })),
    // Every labelled set, per framework held-out sets first (read once after the matcher was frozen: the figures to cite).
    evaluations,
    articles: articles.map(({ text: _t, ...a }) => ({ ...a, page: adoptionArticleUrl(a.framework, a.id) })),
    // Every pair detected or reviewed: the adopting ones (`adopts`) and the detections a review rejected.
    matches: [...matches, ...rejected]
      .sort((a, b) => a.order - b.order)
      .map((m) => {
        const measure = measures.get(m.measureId)!;
        return {
          measure: m.measureId,
          source: measure.source,
          jurisdiction: measure.jurisdiction,
          measureUrl: measure.url,
          framework: m.framework,
          article: m.articleId,
          articleNumber: m.articleNumber,
          adopts: m.adopts,
          detected: m.detected,
          review: m.review,
          score: m.score,
          instruments: m.instruments,
          clauses: m.clauses,
          passages: m.passages,
        };
      }),
  });
};
