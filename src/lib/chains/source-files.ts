/**
 * The inputs of the chain rule on disk: ingest's measures and panels, and the corrections file.
 * Used by the content loader and by the unit tests on the real texts, so both read the same data.
 */
import { readFileSync } from 'node:fs';
import { applyCorrections, parseCorrections } from './corrections.ts';
import { collectChains, type ChainFindings, type TextRecord } from './collect.ts';

export const chainInputs = {
  measures: 'content/generated/measures.json',
  panels: 'content/generated/panels.json',
  corrections: 'content/chain-corrections.json',
} as const;

export function readTextRecords(root: URL): TextRecord[] {
  const read = (path: string): TextRecord[] => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
  return [...read(chainInputs.measures), ...read(chainInputs.panels)];
}

/** Rule plus corrections over the generated collections under `root` (a directory URL). */
export function findChainsIn(root: URL): ChainFindings {
  const records = readTextRecords(root);
  const corrections = parseCorrections(readFileSync(new URL(chainInputs.corrections, root), 'utf8'));
  return applyCorrections(records, collectChains(records), corrections);
}
