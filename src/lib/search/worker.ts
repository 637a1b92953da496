/**
 * The search page's worker: fetches, parses and indexes the index shards and runs every query off
 * the main thread, so typing and scrolling never wait for the engine (a 4× slower phone spent
 * seconds there). It answers each request with display-ready hits (messages.ts); fuse.js is
 * imported only when a query first needs fuzzy matching, and the answer is sent again with the
 * fuzzy hits once it has arrived.
 */
import { loadFuzzy } from './fuzzy.ts';
import { loadIndex } from './load.ts';
import { search, type SearchIndex, type SearchResult } from './match.ts';
import type { Reply, Request, ShownHit } from './messages.ts';
import type { Manifest } from './shards.ts';
import { firstClause, highlight, snippet } from './snippet.ts';
import { themeCounts, themeMeasures } from './theme-list.ts';

const scope = self as unknown as { postMessage(message: Reply): void; onmessage: ((event: MessageEvent<Request>) => void) | null };
const reply = (message: Reply) => scope.postMessage(message);

let index: SearchIndex | undefined;
let manifest: Manifest | undefined;
let loaded = 0;
/** The latest search request: an older one still waiting (for fuse.js) is not answered again. */
let latest: Extract<Request, { type: 'search' }> | undefined;

function shown(result: SearchResult): ShownHit[] {
  return result.hits.map((hit) => {
    const record = index!.records[hit.index];
    return {
      kind: record.kind,
      doc: record.doc,
      path: record.path,
      id: record.id,
      url: record.url,
      themes: record.themes,
      tier: hit.tier,
      weight: hit.weight,
      title: highlight(record.title || firstClause(record.text), hit.needles, record.title ? [] : hit.ranges),
      snippet: record.kind === 'heading' ? undefined : snippet(record.text, hit.needles, hit.ranges),
    };
  });
}

function answer(request: Extract<Request, { type: 'search' }>) {
  if (!index) return;
  const started = performance.now();
  const query = request.query.trim();
  const result = query ? search(index, query) : request.theme >= 0 ? themeMeasures(index, request.theme) : undefined;
  const engineMs = performance.now() - started;
  reply({
    type: 'result',
    seq: request.seq,
    loaded,
    hits: result ? shown(result) : [],
    exact: result?.exact ?? 0,
    fuzzyPartial: result?.fuzzyPartial ?? false,
    fuzzyPending: result?.fuzzyPending ?? false,
    engineMs,
  });
  if (result?.fuzzyPending) {
    void loadFuzzy().then(() => {
      if (latest === request) answer(request);
    });
  }
}

function announce() {
  const docs = manifest!.documents.map((_, d) => d);
  const counts = [-1, ...docs].map((doc) => {
    const byTheme = themeCounts(index!, doc);
    return manifest!.themes.map((_, t) => byTheme.get(t) ?? 0);
  });
  reply({ type: 'index', loaded, shards: manifest!.shards.length, documents: manifest!.documents, themes: manifest!.themes, themeCounts: counts });
}

let lastAnnounced = 0;
scope.onmessage = ({ data: request }) => {
  if (request.type === 'search') {
    latest = request;
    answer(request);
    return;
  }
  loadIndex(request.base, (loadedIndex, loadedManifest, shards) => {
    index = loadedIndex;
    manifest = loadedManifest;
    loaded = shards;
    // A large index arrives in many shards: tell the page a few times a second, not per shard.
    const complete = shards === loadedManifest.shards.length;
    if (!complete && shards > 1 && performance.now() - lastAnnounced < 250) return;
    lastAnnounced = performance.now();
    announce();
  }).catch((error: unknown) => reply({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
};
