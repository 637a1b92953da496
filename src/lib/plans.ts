/** Page data helpers over the content collections: sources in order, chapters, citations. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { bySourceOrder } from './source-order.ts';
import { kindLabel, levelLabel, type SourceSettings } from '../schemas/source.ts';

export type SourceEntry = CollectionEntry<'sources'>;
export type ChapterEntry = CollectionEntry<'chapters'>;

export { bySourceOrder } from './source-order.ts';

export async function getSources(): Promise<SourceSettings[]> {
  const sources = await getCollection('sources');
  return sources.map((entry) => entry.data).sort((a, b) => bySourceOrder(a.slug, b.slug));
}

export async function getChapters(source?: string): Promise<ChapterEntry[]> {
  const chapters = await getCollection('chapters', (entry) => !source || entry.data.source === source);
  return chapters.sort((a, b) => bySourceOrder(a.data.source, b.data.source) || a.data.order - b.data.order);
}

/** `第二章  以党建引领…` or, for untitled front text, its supplied title. */
export function chapterLabel(chapter: ChapterEntry['data']): string {
  return chapter.heading || chapter.title;
}

export function describeSource(source: SourceSettings) {
  return {
    level: levelLabel[source.level],
    kind: kindLabel[source.kind],
    parents: source.parents.join(' · '),
    status: source.status === 'draft' ? '征求意见稿' : '正式文本',
  };
}

export function formatCount(n: number) {
  return n.toLocaleString('zh-CN');
}
