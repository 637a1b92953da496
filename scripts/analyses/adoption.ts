/**
 * Adoption: for every framework of the corpus and every local measure, the framework's articles it
 * adopts — it states one of the article's instruments (content/instruments.json) or reuses its
 * wording (src/lib/adoption/) — corrected, on the measures a labeller reviewed against every article
 * (the adoption evaluation sets), by the labels; and per article × source how many measures adopt it.
 */
import { adoptionSetup, comparedWith, frameworksByUse, judgedFramework } from '../../src/lib/adoption/inputs.ts';
import { articleLabel, articleName, articleNumeral } from '../../src/lib/adoption/match.ts';
import { evaluateAdoption } from '../../src/lib/adoption/evaluate.ts';
import { reviewedPairs, reviewsFrom, type Labelling } from '../../src/lib/adoption/review.ts';
import type { AdoptionArticle, AdoptionEvaluationEntry, AdoptionMatchEntry, AdoptionSummary } from '../../src/schemas/adoption.ts';
import type { Instrument } from '../../src/schemas/instruments.ts';
import { curatedNamesWith, adoptionEvaluationFileSchema, curatedFiles, type AdoptionEvaluationFile, type Curated, type CuratedName } from '../../src/schemas/curated.ts';
import { agreement, labellingOf } from '../../src/lib/evaluation/agreement.ts';
import type { Analysis, Corpus } from './types.ts';

/**
 * The adoption evaluation sets: every curated file of the evaluation shape. Those with `use` are
 * scored; those with `secondOf` are second labellings, for agreement. Adding a set is one line in
 * src/schemas/curated.ts.
 */
const evaluationFiles = curatedNamesWith(adoptionEvaluationFileSchema);

type EvaluationContext = {
  articles: string[];
  found: (measure: string, article: string) => boolean;
  sources: string[];
  sourceOf: Map<string, string>;
};

/** Two labellings' agreement over the second one's measures that are in this corpus (src/lib/evaluation/agreement.ts). */
function agreementWith(
  set: AdoptionEvaluationFile,
  second: AdoptionEvaluationFile,
  path: string,
  { articles, sourceOf }: EvaluationContext,
): AdoptionEvaluationEntry['agreements'][number] | null {
  const measures = second.measures.map((m) => m.measure).filter((m) => sourceOf.has(m));
  if (measures.length === 0 || articles.length === 0) return null;
  const { pairs, raw, kappa, positive } = agreement(measures, articles, labellingOf(set.measures).labelling, labellingOf(second.measures).labelling);
  return { file: path, measures: measures.length, pairs, raw, kappa, positive };
}

/** One set's scores (src/lib/adoption/evaluate.ts), with the agreement of any second labelling of it. */
function evaluation(name: CuratedName, curated: Curated, context: EvaluationContext): Omit<AdoptionEvaluationEntry, 'order' | 'framework'> | null {
  const set = curated[name] as AdoptionEvaluationFile | undefined;
  if (!set?.use) return null;
  const { articles, found, sources, sourceOf } = context;
  const path = curatedFiles[name].path;
  // Only measures of this corpus's local texts: a set drawn for another corpus does not apply.
  const labels = set.measures
    .filter((m) => sourceOf.has(m.measure))
    .map((m) => ({ measure: m.measure, half: m.half, adopts: m.adopts.map((a) => ({ article: a.article, wording: a.wording })) }));
  const available = labels.length > 0 && articles.length > 0;
  const { seed, perSource, population, drawnAt, command } = set.sampling;
  const seconds = evaluationFiles.filter((other) => (curated[other] as AdoptionEvaluationFile | undefined)?.secondOf === path);
  return {
    id: path.replace(/\.json$/, ''),
    file: path,
    available,
    role: set.use.role,
    note: set.use.note,
    about: set.about,
    definition: set.definition,
    sampling: available ? { seed, perSource, population, drawnAt, command } : null,
    articles: articles.length,
    cells: available ? evaluateAdoption({ labels, articles, sourceOf: (m) => sourceOf.get(m)!, found, sources }) : [],
    agreements: available ? seconds.flatMap((other) => agreementWith(set, curated[other] as AdoptionEvaluationFile, curatedFiles[other].path, context) ?? []) : [],
  };
}

