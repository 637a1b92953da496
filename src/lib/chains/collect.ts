/**
 * From measure and panel texts to chain records: every sentence read by the rule (extract.ts),
 * findings numbered per record (`{record}-c{n}`), chains given a kind, purpose and permalink,
 * the rest kept as reports. Pure: the loader, the tests and the data endpoint share it.
 */
import type { ChainRecord, ChainReport } from '../../schemas/chain.ts';
import type { MeasureRecord } from '../../schemas/records.ts';
import { readSentence, type Finding } from './extract.ts';
import { flowchartSource } from './mermaid.ts';
import { classifyPurpose, classifySetting } from './purpose.ts';
import { kindOf, sentences } from './text.ts';

/** A measure or panel, as ingest writes them (content/generated/measures.json, panels.json). */
/** The fields of a measure or panel record (src/schemas/records.ts) the chain rule reads. */
export type TextRecord = Pick<MeasureRecord, 'id' | 'source' | 'jurisdiction' | 'chapterNumber' | 'url' | 'text'>;

export type ChainData = Omit<ChainRecord, 'svg'>;

export interface ChainFindings {
  chains: ChainData[];
  reports: ChainReport[];
}

/** The structure the text names after the list, e.g. 五级 + 组织架构; capped so captions stay short. */
function nameOf(finding: Finding): string {
  const count = finding.stated !== null ? kindOf(finding.stated) : '';
  const after = finding.after.length > 20 ? `${finding.after.slice(0, 20)}…` : finding.after;
  return `${count}${after}` || kindOf(finding.levels.length);
}

function placeOf(record: TextRecord, id: string) {
  return { id, source: record.source, jurisdiction: record.jurisdiction, record: record.id, chapterNumber: record.chapterNumber, url: record.url };
}

export function chainFrom(record: TextRecord, id: string, sentence: string, finding: Finding, correction: ChainData['correction'] = null, supplied: number[] = []): ChainData {
  const base = {
    ...placeOf(record, id),
    kind: kindOf(finding.levels.length),
    stated: finding.stated,
    purpose: classifyPurpose(finding),
    setting: classifySetting(finding.before),
    name: nameOf(finding),
    levels: finding.levels,
    supplied,
    sentence,
    raw: finding.raw,
    pattern: finding.pattern,
    correction,
  };
  return { ...base, mermaid: flowchartSource(base) };
}

export function reportFrom(record: TextRecord, id: string, sentence: string, finding: Finding): ChainReport {
  return {
    ...placeOf(record, id),
    status: finding.status === 'chain' ? 'unreadable' : finding.status,
    pattern: finding.pattern,
    levels: finding.levels,
    raw: finding.raw,
    sentence,
    reason: finding.reason ?? '',
  };
}

/** Every finding of every record, with its id and sentence: corrections address findings by id. */
export function readRecords(records: TextRecord[]) {
  return records.flatMap((record) => {
    let n = 0;
    return sentences(record.text).flatMap((sentence) => readSentence(sentence).map((finding) => ({ record, sentence, finding, id: `${record.id}-c${(n += 1)}` })));
  });
}

export function collectChains(records: TextRecord[]): ChainFindings {
  const chains: ChainData[] = [];
  const reports: ChainReport[] = [];
  for (const { record, sentence, finding, id } of readRecords(records)) {
    if (finding.status === 'chain') chains.push(chainFrom(record, id, sentence, finding));
    else reports.push(reportFrom(record, id, sentence, finding));
  }
  return { chains, reports };
}
