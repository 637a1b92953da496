/**
 * Counterparts: for each measure, the closest measures in each other document
 * (src/lib/counterparts/find.ts), written per source — one shard each, for the reading pages, the
 * side-by-side page and the open data — with a summary of the options and the counts.
 */
import { createCounterpartFinder } from '../../src/lib/counterparts/find.ts';
import { bySlugOrder, sourceOrder } from '../../src/lib/source-order.ts';
import type { CounterpartShard, CounterpartSummary } from '../../src/schemas/counterparts.ts';
import type { Analysis } from './types.ts';

export const counterparts: Analysis = {
  name: 'counterparts',
  curated: [],
  run(corpus) {
    const order = sourceOrder(corpus.sources);
    const finder = createCounterpartFinder(corpus.measures, {}, undefined, bySlugOrder(order));
    const shards: CounterpartShard[] = order.map((slug, index) => ({
      id: slug,
      order: index,
      measures: corpus.measures.filter((m) => m.source === slug).map((m) => ({ measure: m.id, counterparts: finder.of(m.id) })),
    }));
    const summary: CounterpartSummary = {
      id: 'summary',
      options: finder.options,
      instruments: false,
      sources: shards.map((shard) => ({
        slug: shard.id,
        measures: shard.measures.length,
        withCounterparts: shard.measures.filter((m) => m.counterparts.length > 0).length,
        counterparts: shard.measures.reduce((sum, m) => sum + m.counterparts.length, 0),
      })),
    };
    return { counterparts: shards, 'counterpart-summary': [summary], 'counterpart-evaluation': [] };
  },
};