/**
 * Every scored set judged against `framework`, held-out sets first (their figures are the ones to
 * cite), then in the order they were drawn. A set is judged against the framework whose units it
 * labels (src/lib/adoption/inputs.ts judgedFramework).
 */
function evaluations(curated: Curated, context: EvaluationContext, framework: string, frameworkOf: (set: AdoptionEvaluationFile) => string | undefined) {
  const scored = evaluationFiles
    .filter((name) => {
      const set = curated[name] as AdoptionEvaluationFile | undefined;
      return set !== undefined && frameworkOf(set) === framework;
    })
    .flatMap((name) => evaluation(name, curated, context) ?? [])
    .map((entry) => ({ ...entry, framework }));
  return [...scored.filter((e) => e.role === 'held-out'), ...scored.filter((e) => e.role === 'development')];
}

/**
 * The primary labellings of `framework`'s sets (not second labellings), each limited to measures
 * compared with it: the reviews of those measures (src/lib/adoption/review.ts).
 */
function labellings(curated: Curated, framework: string, frameworkOf: (set: AdoptionEvaluationFile) => string | undefined, compared: Map<string, string>): Labelling[] {
  return evaluationFiles.flatMap((name) => {
    const set = curated[name] as AdoptionEvaluationFile | undefined;
    if (!set || set.secondOf || frameworkOf(set) !== framework) return [];
    return [{ file: curatedFiles[name].path, measures: set.measures.filter((m) => compared.has(m.measure)) }];
  });
}

/** How much of the dictionary applies to this framework. */
function dictionarySize(instruments: Instrument[], articleIds: Set<string>) {
  const applied = instruments.filter((i) => articleIds.has(i.article));
  return {
    articles: new Set(applied.map((i) => i.article)).size,
    entries: applied.length,
    terms: applied.reduce((n, i) => n + i.terms.length, 0),
    topicTerms: applied.reduce((n, i) => n + (i.topicTerms?.length ?? 0), 0),
  };
}

