import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/csv.ts';
import { readCounterparts } from '../../lib/collections.ts';

/** Every measure's counterparts in other documents, with the passages (offsets into each text) and what links them. */
export const GET: APIRoute = async () => {
  const { shards, summary, evaluations } = await readCounterparts();
  return jsonResponse({
    method:
      'clauses of every measure and whole measures in character 2–3-gram TF-IDF indexes; candidates from both, bounded; score = measureWeight × whole-measure cosine + (1 − measureWeight) × best clause pair cosine (+ instrumentBonus when both name a dictionary instrument, + moreInstrumentsBonus for each further one, + articleBonus when the adoption detector found both adopt one framework article, listed in `articles`; capped at 1); kept when score ≥ threshold, at most perDocument per other document; `adoptBoth` lists the framework articles both adopt by the verdict that counts (reviewed where a labeller reviewed the measure), which the pages name as 同落实',
    options: summary.options,
    instruments: summary.instruments,
    coverage: summary.sources,
    evaluations,
    measures: shards.flatMap((shard) =>
      shard.measures.filter((m) => m.counterparts.length > 0).map((m) => ({ measure: m.measure, source: shard.id, counterparts: m.counterparts })),
    ),
  });
};
