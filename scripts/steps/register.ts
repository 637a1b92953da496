/**
 * Step 3b, register ids: each source's units take the ids of its registry (content/ids/{slug}.json),
 * edition by edition, so a revised text keeps its links (scripts/lib/id-registry-step.ts; the
 * matching itself is the pure scripts/lib/id-registry.ts). Prints what changed per source.
 */
import { readRegistry, registerSource, type RegisteredSource } from '../lib/id-registry-step.ts';
import type { ParsedSource } from '../lib/pipeline.ts';

export async function registerIds(sourcesDir: string, idsDir: string, transformed: ParsedSource[], today: string): Promise<RegisteredSource[]> {
  const registered: RegisteredSource[] = [];
  for (const parsed of transformed) {
    const { slug } = parsed.source.settings;
    const result = await registerSource(sourcesDir, parsed.source, parsed, await readRegistry(idsDir, slug), today);
    for (const line of result.report) console.log(`ids: ${line}`);
    registered.push(result);
  }
  return registered;
}
