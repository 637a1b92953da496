/**
 * Counterparts as the pages use them, read from the counterparts collection: the blocks under each
 * measure of a chapter page, and the per-source shards and index of the side-by-side page.
 * Nothing is computed here beyond joining the analysis's output with the records for display.
 */
import { getCollection } from 'astro:content';
import type { Element } from 'hast';
import { readAdoptions, readCounterparts } from '../collections.ts';
import { frameworkName, chapterLabel, getChapters, getSources, labelOf, wideLimit } from '../plans.ts';
import { adoptionArticleUrl } from '../urls.ts';
import { displayTitle, measureHeading } from '../display.ts';
import type { SideBySideIndex, SideBySideShard } from '../../schemas/counterparts.ts';
import { counterpartsBlock } from './reading.ts';
import { sideBySideHref } from './side-by-side.ts';

/** Documents listed under a measure when the corpus has more than `wideLimit` sources; the rest are a link away. */
export const readingLimit = 5;

export const sideBySideFile = (slug: string) => `/side-by-side/data/${slug}.json`;

type MeasureData = Awaited<ReturnType<typeof measureData>>[number];
const measureData = async () => (await getCollection('measures')).map((entry) => entry.data);
let measuresById: Promise<Map<string, MeasureData>> | undefined;
const byIdMemo = () => (measuresById ??= measureData().then((list) => new Map(list.map((m) => [m.id, m]))));

let articleMemo: Promise<Map<string, { label: string; url: string }>> | undefined;
/** Framework article id → how a pair's shared article is named (framework and article label) and its adoption page. */
const articleNames = () =>
  (articleMemo ??= readAdoptions().then(async ({ articles, frameworks }) => {
    const names = new Map(await Promise.all(frameworks.map(async (f) => [f.framework, await frameworkName(f.framework)] as const)));
    return new Map(articles.map((a) => [a.id, { label: `${names.get(a.framework)}${a.name}`, url: adoptionArticleUrl(a.framework, a.id) }]));
  }));

let memo: Promise<{ shards: SideBySideShard[]; index: SideBySideIndex }> | undefined;

/** One shard per source for the side-by-side page, and the index of documents and chapters. */
export function getSideBySide() {
  return (memo ??= build());
}

async function build() {
  const [sources, chapters, measures, { bySource }, articles] = await Promise.all([getSources(), getChapters(), measureData(), readCounterparts(), articleNames()]);
  const shards: SideBySideShard[] = sources.map((source) => {
    const own = chapters.filter(({ data }) => data.source === source.slug).map(({ data }) => data);
    const chapterOf = new Map(own.map((c) => [c.number, c.id]));
    const counterpartsOf = new Map((bySource.get(source.slug)?.measures ?? []).map((m) => [m.measure, m.counterparts]));
    return {
      source: source.slug,
      label: labelOf(source.slug).long,
      title: source.title,
      url: `/plans/${source.slug}/`,
      chapters: own.map((c) => ({ id: c.id, label: displayTitle(chapterLabel(c)), url: c.url })),
      measures: measures
        .filter((m) => m.source === source.slug)
        .map((m) => ({
          id: m.id,
          chapter: chapterOf.get(m.chapterNumber) ?? '',
          heading: measureHeading(m),
          url: m.url,
          text: m.text,
          counterparts: (counterpartsOf.get(m.id) ?? []).map((c) => ({
            source: c.source,
            measure: c.measure,
            score: c.score,
            rank: c.rank,
            shared: c.shared,
            passage: [c.passage.start, c.passage.end] as [number, number],
            counterpartPassage: [c.counterpartPassage.start, c.counterpartPassage.end] as [number, number],
            articles: c.adoptBoth,
          })),
        })),
    };
  });
  const index: SideBySideIndex = {
    documents: shards.map((s) => ({ id: s.source, label: s.label, title: s.title, file: sideBySideFile(s.source) })),
    chapters: shards.flatMap((s) => s.chapters.map((c) => ({ id: c.id, document: s.source, label: c.label }))),
    articles: [...articles].map(([id, { label, url }]) => ({ id, label, url })),
  };
  return { shards, index };
}

/** The blocks under the measures of one chapter: measure id → hast. */
export async function chapterCounterpartBlocks(source: string, chapterNumber: number): Promise<Map<string, Element>> {
  const [sources, byId, { bySource }, articles] = await Promise.all([getSources(), byIdMemo(), readCounterparts(), articleNames()]);
  const many = sources.length > wideLimit;
  const blocks = new Map<string, Element>();
  for (const entry of bySource.get(source)?.measures ?? []) {
    const measure = byId.get(entry.measure);
    if (!measure || measure.chapterNumber !== chapterNumber) continue;
    // The best counterpart in each other document, in site order; past wideLimit sources, the best few.
    let best = entry.counterparts.filter((c) => c.rank === 1);
    if (best.length === 0) continue;
    const documents = best.length;
    if (many && best.length > readingLimit) {
      const kept = new Set([...best].sort((x, y) => y.score - x.score).slice(0, readingLimit));
      best = best.filter((c) => kept.has(c));
    }
    const items = best.map((c) => {
      const other = byId.get(c.measure)!;
      return { place: labelOf(c.source).long, heading: measureHeading(other), url: other.url, shared: c.shared, articles: c.adoptBoth.map((id) => articles.get(id)!) };
    });
    blocks.set(entry.measure, counterpartsBlock(entry.measure, items, documents > items.length ? { documents, href: sideBySideHref(source) } : undefined));
  }
  return blocks;
}
