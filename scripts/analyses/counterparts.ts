/**
 * Counterparts: for each measure, the closest measures in each other document
 * (src/lib/counterparts/find.ts), written per source — one shard each, for the reading pages, the
 * side-by-side page and the open data — with a summary of the options and the counts.
 */
import { createCounterpartFinder } from '../../src/lib/counterparts/find.ts';
import { counterpartAgreement, evaluateCounterparts, evaluateLacks } from '../../src/lib/counterparts/evaluate.ts';
import { createCounterpartTagger } from '../../src/lib/counterparts/vocabulary.ts';
import { bySlugOrder, sourceOrder } from '../../src/lib/source-order.ts';
import type { AdoptionMatchEntry } from '../../src/schemas/adoption.ts';
import type { CounterpartEvaluation, CounterpartShard, CounterpartSummary } from '../../src/schemas/counterparts.ts';
import type { Analysis } from './types.ts';
import { curatedNamesWith, counterpartsEvaluationFileSchema, curatedFiles, type CounterpartsEvaluationFile, type CuratedName } from '../../src/schemas/curated.ts';

/** The counterparts evaluation sets src/schemas/curated.ts lists: adding a set is one line there. */
const evaluationFiles = curatedNamesWith(counterpartsEvaluationFileSchema);

export const counterparts: Analysis = {
  name: 'counterparts',
  curated: ['instruments', 'localInstruments', ...evaluationFiles],
  run(corpus, curated, earlier) {
    const order = sourceOrder(corpus.sources);
    const tag = createCounterpartTagger(curated.instruments.instruments, curated.localInstruments.instruments);
    // The framework articles each measure adopts, as the adoption analysis (run before this one)
    // detected them: not the reviews, so the counterparts' figures hold for texts nobody has reviewed.
    const adoptedBy = new Map<string, string[]>();
    for (const match of earlier['adoption-matches'] as AdoptionMatchEntry[]) {
      if (match.detected) adoptedBy.set(match.measureId, [...(adoptedBy.get(match.measureId) ?? []), match.articleId]);
    }
    // What the pages say both adopt: the verdict that counts, reviewed where a labeller reviewed.
    const adopts = new Map<string, Set<string>>();
    for (const match of earlier['adoption-matches'] as AdoptionMatchEntry[])
      if (match.adopts) adopts.set(match.measureId, (adopts.get(match.measureId) ?? new Set()).add(match.articleId));
    const adoptBoth = (a: string, b: string) => [...(adopts.get(a) ?? [])].filter((article) => adopts.get(b)?.has(article));
    const finder = createCounterpartFinder(corpus.measures, {}, { tag, adopted: (id) => adoptedBy.get(id) ?? [], sourceOrder: bySlugOrder(order) });
    const shards: CounterpartShard[] = order.map((slug, index) => ({
      id: slug,
      order: index,
      measures: corpus.measures
        .filter((m) => m.source === slug)
        .map((m) => ({ measure: m.id, counterparts: finder.of(m.id).map((c) => ({ ...c, adoptBoth: adoptBoth(m.id, c.measure) })) })),
    }));
    const summary: CounterpartSummary = {
      id: 'summary',
      options: finder.options,
      instruments: tag !== undefined,
      articles: adoptedBy.size > 0,
      sources: shards.map((shard) => ({
        slug: shard.id,
        measures: shard.measures.length,
        withCounterparts: shard.measures.filter((m) => m.counterparts.length > 0).length,
        counterparts: shard.measures.reduce((sum, m) => sum + m.counterparts.length, 0),
      })),
    };
    // Scored against every hand-labelled set the corpus has: per source and half, held-out sets first.
    const keptBy = new Map(shards.flatMap((shard) => shard.measures.map((m) => [m.measure, m.counterparts] as const)));
    const sourceOf = new Map(corpus.measures.map((m) => [m.id, m.source]));
    // Paired as the side-by-side page pairs them (src/lib/counterparts/side-by-side.ts): either measure lists the other.
    const listedBy = new Map<string, Set<string>>();
    for (const [id, kept] of keptBy) for (const c of kept) listedBy.set(c.measure, (listedBy.get(c.measure) ?? new Set()).add(sourceOf.get(id)!));
    const pairedIn = (measure: string, source: string) => (keptBy.get(measure) ?? []).some((c) => c.source === source) || (listedBy.get(measure)?.has(source) ?? false);
    const measuresOf = (source: string) => corpus.measures.filter((m) => m.source === source).map((m) => m.id);
    const setOf = (name: CuratedName) => curated[name] as CounterpartsEvaluationFile | undefined;
    // A second labelling (`secondOf`) is not scored: it says how far two labellers agree on the set it repeats.
    const agreementsWith = (file: string, labelled: CounterpartsEvaluationFile) =>
      evaluationFiles.flatMap((other) => {
        const second = setOf(other);
        if (second?.secondOf !== file) return [];
        const repeated = second.measures.filter((m) => sourceOf.has(m.measure));
        if (repeated.length === 0) return [];
        const { pairs, raw, kappa, positive } = counterpartAgreement(labelled.measures, repeated, measuresOf);
        return [{ file: curatedFiles[other].path, measures: repeated.length, pairs, raw, kappa, positive }];
      });
    const scored = evaluationFiles.flatMap((name) => {
      const labelled = setOf(name);
      if (!labelled?.measures.length || labelled.secondOf) return [];
      const file = curatedFiles[name].path;
      return [
        {
          id: file.replace(/\.json$/, ''),
          file,
          role: labelled.use?.role ?? ('development' as const),
          note: labelled.use?.note ?? '',
          definition: labelled.definition,
          measures: labelled.measures.length,
          blindReadings: labelled.blindReadings ?? [],
          agreements: agreementsWith(file, labelled),
          documents: evaluateLacks(labelled.measures, pairedIn, (id) => sourceOf.get(id) ?? ''),
          rows: evaluateCounterparts(
            labelled.measures,
            (id) => keptBy.get(id) ?? [],
            (id) => sourceOf.get(id) ?? '',
            order,
          ),
        },
      ];
    });
    const evaluation: CounterpartEvaluation[] = [...scored.filter((e) => e.role === 'held-out'), ...scored.filter((e) => e.role === 'development')].map((entry, index) => ({
      ...entry,
      order: index,
    }));
    return { counterparts: shards, 'counterpart-summary': [summary], 'counterpart-evaluation': evaluation };
  },
};
