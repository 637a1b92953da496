/**
 * The index on the wire: a small manifest (`/search-index.json`: documents, paths, aliases, shard
 * list) and shards (`/search-index/{n}.json`) of compact rows. Paths repeat across hundreds of
 * records, so they are listed once in the manifest. Shards let the page search the first part of a
 * large corpus while the rest is still arriving.
 */
import type { RecordKind, SearchDocument, SearchRecord } from './record.ts';

export interface Manifest {
  version: 1;
  documents: SearchDocument[];
  paths: string[];
  aliases: string[][];
  /** Themes for the filter: `themes` of a record index into this list. */
  themes: Array<{ id: string; name: string }>;
  /** Shard file names relative to `/search-index/`, in order, with how many records each holds. */
  shards: Array<{ file: string; records: number }>;
  records: number;
}

const kinds: RecordKind[] = ['measure', 'heading', 'row', 'panel', 'table'];
/** [kind, doc, path, title, text, url, id, themes?] */
export type Row = [number, number, number, string, string, string, string, number[]?];

/** Characters of text per shard: the real corpus fits in one; a 100× corpus is split into ~60. */
export const shardChars = 200_000;

export function encodeIndex(documents: SearchDocument[], records: SearchRecord[], aliases: string[][], maxChars = shardChars, themes: Manifest['themes'] = []) {
  const paths: string[] = [];
  const pathIndex = new Map<string, number>();
  const shards: Row[][] = [[]];
  let chars = 0;
  for (const r of records) {
    if (chars > maxChars) {
      shards.push([]);
      chars = 0;
    }
    let p = pathIndex.get(r.path);
    if (p === undefined) pathIndex.set(r.path, (p = paths.push(r.path) - 1));
    const row: Row = [kinds.indexOf(r.kind), r.doc, p, r.title, r.text, r.url, r.id];
    if (r.themes.length) row.push(r.themes);
    shards[shards.length - 1].push(row);
    chars += r.text.length + r.title.length;
  }
  const manifest: Manifest = {
    version: 1,
    documents,
    paths,
    aliases,
    themes,
    shards: shards.map((rows, i) => ({ file: `${i}.json`, records: rows.length })),
    records: records.length,
  };
  return { manifest, shards };
}

export function decodeShard(manifest: Manifest, rows: Row[]): SearchRecord[] {
  return rows.map(([kind, doc, path, title, text, url, id, themes = []]) => ({ kind: kinds[kind], doc, path: manifest.paths[path], title, text, url, id, themes }));
}
