/**
 * Reviewed adoption. A hand labelling of a measure against every unit of a framework (a set in
 * content/adoption-evaluation*.json) is a review of all that measure's pairs: on a reviewed measure
 * the labels decide, on the others the detector's pairs stand. Pure.
 * - a detected pair the labeller lists is confirmed;
 * - a listed pair the detector missed is added, with the labeller's words on both sides and reason;
 * - a detected pair the labeller does not list is rejected, with the labeller's near-miss reason
 *   when there is one.
 * The detector's own figures (precision, recall) are computed from `detected`, never from this.
 */
import { locate } from './decide.ts';

/** One labelled pair as a set gives it (src/schemas/curated.ts). */
export interface PairLabel {
  article: string;
  articleQuote: string;
  reason: string;
  /** The reason in Chinese, where the set gives a translation. */
  reasonZh?: string;
  instrument?: string;
  measureWording?: string;
}

/** A primary labelling (a set that is not a second labelling of another). */
export interface Labelling {
  /** The set's file under content/. */
  file: string;
  measures: Array<{ measure: string; adopts: PairLabel[]; near: PairLabel[] }>;
}

export interface ReviewedMeasure {
  file: string;
  adopts: Map<string, PairLabel>;
  near: Map<string, PairLabel>;
}

/**
 * Every measure the labellings review, by id. A measure reviewed in two sets is an error the
 * curator must settle: two verdicts on one pair cannot both be shown.
 */
export function reviewsFrom(labellings: Labelling[]): Map<string, ReviewedMeasure> {
  const reviews = new Map<string, ReviewedMeasure>();
  for (const { file, measures } of labellings) {
    for (const m of measures) {
      const earlier = reviews.get(m.measure);
      if (earlier) throw new Error(`${file}: the measure ${m.measure} is also labelled in ${earlier.file}: a measure is reviewed once; drop it from one of the sets`);
      reviews.set(m.measure, { file, adopts: new Map(m.adopts.map((a) => [a.article, a])), near: new Map(m.near.map((n) => [n.article, n])) });
    }
  }
  return reviews;
}

/** What the review says of one pair. */
export interface PairReview {
  adopts: boolean;
  /** The set the verdict comes from. */
  file: string;
  /** The labeller's reason: for an adoption, why; for a rejected detection, the near-miss reason, or '' when none was written. */
  reason: string;
  /** Its Chinese translation, where the set gives one. */
  reasonZh: string | null;
  /** For an adoption: the article's instrument as the labeller named it, and the words on both sides. */
  instrument: string | null;
  measureWording: string | null;
  articleQuote: string | null;
  /** Where those words are: [start, end) in the measure's text (one range per part of a wording with …), and in the article's. */
  local: Array<[number, number]>;
  article: [number, number] | null;
}

/** The review of (measure, article) when the measure is reviewed; null when it is not. */
export function reviewOf(review: ReviewedMeasure | undefined, measureText: string, articleId: string, articleText: string): PairReview | null {
  if (!review) return null;
  const label = review.adopts.get(articleId);
  if (!label) {
    const near = review.near.get(articleId);
    return {
      adopts: false,
      file: review.file,
      reason: near?.reason ?? '',
      reasonZh: near?.reasonZh ?? null,
      instrument: null,
      measureWording: null,
      articleQuote: null,
      local: [],
      article: null,
    };
  }
  const wording = label.measureWording ?? null;
  return {
    adopts: true,
    file: review.file,
    reason: label.reason,
    reasonZh: label.reasonZh ?? null,
    instrument: label.instrument ?? null,
    measureWording: wording,
    articleQuote: label.articleQuote,
    local: (wording ?? '')
      .split('…')
      .map((part) => locate(measureText, part))
      .filter((range): range is [number, number] => range !== null),
    article: locate(articleText, label.articleQuote),
  };
}

/**
 * The pairs a page shows, detected and reviewed: every detected pair and every pair a review adds,
 * each with `detected`, its `review` (null on a measure nobody reviewed) and `adopts`, the verdict
 * that counts: the review's where there is one, else the detector's. `detectedOf(measure)` are the
 * detector's adopting pairs of the measure; `added(measure, article)` makes the entry of a pair the
 * detector did not find.
 */
export function reviewedPairs<P extends { measureId: string; articleId: string }>(
  measures: Array<{ id: string; text: string }>,
  detectedOf: (measure: string) => P[],
  added: (measure: string, article: string) => P,
  reviews: Map<string, ReviewedMeasure>,
  articleTextOf: (article: string) => string | undefined,
): Array<P & { detected: boolean; adopts: boolean; review: PairReview | null }> {
  return measures.flatMap((measure) => {
    const review = reviews.get(measure.id);
    const detected = detectedOf(measure.id);
    const found = new Set(detected.map((p) => p.articleId));
    // Articles of another framework, or no longer in the text, are not this framework's pairs.
    const missed = [...(review?.adopts.keys() ?? [])].filter((article) => !found.has(article) && articleTextOf(article) !== undefined);
    return [...detected.map((p) => ({ pair: p, detected: true })), ...missed.map((article) => ({ pair: added(measure.id, article), detected: false }))].map(
      ({ pair, detected }) => {
        const verdict = reviewOf(review, measure.text, pair.articleId, articleTextOf(pair.articleId) ?? '');
        return { ...pair, detected, adopts: verdict ? verdict.adopts : detected, review: verdict };
      },
    );
  });
}
