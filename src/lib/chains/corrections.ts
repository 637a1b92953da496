/**
 * Curated corrections (content/chain-corrections.json): where the rule cannot read a chain, or
 * reads one that is not this plan's own, a person may fix, add or drop it — always with a reason,
 * which the page shows. Corrections may not invent text: every level must occur in the sentence,
 * unless it is listed in `supplied`, which the diagram marks as supplied.
 */
import { z } from 'astro/zod';
import type { ChainReport } from '../../schemas/chain.ts';
import { chainFrom, readRecords, reportFrom, type ChainData, type ChainFindings, type TextRecord } from './collect.ts';
import type { Finding } from './extract.ts';
import { PURPOSES } from './purpose.ts';
import { sentences } from './text.ts';

const reason = z.string().min(4);
export const correctionSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('fix'),
    /** The source the finding is in: a correction applies only when that source is ingested. */
    source: z.string(),
    /** A finding's id, e.g. `example-2-0-8-c1`. */
    id: z.string(),
    /** The measure or panel it is read from, with a few words of its text (checked by ingest). */
    record: z.string().optional(),
    quote: z.string().optional(),
    levels: z.array(z.string().min(1)).min(2),
    /** Levels not in the text, supplied by the correction. */
    supplied: z.array(z.string()).default([]),
    purpose: z.enum(PURPOSES).optional(),
    reason,
  }),
  z.object({
    action: z.literal('add'),
    source: z.string(),
    /** The measure or panel id. */
    record: z.string(),
    /** A few words of its text: ingest stops if a revision changes them. */
    quote: z.string().optional(),
    /** A piece of the sentence that holds the chain. */
    sentenceIncludes: z.string().min(2),
    levels: z.array(z.string().min(1)).min(2),
    supplied: z.array(z.string()).default([]),
    purpose: z.enum(PURPOSES).optional(),
    reason,
  }),
  z.object({ action: z.literal('drop'), source: z.string(), id: z.string(), record: z.string().optional(), quote: z.string().optional(), reason }),
]);
export const correctionsFileSchema = z.object({ corrections: z.array(correctionSchema) });
export type Correction = z.infer<typeof correctionSchema>;

function checkLevels(levels: string[], supplied: string[], sentence: string, where: string) {
  for (const level of levels) {
    if (!supplied.includes(level) && !sentence.includes(level)) {
      throw new Error(`chain correction ${where}: level “${level}” is not in the sentence; list it in \`supplied\` if it is meant to be added`);
    }
  }
}

function corrected(record: TextRecord, id: string, sentence: string, finding: Finding, correction: Extract<Correction, { action: 'fix' | 'add' }>): ChainData {
  const levels = correction.levels;
  const supplied = levels.flatMap((level, index) => (correction.supplied.includes(level) ? [index] : []));
  const chain = chainFrom(record, id, sentence, { ...finding, levels, status: 'chain' }, { action: correction.action, reason: correction.reason }, supplied);
  return correction.purpose ? { ...chain, purpose: correction.purpose } : chain;
}

/**
 * Apply corrections to what the rule found. A correction naming an id or record that no longer
 * exists in its source throws: a stale correction must be noticed, not silently ignored. A
 * correction for a source that is not in the corpus does not apply.
 */
export function applyCorrections(records: TextRecord[], findings: ChainFindings, corrections: Correction[]): ChainFindings {
  const all = new Map(readRecords(records).map((entry) => [entry.id, entry]));
  let chains = [...findings.chains];
  let reports: ChainReport[] = [...findings.reports];
  const sources = new Set(records.map((record) => record.source));
  for (const correction of corrections) {
    if (!sources.has(correction.source)) continue;
    if (correction.action === 'add') {
      const record = records.find((candidate) => candidate.id === correction.record);
      if (!record) throw new Error(`chain correction add: no record ${correction.record}`);
      const sentence = sentenceWith(record, correction.sentenceIncludes);
      checkLevels(correction.levels, correction.supplied, sentence, `add ${record.id}`);
      const count = chains.filter((chain) => chain.record === record.id && chain.correction?.action === 'add').length;
      const finding: Finding = {
        status: 'chain',
        pattern: 'count-only',
        raw: correction.sentenceIncludes,
        index: sentence.indexOf(correction.sentenceIncludes),
        levels: correction.levels,
        stated: null,
        before: '',
        after: '',
      };
      chains.push({ ...corrected(record, `${record.id}-add${count + 1}`, sentence, finding, correction), pattern: 'correction' });
      continue;
    }
    const entry = all.get(correction.id);
    if (!entry) throw new Error(`chain correction ${correction.action}: no finding ${correction.id}`);
    chains = chains.filter((chain) => chain.id !== correction.id);
    reports = reports.filter((report) => report.id !== correction.id);
    if (correction.action === 'drop') {
      reports.push({ ...reportFrom(entry.record, entry.id, entry.sentence, entry.finding), status: 'dropped', reason: correction.reason });
    } else {
      checkLevels(correction.levels, correction.supplied, entry.sentence, `fix ${entry.id}`);
      chains.push(corrected(entry.record, entry.id, entry.sentence, entry.finding, correction));
    }
  }
  const order = [...all.keys()];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return { chains: chains.sort((a, b) => rank(a.id) - rank(b.id)), reports: reports.sort((a, b) => rank(a.id) - rank(b.id)) };
}

function sentenceWith(record: TextRecord, piece: string): string {
  const found = sentences(record.text).find((sentence) => sentence.includes(piece));
  if (!found) throw new Error(`chain correction add ${record.id}: no sentence contains “${piece}”`);
  return found;
}

/** Parse the corrections file's JSON text; a malformed file fails the build with zod's message. */
export function parseCorrections(json: string): Correction[] {
  return correctionsFileSchema.parse(JSON.parse(json)).corrections;
}
