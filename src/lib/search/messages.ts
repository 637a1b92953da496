/**
 * What the search page and its worker (worker.ts) say to each other. The worker holds the index and
 * answers with display-ready hits: the page only builds elements, so no search work is done on the
 * main thread.
 */
import type { RecordKind, SearchDocument } from './record.ts';
import type { Tier } from './rank.ts';
import type { Part } from './snippet.ts';

/** Page → worker. */
export type Request =
  /** Load the index the build wrote under `base` (the site root). */
  | { type: 'load'; base: string }
  /** Search `query`; without a query and with a theme (index into the theme list), list that theme's measures. */
  | { type: 'search'; seq: number; query: string; theme: number };

/** One hit as the page shows it. */
export interface ShownHit {
  kind: RecordKind;
  /** Index into the documents list. */
  doc: number;
  path: string;
  id: string;
  url: string;
  /** Indexes into the theme list. */
  themes: number[];
  tier: Tier;
  /** The query is the unit's id 3, heading 2, title hit 1, else 0. */
  weight: number;
  /** The title (or a lead-less unit's first clause) with hits marked. */
  title: Part[];
  /** Every hit with some context; absent for headings (their title is their text). */
  snippet?: Part[];
}

/** Worker → page. */
export type Reply =
  /**
   * The index so far (`loaded` of `shards` shards): documents and themes for the filters, and how
   * many measures carry each theme (`themeCounts[0]` over all documents, `[d + 1]` in document d).
   */
  | { type: 'index'; loaded: number; shards: number; documents: SearchDocument[]; themes: Array<{ id: string; name: string }>; themeCounts: number[][] }
  /** The answer to request `seq`, over the index as loaded then; `engineMs` is the engine's share. */
  | { type: 'result'; seq: number; loaded: number; hits: ShownHit[]; exact: number; fuzzyPartial: boolean; fuzzyPending: boolean; engineMs: number }
  | { type: 'error'; message: string };
