/** Step 2, parse: each text's lines into an mdast tree of paragraphs (scripts/lib/parse-lines.ts). */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parseText } from '../lib/pipeline.ts';
import type { Source } from '../lib/read-source.ts';

export interface ParsedText {
  source: Source;
  tree: Root;
  file: VFile;
}

export function parseSources(sources: Source[]): ParsedText[] {
  return sources.map((source) => ({ source, ...parseText(source) }));
}
