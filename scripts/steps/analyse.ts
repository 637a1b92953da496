/**
 * Step 5, analyse: every analysis (scripts/analyses/index.ts) once, over the whole corpus, each a
 * pure function of the records and the curated files. Returns the generated collections and, for
 * each, the stamp of what made it.
 */
import type { Curated } from '../../src/schemas/curated.ts';
import { analyses } from '../analyses/index.ts';
import type { Collections, Corpus } from '../analyses/types.ts';

export interface AnalysisOutput {
  /** The analysis that made it. */
  generator: string;
  /** The curated files it read. */
  curated: Array<keyof Curated>;
  entries: Array<{ id: string }>;
}

export async function analyseCorpus(corpus: Corpus, curated: Curated, timed: <T>(step: string, run: () => T | Promise<T>) => Promise<T>) {
  const collections: Collections = {};
  const outputs = new Map<string, AnalysisOutput>();
  for (const analysis of analyses) {
    const result = await timed(`analyse: ${analysis.name}`, () => analysis.run(corpus, curated, collections));
    for (const [name, entries] of Object.entries(result)) {
      if (outputs.has(name)) throw new Error(`analyses: ${analysis.name} writes ${name}, which ${outputs.get(name)!.generator} writes too`);
      collections[name] = entries;
      outputs.set(name, { generator: analysis.name, curated: analysis.curated, entries });
    }
  }
  return outputs;
}
