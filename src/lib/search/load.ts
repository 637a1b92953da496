/**
 * Loads the index the build wrote: the traditional → simplified table and the manifest, the first
 * shard, then every other shard at once; each shard is added to the index as soon as it and the
 * shards before it have arrived (record numbers follow shard order), and `onShard` lets the page
 * search what is there so far. It runs in the search worker (worker.ts), off the page's main thread.
 */
import { SearchIndex } from './match.ts';
import { decodeShard, type Manifest, type Row } from './shards.ts';
import { useTradSimp } from './trad-simp.ts';

/** Lets the worker answer queries between shards while a large index is being added. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function loadIndex(base: string, onShard: (index: SearchIndex, manifest: Manifest, loaded: number) => void) {
  performance.mark('search:load-start');
  const json = async <T>(file: string): Promise<T> => {
    const response = await fetch(`${base}${file}`);
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  const [manifest, tradSimp] = await Promise.all([json<Manifest>('search-index.json'), json<{ pairs: string }>('search-trad-simp.json')]);
  // Before any text is indexed: index and query must be normalised with the same table.
  useTradSimp(tradSimp.pairs);
  const index = new SearchIndex(manifest.aliases);
  const fetchShard = (file: string) => json<Row[]>(`search-index/${file}`);
  // The first shard alone first (the page preloads it), so the first results do not wait for the
  // rest of a large index to download and parse; then the others, all requested at once.
  const [first, ...rest] = manifest.shards;
  const rows = await fetchShard(first.file);
  performance.mark('search:first-shard-parsed');
  index.add(decodeShard(manifest, rows));
  performance.mark('search:first-shard-indexed');
  onShard(index, manifest, 1);
  const pending = rest.map((shard) => fetchShard(shard.file));
  for (let i = 0; i < pending.length; i++) {
    await yieldToPage();
    index.add(decodeShard(manifest, await pending[i]));
    onShard(index, manifest, i + 2);
  }
  return { index, manifest };
}
