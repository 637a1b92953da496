/**
 * Step 6, write: the records and every analysis's collections into content/generated/, each JSON
 * file stamped with its generator and its inputs' hashes, all or nothing (scripts/lib/write-collections.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { curatedFiles } from '../../src/schemas/curated.ts';
import type { Source } from '../lib/read-source.ts';
import { sha256, writeCollections, type Inputs, type RegistryOutput } from '../lib/write-collections.ts';
import { curatedDir } from '../lib/curated.ts';
import type { AnalysisOutput } from './analyse.ts';
import type { CollectedSource } from './collect.ts';

export async function writeAll(outDir: string, sources: Source[], collected: CollectedSource[], outputs: Map<string, AnalysisOutput>, ids?: RegistryOutput) {
  const sourceInputs: Inputs = {};
  for (const source of sources) {
    sourceInputs[source.path] = sha256(source.text);
    sourceInputs[source.path.replace(/\.txt$/, '.json')] = sha256(JSON.stringify(source.settings));
  }
  // An optional curated file the corpus lacks (an evaluation set) made nothing: it is not an input.
  const curatedHash = (name: keyof typeof curatedFiles) => {
    const path = join(curatedDir, curatedFiles[name].path);
    return existsSync(path) ? [[path, sha256(readFileSync(path, 'utf8'))] as const] : [];
  };
  const generated = [...outputs].map(([name, output]) => ({
    name,
    generator: `scripts/analyses/${output.generator}.ts`,
    inputs: { ...sourceInputs, ...Object.fromEntries(output.curated.flatMap(curatedHash)) },
    entries: output.entries,
  }));
  await writeCollections(outDir, collected, sourceInputs, generated, ids);
}
