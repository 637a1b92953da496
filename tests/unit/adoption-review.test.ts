/**
 * Reviewed adoption (src/lib/adoption/review.ts): on a measure a labeller judged against every
 * article, the labels decide; elsewhere the detector's pairs stand. Small inputs written out here.
 */
import { describe, expect, it } from 'vitest';
import { reviewedPairs, reviewsFrom, type Labelling } from '../../src/lib/adoption/review.ts';

const articles = new Map([
  ['f-1', '建立在职党员到社区报到制度，推动党员就近服务群众。'],
  ['f-2', '健全村规民约和居民公约，发挥红白理事会作用。'],
  ['f-3', '推进智慧社区建设。'],
]);
const measures = [
  { id: 'a-1', text: '全面推行双报到，党员到社区认领服务项目。' },
  { id: 'a-2', text: '修订完善村规民约，每村成立红白理事会。' },
  { id: 'a-3', text: '建设智慧社区平台。' },
];
const label = (article: string, extra: Partial<Labelling['measures'][number]['adopts'][number]> = {}) => ({
  article,
  articleQuote: articles.get(article)!.slice(0, 8),
  reason: `reason for ${article}`,
  ...extra,
});
// a-1 and a-2 reviewed; a-3 not.
const labellings: Labelling[] = [
  {
    file: 'set-1.json',
    measures: [
      {
        measure: 'a-1',
        adopts: [label('f-1', { instrument: '在职党员到社区报到', measureWording: '双报到', reasonZh: '“双报到”即该条的报到制度' })],
        near: [label('f-3', { reasonZh: '只是智慧社区的话题' })],
      },
    ],
  },
  { file: 'set-2.json', measures: [{ measure: 'a-2', adopts: [label('f-2', { instrument: '村规民约', measureWording: '修订…村规民约' })], near: [] }] },
];
const detected: Record<string, Array<{ measureId: string; articleId: string }>> = {
  'a-1': [{ measureId: 'a-1', articleId: 'f-3' }],
  'a-2': [{ measureId: 'a-2', articleId: 'f-2' }],
  'a-3': [{ measureId: 'a-3', articleId: 'f-3' }],
};

const pairs = reviewedPairs(
  measures,
  (id) => detected[id] ?? [],
  (measureId, articleId) => ({ measureId, articleId }),
  reviewsFrom(labellings),
  (id) => articles.get(id),
);
const pair = (measure: string, article: string) => pairs.find((p) => p.measureId === measure && p.articleId === article);

describe('reviewed adoption', () => {
  it('adds a labelled pair the detector missed, with the labeller’s words located in both texts', () => {
    expect(pair('a-1', 'f-1')).toMatchObject({
      detected: false,
      adopts: true,
      review: { adopts: true, file: 'set-1.json', instrument: '在职党员到社区报到', measureWording: '双报到' },
    });
    // 双报到 is characters 4–7 of 全面推行双报到; the quote is the article's first 8 characters.
    expect(pair('a-1', 'f-1')!.review!.local).toEqual([[4, 7]]);
    expect(pair('a-1', 'f-1')!.review!.article).toEqual([0, 8]);
  });

  it('rejects a detected pair the labeller did not list, giving the near-miss reason', () => {
    expect(pair('a-1', 'f-3')).toMatchObject({ detected: true, adopts: false, review: { adopts: false, reason: 'reason for f-3', reasonZh: '只是智慧社区的话题' } });
    // A set without a translation gives the reason alone.
    expect(pair('a-2', 'f-2')!.review!.reasonZh).toBeNull();
  });

  it('confirms a detected pair the labeller listed, and locates each part of a wording with …', () => {
    expect(pair('a-2', 'f-2')).toMatchObject({ detected: true, adopts: true, review: { adopts: true, file: 'set-2.json' } });
    // 修订 at 0, 村规民约 at 4.
    expect(pair('a-2', 'f-2')!.review!.local).toEqual([
      [0, 2],
      [4, 8],
    ]);
  });

  it('leaves a measure nobody reviewed as detected', () => {
    expect(pair('a-3', 'f-3')).toMatchObject({ detected: true, adopts: true, review: null });
  });

  it('gives exactly the detected pairs and the added ones', () => {
    expect(pairs.map((p) => `${p.measureId}>${p.articleId}`).sort()).toEqual(['a-1>f-1', 'a-1>f-3', 'a-2>f-2', 'a-3>f-3']);
  });

  it('skips a labelled unit that is not one of the framework’s articles (its front text)', () => {
    const withFront = reviewsFrom([{ file: 's.json', measures: [{ measure: 'a-3', adopts: [label('f-1'), { article: 'f-0', articleQuote: '前言', reason: 'r' }], near: [] }] }]);
    const out = reviewedPairs(
      measures.slice(2),
      () => [],
      (measureId, articleId) => ({ measureId, articleId }),
      withFront,
      (id) => articles.get(id),
    );
    expect(out.map((p) => p.articleId)).toEqual(['f-1']);
  });

  it('refuses a measure reviewed in two sets, naming both files', () => {
    const twice = [labellings[0], { file: 'set-3.json', measures: [{ measure: 'a-1', adopts: [], near: [] }] }];
    expect(() => reviewsFrom(twice)).toThrow(/set-3\.json: the measure a-1 is also labelled in set-1\.json/);
  });
});
