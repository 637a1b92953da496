/**
 * The generated collections as pages use them: read with getCollection/getEntry (Astro caches the
 * store; nothing is computed here), put in the order the analysis gave (`order`), and indexed by id.
 * Every fact comes from one analysis's output (scripts/analyses/), not from a computation here.
 */
import { getCollection, getEntry } from 'astro:content';

const byOrder = <T extends { order: number }>(list: T[]) => list.sort((a, b) => a.order - b.order);
const data = <T>(entries: Array<{ data: T }>) => entries.map((entry) => entry.data);

function present<T>(found: { data: T } | undefined, what: string): T {
  if (!found) throw new Error(`${what} is missing from content/generated/: run \`npm run ingest\``);
  return found.data;
}

/** Themes × sources (scripts/analyses/themes.ts). */
export async function readComparison() {
  const themes = byOrder(data(await getCollection('themeComparison')));
  const coverage = present(await getEntry('themeCoverage', 'coverage'), 'theme-coverage');
  return { themes, coverage, sources: coverage.sources };
}

/** Indicators (scripts/analyses/indicators.ts). */
export async function readIndicators() {
  const [statements, rows] = await Promise.all([getCollection('indicatorStatements').then(data), getCollection('indicatorRows').then(data).then(byOrder)]);
  return { statements, rows };
}

/**
 * Adoption of every framework's articles (scripts/analyses/adoption.ts): one bundle per framework,
 * in summary order (the framework most local texts implement first), with its articles, its
 * adopting pairs (`matches`, the verdict that counts: reviewed where a labeller reviewed the measure),
 * the detections a review rejected (`rejected`) and its evaluations; and every local measure by id.
 */
export async function readAdoptions() {
  const [articles, pairs, summaries, evaluations, measures] = await Promise.all([
    getCollection('adoptionArticles').then(data).then(byOrder),
    getCollection('adoptionMatches').then(data).then(byOrder),
    getCollection('adoptionSummary').then(data).then(byOrder),
    getCollection('adoptionEvaluation').then(data).then(byOrder),
    getCollection('measures').then(data),
  ]);
  const matches = pairs.filter((m) => m.adopts);
  const rejected = pairs.filter((m) => !m.adopts);
  const frameworks = summaries.map((summary) => ({
    ...summary,
    articles: articles.filter((a) => a.framework === summary.framework),
    matches: matches.filter((m) => m.framework === summary.framework),
    rejected: rejected.filter((m) => m.framework === summary.framework),
    evaluations: evaluations.filter((e) => e.framework === summary.framework),
    predates: new Set(summary.predates),
  }));
  return { frameworks, articles, matches, rejected, measures: new Map(measures.map((m) => [m.id, m])) };
}

/** Adoption of one framework's articles (`framework` a framework's slug), as readAdoptions gives it. */
export async function readAdoption(framework: string) {
  const { frameworks, measures } = await readAdoptions();
  const found = frameworks.find((f) => f.framework === framework);
  if (!found) throw new Error(`adoption-summary has no framework ${framework}: run \`npm run ingest\``);
  return { ...found, measures };
}

/** Cited documents (scripts/analyses/citations.ts). */
export async function readCitations() {
  return byOrder(data(await getCollection('citedDocuments')));
}

/** The source texts the open data publishes (written by ingest beside the editions), oldest edition first within a source. */
export async function readSourceTexts() {
  return data(await getCollection('sourceTexts'));
}

/** Counterparts (scripts/analyses/counterparts.ts): one shard per source, and the summary. */
/** Every hand-labelled evaluation set, adoption first (content/*-evaluation*.json, via scripts/analyses/evaluation-sets.ts). */
export async function readEvaluationSets() {
  return byOrder(data(await getCollection('evaluationSets')));
}

export async function readCounterparts() {
  const shards = byOrder(data(await getCollection('counterparts')));
  const summary = present(await getEntry('counterpartSummary', 'summary'), 'counterpart-summary');
  // One entry per labelled set the corpus has (content/counterparts-evaluation*.json), held-out first.
  const evaluations = byOrder(data(await getCollection('counterpartEvaluation')));
  return { shards, summary, evaluations, bySource: new Map(shards.map((shard) => [shard.id, shard])) };
}
