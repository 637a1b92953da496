/**
 * What every analysis gets and gives. An analysis is a pure function of the collected records, the
 * sources' settings and the curated files (plus what earlier analyses gave); it returns generated
 * collections: file name under content/generated/ → entries, each with an `id`.
 */
import type { SourceSettings } from '../../src/schemas/source.ts';
import type { Curated } from '../../src/schemas/curated.ts';
import type { ChapterRecord, DocumentRecord, MeasureRecord, PanelRecord, TableRecord } from '../lib/collect-records.ts';

export interface Corpus {
  /** Settings of every source, in site order. */
  sources: SourceSettings[];
  documents: DocumentRecord[];
  chapters: ChapterRecord[];
  measures: MeasureRecord[];
  tables: TableRecord[];
  panels: PanelRecord[];
}

export type Collections = Record<string, Array<{ id: string }>>;

export interface Analysis {
  /** Names the step in timings and the generator in each file's stamp. */
  name: string;
  /** The curated files it reads (part of each output's stamp). */
  curated: Array<keyof Curated>;
  run(corpus: Corpus, curated: Curated, earlier: Collections): Collections | Promise<Collections>;
}
