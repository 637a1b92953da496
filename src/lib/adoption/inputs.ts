/**
 * The matcher as the site runs it, from plain records: the decision's articles, its titles as stop
 * texts, the local measures as the corpus, and the instrument dictionary. Pure, so the evaluation
 * test measures exactly what the pages show.
 */
import type { MeasureRecord } from '../../schemas/records.ts';
import type { Instrument } from '../../schemas/instruments.ts';
import { createClauseAligner, defaultClauseAlignOptions } from './clause-align.ts';
import { createAdoptionDecider } from './decide.ts';
import { createMatcher, defaultOptions, type MatchOptions } from './match.ts';

/** The fields of a measure record (src/schemas/records.ts) adoption reads; `number` is an article's (17 for (十七)). */
export type MeasureLike = Pick<MeasureRecord, 'id' | 'source' | 'chapterNumber' | 'number' | 'text'> & Partial<Pick<MeasureRecord, 'chapterTitle' | 'sectionTitle'>>;
export interface SourceLike {
  slug: string;
  role: 'framework' | 'local';
  title: string;
  citedAs: string[];
  /** The documents a local text is written to implement (settings `implements`). */
  implements: string[];
}

/**
 * The frameworks adoption is measured against, every framework text of the corpus: the one most
 * local texts say they implement (settings `implements`) first, then the others by that count, the
 * corpus's order on a tie. A corpus can hold several (a national opinion, a provincial decision, a law
 * a plan rests on); each is matched on its own, and the order must not depend on which settings file
 * happens to come first.
 */
export function frameworksByUse<S extends SourceLike>(sources: S[]): S[] {
  const implementing = (f: S) => sources.filter((s) => s.role === 'local' && s.implements.includes(f.slug)).length;
  const frameworks = sources.filter((s) => s.role === 'framework');
  return frameworks
    .map((f, i) => ({ f, i, n: implementing(f) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ f }) => f);
}

/** The framework most local texts implement (the first of frameworksByUse), or undefined when there is none. */
export function adoptedFramework<S extends SourceLike>(sources: S[]): S | undefined {
  return frameworksByUse(sources)[0];
}

/**
 * The framework a hand-labelled set was judged against: the source of the units it labels as adopted
 * (every set is labelled against one framework's units), or the adopted framework when it labels none.
 */
export function judgedFramework<S extends SourceLike>(labelledUnits: string[], sourceOfUnit: (unit: string) => string | undefined, sources: S[]): S | undefined {
  const frameworks = sources.filter((s) => s.role === 'framework');
  const named = labelledUnits.map(sourceOfUnit).find((slug) => frameworks.some((f) => f.slug === slug));
  return frameworks.find((f) => f.slug === named) ?? adoptedFramework(sources);
}

/**
 * How common wording is told from reuse, relative to each local text's own measures: a passage in
 * at least `termShare` of them (and at least `termMin`) is a term the text uses everywhere; a 4-gram
 * in at least `commonShare` (and `commonMin`) is the text's common wording. Judged within the
 * measure's own source only, so adding or removing other documents never changes a plan's result.
 */
export interface CorpusOptions {
  termShare: number;
  termMin: number;
  commonShare: number;
  commonMin: number;
}
export const defaultCorpusOptions: CorpusOptions = { termShare: 0.02, termMin: 3, commonShare: 0.034, commonMin: 4 };

export type AdoptionOptions = Omit<MatchOptions, 'termIn' | 'commonIn'> & CorpusOptions & { clauseThreshold: number };

/**
 * The texts a framework is compared with: those whose settings say they implement it — local texts,
 * and frameworks too (a provincial decision implementing a national opinion: adoption runs down every
 * level) — and the local texts that name none of the corpus's frameworks (what they implement is not
 * known, so shared wording and instruments are reported, as 措辞同 and 举措同). A text that names other
 * frameworks only is not compared with this one: its settings say what it implements. So the work
 * grows with the texts that implement each framework, not with frameworks × texts.
 */
export function comparedWith<S extends SourceLike>(framework: SourceLike, sources: S[]): S[] {
  const frameworks = new Set(sources.filter((s) => s.role === 'framework').map((s) => s.slug));
  const namesNone = (s: S) => s.role === 'local' && !s.implements.some((slug) => frameworks.has(slug));
  return sources.filter((s) => s.slug !== framework.slug && (s.implements.includes(framework.slug) || namesNone(s)));
}

/** The matcher for one framework (by default the adopted one) over the measures of the local texts compared with it. */
export function adoptionSetup<M extends MeasureLike, S extends SourceLike>(
  measures: M[],
  sources: S[],
  instruments: Instrument[] = [],
  options: Partial<AdoptionOptions> = {},
  framework: S | undefined = adoptedFramework(sources),
) {
  if (!framework) throw new Error('no framework source');
  const { termIn: _t, commonIn: _c, ...matchDefaults } = defaultOptions;
  const opts: AdoptionOptions = { ...matchDefaults, ...defaultCorpusOptions, clauseThreshold: defaultClauseAlignOptions.threshold, ...options };
  const localSlugs = new Set(comparedWith(framework, sources).map((s) => s.slug));
  // The decision's articles are its measures; its front text (chapter 0) is not one.
  const articles = measures.filter((m) => m.source === framework.slug && m.chapterNumber > 0).sort((a, b) => a.number - b.number);
  const locals = measures.filter((m) => localSlugs.has(m.source));
  // Every plan cites the decision by title: that is citation, not adoption of an article.
  const stopTexts = [framework.title, ...framework.citedAs];
  // Built once from the framework alone: the same for every local text.
  const align = createClauseAligner(articles, { threshold: opts.clauseThreshold }, stopTexts);
  const matchers = new Map<string, ReturnType<typeof createAdoptionDecider>>();
  const matcherOf = (source: string) => {
    let matcher = matchers.get(source);
    if (!matcher) {
      const own = locals.filter((m) => m.source === source);
      const termIn = Math.max(opts.termMin, Math.ceil(opts.termShare * own.length));
      const commonIn = Math.max(opts.commonMin, Math.ceil(opts.commonShare * own.length));
      matcher = createAdoptionDecider(articles, instruments, createMatcher(articles, { stopTexts, corpus: own }, { ...opts, termIn, commonIn }), align);
      matchers.set(source, matcher);
    }
    return matcher;
  };
  const headingsOf = (m: M) => [m.chapterTitle, m.sectionTitle].filter((t): t is string => !!t);
  const match = (measure: M) => matcherOf(measure.source)({ id: measure.id, text: measure.text, headings: headingsOf(measure) });
  return { framework, articles, locals, match, options: opts };
}
