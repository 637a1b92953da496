import { describe, expect, it } from 'vitest';
import { buildSearchRecords } from '../../src/lib/search/record.ts';
import { decodeShard, encodeIndex } from '../../src/lib/search/shards.ts';
import { aliasGroups, loadSearchInput } from '../support/search-corpus.ts';

const { documents, records } = buildSearchRecords(await loadSearchInput());

describe('index on the wire', () => {
  it('decodes to the records it encoded, in order, whatever the shard size', () => {
    for (const size of [Infinity, 5_000]) {
      const { manifest, shards } = encodeIndex(documents, records, aliasGroups, size);
      expect(shards.flatMap((rows) => decodeShard(manifest, rows))).toEqual(records);
      expect(manifest.shards.map((s) => s.records)).toEqual(shards.map((rows) => rows.length));
      expect(manifest.records).toBe(records.length);
    }
  });

  it('the real corpus fits in one shard; small shard sizes split it', () => {
    expect(encodeIndex(documents, records, aliasGroups).shards).toHaveLength(1);
    expect(encodeIndex(documents, records, aliasGroups, 5_000).shards.length).toBeGreaterThan(10);
  });
});
