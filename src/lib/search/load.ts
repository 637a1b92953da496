/**
 * Loads the index the build wrote: the manifest, then every shard at once; each shard is added to
 * the index as soon as it and the shards before it have arrived (record numbers follow shard
 * order), and `onShard` lets the page search what is there so far.
 */
import { SearchIndex } from './match.ts';
import { decodeShard, type Manifest, type Row } from './shards.ts';

export async function loadIndex(base: string, onShard: (index: SearchIndex, manifest: Manifest, loaded: number) => void) {
  const manifest: Manifest = await (await fetch(`${base}search-index.json`)).json();
  const index = new SearchIndex(manifest.aliases);
  const pending = manifest.shards.map(async (shard) => {
    const response = await fetch(`${base}search-index/${shard.file}`);
    if (!response.ok) throw new Error(`search index shard ${shard.file}: HTTP ${response.status}`);
    return (await response.json()) as Row[];
  });
  for (let i = 0; i < pending.length; i++) {
    index.add(decodeShard(manifest, await pending[i]));
    onShard(index, manifest, i + 1);
  }
  return { index, manifest };
}
