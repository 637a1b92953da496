/**
 * The order sources are shown in everywhere: by their settings' `order`, then sources without one
 * by administrative level (the state first), then by slug. Pure, so scripts outside Astro use it too.
 */
import { levels, type SourceSettings } from '../schemas/source.ts';

type Ordered = Pick<SourceSettings, 'slug' | 'level' | 'order'>;

export function compareSources(a: Ordered, b: Ordered): number {
  const rank = (s: Ordered) => s.order ?? Number.POSITIVE_INFINITY;
  const byOrder = rank(a) === rank(b) ? 0 : rank(a) < rank(b) ? -1 : 1;
  return byOrder || levels.indexOf(a.level) - levels.indexOf(b.level) || a.slug.localeCompare(b.slug);
}

/** Slugs in site order. */
export function sourceOrder(sources: Ordered[]): string[] {
  return [...sources].sort(compareSources).map((s) => s.slug);
}

/** A comparator of slugs in the given order; a slug not listed follows, by slug. */
export function bySlugOrder(order: string[]): (a: string, b: string) => number {
  const rank = new Map(order.map((slug, i) => [slug, i]));
  const at = (slug: string) => rank.get(slug) ?? order.length;
  return (a, b) => at(a) - at(b) || a.localeCompare(b);
}
