/**
 * Page data helpers over the content collections: sources in order, how each is labelled and
 * coloured, sentences about the corpus, chapters. Nothing here names a source: everything comes
 * from the settings files.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { bySlugOrder, compareSources, sourceOrder } from './source-order.ts';
import { kindLabel, levelLabel, type SourceSettings } from '../schemas/source.ts';

export type SourceEntry = CollectionEntry<'sources'>;
export type ChapterEntry = CollectionEntry<'chapters'>;

const allSettings = (await getCollection('sources')).map((entry) => entry.data);

/** Compares two slugs in site order (settings `order`, then level, then slug). */
export const bySourceOrder = bySlugOrder(sourceOrder(allSettings));

export async function getSources(): Promise<SourceSettings[]> {
  return [...allSettings].sort(compareSources);
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

export interface SourceLabel {
  /** Full label: the jurisdiction, with the short document name where two documents share it. */
  long: string;
  /** For narrow columns and chart axes: the jurisdiction without its 省/市/县/区 suffix, likewise. */
  short: string;
}

const shared = new Map<string, number>();
for (const s of allSettings) shared.set(s.jurisdiction, (shared.get(s.jurisdiction) ?? 0) + 1);

/**
 * How a source is named in columns, legends, cards and charts. A jurisdiction names its document
 * unless two documents share it; then the short document name (settings `shortName`, else the
 * title) tells them apart.
 */
export function sourceLabel(source: Pick<SourceSettings, 'jurisdiction' | 'shortName' | 'title'>): SourceLabel {
  const place = source.jurisdiction;
  const bare = place.length > 2 ? place.replace(/[省市县区]$/, '') : place;
  if ((shared.get(place) ?? 0) < 2) return { long: place, short: bare };
  const doc = source.shortName ?? source.title;
  return { long: `${place}·${doc}`, short: `${bare}·${doc}` };
}

/** The label of a slug (a slug not in the corpus labels itself). */
export function labelOf(slug: string): SourceLabel {
  const source = allSettings.find((s) => s.slug === slug);
  return source ? sourceLabel(source) : { long: slug, short: slug };
}

/**
 * Chart colours with at least 4.5:1 contrast on white (WCAG AA for text and thin marks), so a
 * colour derived from a slug is always legible.
 */
export const chartPalette = ['#0b57a4', '#a4262c', '#2f7d4f', '#8a5a00', '#6b3fa0', '#00707a', '#b0306a', '#4d5b00', '#8c3b00', '#3a4f9c', '#7a4a6e', '#1f6b3a'];

/** A source's colour: its settings `colour`, else one picked from the palette by the slug (FNV-1a). */
export function sourceColour(source: Pick<SourceSettings, 'slug' | 'colour'>): string {
  if (source.colour) return source.colour;
  let hash = 0x811c9dc5;
  for (const ch of source.slug) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return chartPalette[hash % chartPalette.length];
}

/** The colour of a slug in charts. */
export function colourOf(slug: string): string {
  return sourceColour(allSettings.find((s) => s.slug === slug) ?? { slug });
}

/** `A、B、C` or, past `max` items, `A、B、C 等 N 个`. */
export function listNames(names: string[], max = 6, noun = '个'): string {
  if (names.length <= max) return names.join('、');
  return `${names.slice(0, max).join('、')}等 ${formatCount(names.length)} ${noun}`;
}

/** How a framework document is named in running text: its short name, else `《title》`. */
export function frameworkNameOf(source: Pick<SourceSettings, 'shortName' | 'title'>): string {
  return source.shortName ?? `《${source.title}》`;
}

/** How the framework `slug` (an adoption summary's `framework`) is named in running text. */
export async function frameworkName(slug: string): Promise<string> {
  const analysed = (await getSources()).find((s) => s.slug === slug);
  return analysed ? frameworkNameOf(analysed) : '框架文件';
}

/** Sentences about the corpus, computed from the settings: how many texts, of which kinds, where. */
export function describeCorpus(sources: SourceSettings[]) {
  const frameworks = sources.filter((s) => s.role === 'framework');
  const locals = sources.filter((s) => s.role === 'local');
  const places = (list: SourceSettings[]) => [...new Set(list.map((s) => s.jurisdiction))];
  const localPlaces = places(locals);
  const parts = [
    frameworks.length > 0 &&
      `${formatCount(frameworks.length)} 份框架文件（${listNames(
        frameworks.map((s) => `《${s.title}》`),
        3,
        '份',
      )}）`,
    locals.length > 0 && `${listNames(localPlaces, 6, '地')}的 ${formatCount(locals.length)} 份地方文本`,
  ].filter(Boolean);
  return {
    frameworks,
    locals,
    /** `12 份文本` */
    count: `${formatCount(sources.length)} 份文本`,
    /** `1 份框架文件（《…》）与甲市、乙县的 2 份地方文本` */
    summary: parts.join('与'),
    /** `甲市、乙县` (or `甲市、乙县…等 40 地`) */
    localPlaces: listNames(localPlaces, 6, '地'),
    /** How the frameworks are named in running text: the short name (or `《title》`) of one, `框架文件` for several. */
    frameworkName: frameworks.length === 1 ? frameworkNameOf(frameworks[0]) : '框架文件',
  };
}

/**
 * Most sources shown side by side as columns of one table. Past this, a page would grow with
 * rows × sources, so aggregate pages list and link to per-source or per-row pages instead.
 */
export const wideLimit = 12;
