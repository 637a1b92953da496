/**
 * Provincial adoption, computed once per build from the collections (module-level memo): the
 * matrix page, the 28 article pages and /data/adoption.json all read the same result.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getSources } from '../plans.ts';
import { adoptionSetup, articleNumber } from './inputs.ts';
import { articleNumeral, defaultOptions, type AdoptionMatch } from './match.ts';

export { articleNumber } from './inputs.ts';

type Measure = CollectionEntry<'measures'>['data'];

export interface Article {
  id: string;
  /** Article number as the decision writes it: 17 for (十七). */
  number: number;
  numeral: string;
  title: string;
  text: string;
  url: string;
}

export interface Adoption {
  articles: Article[];
  /** Local sources in site order. */
  sources: Array<{ slug: string; jurisdiction: string }>;
  /** Local sources not written to implement the decision (settings `implements` empty). */
  predates: Set<string>;
  /** Adopting pairs only (score ≥ threshold), best first within each article. */
  matches: AdoptionMatch[];
  measures: Map<string, Measure>;
  /** matrix[articleId][source] = adopting measures and their best score. */
  matrix: Record<string, Record<string, { count: number; best: number }>>;
  /** Local measures per source, and how many adopt at least one article. */
  coverage: Record<string, { measures: number; adopting: number }>;
  options: typeof defaultOptions;
}

let memo: Promise<Adoption> | undefined;

export function getAdoption(): Promise<Adoption> {
  memo ??= (async () => {
    const sources = await getSources();
    const locals = sources.filter((s) => s.role === 'local');
    const all = (await getCollection('measures')).map((e) => e.data);
    const setup = adoptionSetup(all, sources);
    const { match, locals: localMeasures } = setup;
    const articles: Article[] = setup.articles.map((m) => ({ id: m.id, number: articleNumber(m.id), numeral: articleNumeral(articleNumber(m.id)), title: m.title, text: m.text, url: m.url }));
    const matches = localMeasures.flatMap((m) => match(m).filter((r) => r.adopts));
    const measures = new Map(all.map((m) => [m.id, m]));
    const matrix: Adoption['matrix'] = {};
    for (const r of matches) {
      const source = measures.get(r.measureId)!.source;
      const cell = ((matrix[r.articleId] ??= {})[source] ??= { count: 0, best: 0 });
      cell.count++;
      cell.best = Math.max(cell.best, r.score);
    }
    const coverage: Adoption['coverage'] = {};
    for (const s of locals) {
      const own = localMeasures.filter((m) => m.source === s.slug);
      coverage[s.slug] = { measures: own.length, adopting: own.filter((m) => matches.some((r) => r.measureId === m.id)).length };
    }
    const order = new Map(localMeasures.map((m, i) => [m.id, i]));
    matches.sort((a, b) => articleNumber(a.articleId) - articleNumber(b.articleId) || order.get(a.measureId)! - order.get(b.measureId)!);
    return { articles, sources: locals.map((s) => ({ slug: s.slug, jurisdiction: s.jurisdiction })), predates: new Set(locals.filter((s) => s.implements.length === 0).map((s) => s.slug)), matches, measures, matrix, coverage, options: defaultOptions };
  })();
  return memo;
}