/** One framework matched against the texts compared with it: its articles, adopting pairs, summary and evaluations. */
function adoptionOf(framework: Corpus['sources'][number], order: number, corpus: Corpus, curated: Curated, frameworkOf: (set: AdoptionEvaluationFile) => string | undefined) {
  const setup = adoptionSetup(corpus.measures, corpus.sources, curated.instruments.instruments, {}, framework);
  const { match, locals: localMeasures, options } = setup;
  const locals = comparedWith(framework, corpus.sources);
  const articles = setup.articles.map((m, position) => {
    const label = articleLabel(m.label, m.number);
    const name = articleName(label, m.title, m.text);
    return {
      id: m.id,
      framework: framework.slug,
      position,
      number: m.number,
      numeral: articleNumeral(m.number),
      label,
      name,
      heading: `${label}${m.title}` || name,
      title: m.title,
      text: m.text,
      url: m.url,
    };
  });
  const articleOrder = new Map(articles.map((a) => [a.id, a.position]));
  const measureOrder = new Map(localMeasures.map((m, i) => [m.id, i]));
  const sourceOf = new Map(localMeasures.map((m) => [m.id, m.source]));
  // The detector's adopting pairs, then the reviews (src/lib/adoption/review.ts): on a measure a
  // labeller judged against every unit of this framework, the labels decide.
  const detectedBy = new Map(localMeasures.map((m) => [m.id, match(m).filter((r) => r.adopts)]));
  const reviews = reviewsFrom(labellings(curated, framework.slug, frameworkOf, sourceOf));
  const articleText = new Map(articles.map((a) => [a.id, a.text]));
  const reviewed = reviewedPairs(
    localMeasures,
    (id) => detectedBy.get(id) ?? [],
    (measureId, articleId) => ({ measureId, articleId, score: 0, adopts: false, passages: [], clauses: [], instruments: [] }),
    reviews,
    (id) => articleText.get(id),
  ).sort((a, b) => articleOrder.get(a.articleId)! - articleOrder.get(b.articleId)! || measureOrder.get(a.measureId)! - measureOrder.get(b.measureId)!);
  const numberOf = new Map(articles.map((a) => [a.id, a.number]));
  const matches = reviewed.map((r) => ({
    id: `${r.measureId}>${r.articleId}`,
    framework: framework.slug,
    articleNumber: numberOf.get(r.articleId)!,
    source: sourceOf.get(r.measureId)!,
    ...r,
  }));
  const matrix: AdoptionSummary['matrix'] = {};
  for (const r of matches.filter((m) => m.adopts)) {
    const cell = ((matrix[r.articleId] ??= {})[r.source] ??= { count: 0, detected: 0, best: 0 });
    cell.count++;
    if (r.detected) cell.detected++;
    cell.best = Math.max(cell.best, r.score);
  }
  const adopting = new Set(matches.filter((r) => r.adopts).map((r) => r.measureId));
  const coverage: AdoptionSummary['coverage'] = {};
  for (const s of locals) {
    const own = localMeasures.filter((m) => m.source === s.slug);
    coverage[s.slug] = { measures: own.length, adopting: own.filter((m) => adopting.has(m.id)).length, reviewed: own.filter((m) => reviews.has(m.id)).length };
  }
  const summary: AdoptionSummary = {
    id: framework.slug,
    order,
    framework: framework.slug,
    sources: locals.map((s) => ({ slug: s.slug, jurisdiction: s.jurisdiction })),
    predates: locals.filter((s) => !s.implements.includes(framework.slug)).map((s) => s.slug),
    matrix,
    coverage,
    options,
    dictionary: dictionarySize(curated.instruments.instruments, new Set(articles.map((a) => a.id))),
    review: {
      measures: reviews.size,
      files: [...new Set([...reviews.values()].map((r) => r.file))],
      confirmed: matches.filter((m) => m.detected && m.adopts && m.review).length,
      added: matches.filter((m) => !m.detected).length,
      rejected: matches.filter((m) => m.detected && !m.adopts).length,
    },
  };
  // The detector is scored on what it found, never on what the reviews settled.
  const adopted = new Set(matches.filter((m) => m.detected).map((m) => m.id));
  const found = (measure: string, article: string) => adopted.has(`${measure}>${article}`);
  // Labels are judged against every unit of the framework, its front text too: a positive there is
  // one the matcher (articles only) cannot find, so it counts as missed, not as nothing.
  const judged = corpus.measures.filter((m) => m.source === framework.slug).map((m) => m.id);
  const scored = evaluations(curated, { articles: judged, found, sources: locals.map((s) => s.slug), sourceOf }, framework.slug, frameworkOf);
  return { articles, matches, summary, scored };
}

export const adoption: Analysis = {
  name: 'adoption',
  curated: ['instruments', ...evaluationFiles],
  run(corpus, curated) {
    const sourceOfUnit = new Map(corpus.measures.map((m) => [m.id, m.source]));
    const frameworkOf = (set: AdoptionEvaluationFile) =>
      judgedFramework(
        set.measures.flatMap((m) => m.adopts.map((a) => a.article)),
        (unit) => sourceOfUnit.get(unit),
        corpus.sources,
      )?.slug;
    const each = frameworksByUse(corpus.sources).map((framework, order) => adoptionOf(framework, order, corpus, curated, frameworkOf));
    // Orders run across frameworks, in summary order: a page reading all of one collection gets them grouped.
    const articles: AdoptionArticle[] = each.flatMap((f) => f.articles).map(({ position: _p, ...a }, order) => ({ ...a, order }));
    const matches: AdoptionMatchEntry[] = each.flatMap((f) => f.matches).map((m, order) => ({ ...m, order }));
    const scored: AdoptionEvaluationEntry[] = each.flatMap((f) => f.scored).map((e, order) => ({ ...e, order }));
    return { 'adoption-articles': articles, 'adoption-matches': matches, 'adoption-summary': each.map((f) => f.summary), 'adoption-evaluation': scored };
  },
};
