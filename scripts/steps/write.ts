/**
 * Step 6, write: the records and every analysis's collections into content/generated/, each JSON
 * file stamped with its generator and its inputs' hashes, all or nothing (scripts/lib/write-collections.ts).
 */
import { readFileSync } from 'node:fs';
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
  const curatedHash = (name: keyof typeof curatedFiles) => {
    const path = join(curatedDir, curatedFiles[name].path);
    return [path, sha256(readFileSync(path, 'utf8'))] as const;
  };
  const generated = [...outputs].map(([name, output]) => ({
    name,
    generator: `scripts/analyses/${output.generator}.ts`,
    inputs: { ...sourceInputs, ...Object.fromEntries(output.curated.map(curatedHash)) },
    entries: output.entries,
  }));
  await writeCollections(outDir, collected, sourceInputs, generated, ids);
}
