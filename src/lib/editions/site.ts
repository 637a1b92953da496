/** Page data for /plans/{source}/editions/…: the sources that keep more than one edition. */
import { getCollection } from 'astro:content';
import type { Edition } from '../../schemas/edition.ts';
import { getSources } from '../plans.ts';

export async function editionSeries() {
  const editions = (await getCollection('editions')).map((entry) => entry.data);
  const sources = await getSources();
  return sources
    .map((source) => ({ source, editions: editions.filter((e) => e.source === source.slug).sort((a, b) => a.order - b.order) }))
    .filter(({ editions: kept }) => kept.length > 1);
}

export function editionUrl(edition: Edition) {
  return `/plans/${edition.source}/editions/${edition.edition}/`;
}

export function changesUrl(edition: Edition) {
  return `${editionUrl(edition)}changes/`;
}
