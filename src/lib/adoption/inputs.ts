/**
 * The matcher as the site runs it, from plain records: the decision's articles, its titles as stop
 * texts, the local measures as the corpus. Pure, so the gold-set test evaluates exactly what the
 * pages show.
 */
import { createMatcher, type MatchOptions } from './match.ts';

export interface MeasureLike {
  id: string;
  source: string;
  chapterNumber: number;
  text: string;
}
export interface SourceLike {
  slug: string;
  role: 'framework' | 'local';
  title: string;
  citedAs: string[];
}

/** `example-3-0-17` → 17. */
export function articleNumber(id: string): number {
  return Number(id.split('-').pop());
}


export function adoptionSetup<M extends MeasureLike>(measures: M[], sources: SourceLike[], options: Partial<MatchOptions> = {}) {
  const framework = sources.find((s) => s.role === 'framework');
  if (!framework) throw new Error('no framework source');
  const localSlugs = new Set(sources.filter((s) => s.role === 'local').map((s) => s.slug));
  // The decision's articles are its measures; its front text (chapter 0) is not one.
  const articles = measures.filter((m) => m.source === framework.slug && m.chapterNumber > 0).sort((a, b) => articleNumber(a.id) - articleNumber(b.id));
  const locals = measures.filter((m) => localSlugs.has(m.source));
  // Every plan cites the decision by title: that is citation, not adoption of an article.
  const match = createMatcher(articles, { stopTexts: [framework.title, ...framework.citedAs], corpus: locals }, options);
  return { framework, articles, locals, match };
}
