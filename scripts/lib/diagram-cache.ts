/**
 * Diagram SVGs cached by content: the key is a hash of the renderer's settings, the SVG's id and
 * the Mermaid source, so each distinct diagram is drawn once and reused by every later build,
 * whatever happens to Astro's content store (`astro build --force` empties it). The cache lives in
 * node_modules/.cache (not content/): deleting it only costs time.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderDiagrams, renderSettingsKey, type DiagramSource } from '../../src/lib/chains/render-svg.ts';

export const diagramCacheDir = process.env.DIAGRAM_CACHE_DIR ?? 'node_modules/.cache/plan-atlas/diagrams';

export function diagramKey(settings: string, diagram: DiagramSource): string {
  return createHash('sha256').update(`${settings}\n${diagram.id}\n${diagram.source}`).digest('hex').slice(0, 32);
}

/** SVG per diagram id; `drawn` counts the diagrams that were not in the cache. */
export async function cachedDiagrams(diagrams: DiagramSource[], dir = diagramCacheDir): Promise<{ svgs: Map<string, string>; drawn: number }> {
  const settings = renderSettingsKey();
  const svgs = new Map<string, string>();
  const missing: Array<DiagramSource & { key: string }> = [];
  for (const diagram of diagrams) {
    const key = diagramKey(settings, diagram);
    const svg = await readFile(join(dir, `${key}.svg`), 'utf8').catch(() => undefined);
    if (svg) svgs.set(diagram.id, svg);
    else missing.push({ ...diagram, key });
  }
  const drawn = await renderDiagrams(missing);
  await mkdir(dir, { recursive: true });
  for (const diagram of missing) {
    const svg = drawn.get(diagram.id);
    if (!svg) continue;
    svgs.set(diagram.id, svg);
    await writeFile(join(dir, `${diagram.key}.svg`), svg);
  }
  return { svgs, drawn: missing.length };
}
