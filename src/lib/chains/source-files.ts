/**
 * The inputs of the chain rule on disk: ingest's measures and panels, and the corrections file.
 * Used by the content loader and by the unit tests on the real texts, so both read the same data.
 */
import { readFileSync } from 'node:fs';
import { applyCorrections, parseCorrections } from './corrections.ts';
import { collectChains, type ChainFindings, type TextRecord } from './collect.ts';
import { curatedDir, generatedDir } from '../corpus-dirs.ts';

export const chainInputs = {
  measures: `${generatedDir}/measures.json`,
  panels: `${generatedDir}/panels.json`,
  corrections: `${curatedDir}/chain-corrections.json`,
} as const;

const readInput = (root: URL, path: string) => readFileSync(new URL(path, root), 'utf8');

export function readTextRecords(root: URL): TextRecord[] {
  const read = (path: string): TextRecord[] => JSON.parse(readInput(root, path));
  return [...read(chainInputs.measures), ...read(chainInputs.panels)];
}

/** The last result and the inputs it came from: both loaders (chains, reports) ask per build. */
let last: { inputs: string; findings: ChainFindings } | undefined;

/** Rule plus corrections over the generated collections under `root` (a directory URL). */
export function findChainsIn(root: URL): ChainFindings {
  const [measures, panels, correctionsText] = [chainInputs.measures, chainInputs.panels, chainInputs.corrections].map((path) => readInput(root, path));
  const inputs = [measures, panels, correctionsText].join('\u0000');
  if (last?.inputs === inputs) return last.findings;
  const records: TextRecord[] = [...JSON.parse(measures), ...JSON.parse(panels)];
  const corrections = parseCorrections(correctionsText);
  const findings = applyCorrections(records, collectChains(records), corrections);
  last = { inputs, findings };
  return findings;
}
