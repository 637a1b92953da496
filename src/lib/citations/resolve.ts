/**
 * Which corpus document a cited title names, if any. A document is known by its settings'
 * `title` and `citedAs` (content/sources/*.json), compared after normaliseTitle. Pure.
 */
import { normaliseTitle } from './normalise.ts';

export interface CorpusDocument {
  slug: string;
  title: string;
  citedAs?: readonly string[];
}

export interface Resolution {
  slug: string;
  /** How the title was recognised: the document's title, one of its citedAs, or 本《…》 in the document itself. */
  by: 'title' | 'citedAs' | 'self';
}

export interface Resolver {
  resolve(title: string, context?: { source?: string; before?: string }): Resolution | undefined;
}

/** 本《规划》 / 本《意见》: the citing document names itself by its kind. */
const SELF_REFERENCE = /^(规划|意见|实施意见|决定|方案)$/;

export function createResolver(documents: readonly CorpusDocument[]): Resolver {
  const byKey = new Map<string, Resolution>();
  for (const doc of documents) {
    for (const alias of doc.citedAs ?? []) byKey.set(normaliseTitle(alias), { slug: doc.slug, by: 'citedAs' });
    byKey.set(normaliseTitle(doc.title), { slug: doc.slug, by: 'title' });
  }
  const slugs = new Set(documents.map((d) => d.slug));
  return {
    resolve(title, context = {}) {
      const found = byKey.get(normaliseTitle(title));
      if (found) return found;
      if (context.before === '本' && context.source && slugs.has(context.source) && SELF_REFERENCE.test(title.trim())) {
        return { slug: context.source, by: 'self' };
      }
      return undefined;
    },
  };
}
