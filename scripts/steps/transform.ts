/**
 * Step 3, transform: the small tree plugins, one job each (scripts/plugins/, in the order
 * scripts/lib/pipeline.ts gives), ending with the ids. Warnings are printed, not fatal.
 */
import { transformTree, type ParsedSource } from '../lib/pipeline.ts';
import type { ParsedText } from './parse.ts';

export function transformSources(parsed: ParsedText[]): ParsedSource[] {
  return parsed.map(({ source, tree, file }) => {
    const result = transformTree(source, { tree, file });
    for (const warning of result.warnings) console.warn(warning);
    return result;
  });
}
