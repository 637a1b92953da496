/** The rows of the open data files, in one place so JSON and CSV cannot drift apart. */
import type { CollectionEntry } from 'astro:content';
import { bySourceOrder } from './plans.ts';

export const measureFields = [
  'id', 'source', 'jurisdiction', 'chapterNumber', 'chapterTitle', 'sectionNumber', 'sectionTitle', 'label', 'title', 'text', 'url', 'line',
] as const;

export function measureRows(entries: CollectionEntry<'measures'>[]) {
  // The collection keeps ingest's order within a source; sources go province first.
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => bySourceOrder(a.entry.data.source, b.entry.data.source) || a.index - b.index)
    .map(({ entry }) => entry.data);
}

export function tableRows(entries: CollectionEntry<'tables'>[]) {
  return entries.map((entry) => entry.data);
}
