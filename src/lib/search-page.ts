/**
 * The search page's script: results as the user types, filters by jurisdiction and theme with
 * counts, every hit listed (25 at a time, "show more" appends; counts are of all hits). The whole
 * state is in the URL — query `q`, jurisdiction `j`, theme `t`, pages shown `p` — and restored on
 * load and on back, so a hit reached through "show more" is reached again from its link. DOM is
 * built with createElement and textContent only: query and source text are never parsed as HTML.
 */
import { storedIds } from './selection/store.ts';
import { loadFuzzy } from './search/fuzzy.ts';
import { loadIndex } from './search/load.ts';
import { search, type SearchIndex, type SearchResult } from './search/match.ts';
import { isExact, tierLabel, tiers, type Hit } from './search/rank.ts';
import { kindLabel } from './search/record.ts';
import type { Manifest } from './search/shards.ts';
import { firstClause, highlight, snippet, type Part } from './search/snippet.ts';
import { themeCounts, themeMeasures } from './search/theme-list.ts';

/** Results rendered per keystroke and per "show more": the DOM, not the search, is most of a keystroke's cost. */
const pageSize = 25;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const filters = document.querySelector<HTMLElement>('#search-filters')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#search-theme')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const app = document.querySelector<HTMLElement>('#search-app')!;

let index: SearchIndex | undefined;
let manifest: Manifest | undefined;
let complete = false;
let result: SearchResult | undefined;
let resultQuery = '';
/** The theme a query-less result lists (themeMeasures), so a change of theme lists anew. */
let resultTheme = '';
let shown: Hit[] = [];
let rendered = 0;
let firstResultMarked = false;

const params = () => new URLSearchParams(location.search);
let jurisdiction = params().get('j') ?? '';
/** Theme id (content/themes.json); only measures carry themes, so a theme shows measures only. */
let theme = params().get('t') ?? '';
/** Pages of results shown ("show more" adds one). */
let pages = pagesFrom(params());

function pagesFrom(search: URLSearchParams) {
  const n = Number(search.get('p'));
  return Number.isInteger(n) && n > 1 ? n : 1;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function appendParts(parent: HTMLElement, parts: Part[]) {
  for (const part of parts) parent.append(part.hit ? el('mark', undefined, part.text) : document.createTextNode(part.text));
}

function writeUrl(push: boolean) {
  const url = new URL(location.href);
  const q = input.value;
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  if (jurisdiction) url.searchParams.set('j', jurisdiction);
  else url.searchParams.delete('j');
  if (theme) url.searchParams.set('t', theme);
  else url.searchParams.delete('t');
  if (pages > 1) url.searchParams.set('p', String(pages));
  else url.searchParams.delete('p');
  if (url.href === location.href) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function renderFilters() {
  filters.replaceChildren();
  if (!result || !manifest || !index || result.hits.length === 0) return;
  const counts = new Map<number, number>();
  for (const hit of result.hits) {
    const doc = index.records[hit.index].doc;
    counts.set(doc, (counts.get(doc) ?? 0) + 1);
  }
  const button = (label: string, value: string, count: number) => {
    const b = el('button', 'filter', `${label} ${count}`);
    b.type = 'button';
    b.setAttribute('aria-pressed', String(jurisdiction === value));
    b.dataset.jurisdiction = value;
    b.addEventListener('click', () => {
      jurisdiction = value;
      pages = 1;
      writeUrl(false);
      show();
    });
    return b;
  };
  filters.append(button('全部', '', result.hits.length));
  manifest.documents.forEach((doc, i) => {
    if (counts.has(i)) filters.append(button(doc.jurisdiction, doc.source, counts.get(i)!));
  });
}

/**
 * The theme list, each with how many of the hits shown for the current jurisdiction it holds;
 * without a query, how many measures carry it (the count its theme page shows).
 */
function renderThemeFilter(inJurisdiction: Hit[], docFilter: number) {
  const themes = manifest?.themes ?? [];
  const browsing = !input.value.trim();
  // Disabled rather than hidden while there is nothing to filter: its line stays, so nothing below moves.
  themeSelect.disabled = !index || themes.length === 0 || (!browsing && (!result || result.hits.length === 0));
  const counts = !index ? new Map<number, number>() : browsing ? themeCounts(index, docFilter) : new Map<number, number>();
  if (!browsing) for (const hit of inJurisdiction) for (const t of index!.records[hit.index].themes) counts.set(t, (counts.get(t) ?? 0) + 1);
  const all = el('option', undefined, '全部主题');
  all.value = '';
  const options = themes.map((t, i) => {
    const option = el('option', undefined, `${t.name}（${counts.get(i) ?? 0}）`);
    option.value = t.id;
    return option;
  });
  themeSelect.replaceChildren(all, ...options);
  themeSelect.value = themes.some((t) => t.id === theme) ? theme : '';
}

/** The kinds of search result that are units of a handout (src/lib/selection/). */
const collectable = new Set(['measure', 'table', 'panel']);

function renderHit(hit: Hit, previous: Hit | undefined, collectedIds: Set<string>): HTMLElement[] {
  const record = index!.records[hit.index];
  const doc = manifest!.documents[record.doc];
  const out: HTMLElement[] = [];
  if (previous && isExact(previous) && !isExact(hit)) out.push(el('li', 'tier-break', '以下为近似匹配（检索词的简称、词序变化或错字），不计入原文匹配数'));
  const item = el('li', 'result');
  const link = el('a', 'result-title');
  link.href = record.url;
  link.dataset.testid = 'search-result';
  link.setAttribute('data-testid', 'search-result');
  appendParts(link, highlight(record.title || firstClause(record.text), hit.needles, record.title ? [] : hit.ranges));
  const meta = el('p', 'result-meta');
  meta.append(el('span', 'badge', kindLabel[record.kind]));
  if (hit.weight === 3) meta.append(el('span', 'badge', `编号 ${record.id}`));
  if (hit.tier > tiers.allTerms) meta.append(el('span', 'badge tier', tierLabel[hit.tier]));
  meta.append(document.createTextNode(`${doc.jurisdiction} · 《${doc.title}》${record.path ? ` · ${record.path}` : ''}`));
  // A measure, table or panel can go into the handout from here; the layout's script handles the click.
  if (collectable.has(record.kind)) {
    const collected = collectedIds.has(record.id);
    const add = el('button', 'add-to-selection', collected ? '已加入讲义' : '加入讲义');
    add.type = 'button';
    add.dataset.id = record.id;
    add.setAttribute('aria-pressed', String(collected));
    meta.append(' ', add);
  }
  item.append(link, meta);
  if (record.kind !== 'heading') {
    const text = el('p', 'result-snippet');
    appendParts(text, snippet(record.text, hit.needles, hit.ranges));
    item.append(text);
  }
  out.push(item);
  return out;
}

/** Renders results up to the pages wanted (`pages`), after those already in the list. */
function renderMore() {
  const next = shown.slice(rendered, pages * pageSize);
  const fragment = document.createDocumentFragment();
  // The handout is read once per render, not once per result.
  const collectedIds = new Set(storedIds(localStorage));
  next.forEach((hit, i) => fragment.append(...renderHit(hit, shown[rendered + i - 1], collectedIds)));
  list.append(fragment);
  rendered += next.length;
  const left = shown.length - rendered;
  more.hidden = left <= 0;
  more.textContent = `显示更多（还有 ${left} 条）`;
}

/** `示范市，主题“志愿服务”：` — the filters in force, before a status line. */
function themeWhere(docFilter: number, themeFilter: number) {
  const place = [docFilter >= 0 ? manifest!.documents[docFilter].jurisdiction : '', themeFilter >= 0 ? `主题“${manifest!.themes[themeFilter].name}”` : ''];
  return place.some(Boolean) ? `${place.filter(Boolean).join('，')}：` : '';
}

/**
 * Why a theme-filtered count differs from the theme page's: the filter keeps the hits among the
 * theme's measures, and a measure that contains the query without carrying the theme is not one.
 */
function themeNote(inJurisdiction: Hit[], themeFilter: number, docFilter: number) {
  const all = themeCounts(index!, docFilter).get(themeFilter) ?? 0;
  const outside = inJurisdiction.filter((hit) => index!.records[hit.index].kind === 'measure' && !index!.records[hit.index].themes.includes(themeFilter)).length;
  return `主题筛选只在归入本主题的 ${all} 条举措（与主题页条数相同）中查找${outside ? `；另有 ${outside} 条举措命中检索词但未归入本主题，主题页末“提到但未归入本主题的举措”列出含主题词者及其原因` : ''}。`;
}

/** Renders the current result under the current filter. */
function show() {
  list.replaceChildren();
  rendered = 0;
  const docFilter = manifest?.documents.findIndex((d) => d.source === jurisdiction) ?? -1;
  const themeFilter = manifest?.themes.findIndex((t) => t.id === theme) ?? -1;
  const inJurisdiction = !result || !index ? [] : docFilter < 0 ? result.hits : result.hits.filter((hit) => index!.records[hit.index].doc === docFilter);
  shown = themeFilter < 0 ? inJurisdiction : inJurisdiction.filter((hit) => index!.records[hit.index].themes.includes(themeFilter));
  renderFilters();
  renderThemeFilter(inJurisdiction, docFilter);
  const q = input.value.trim();
  const loading = complete ? '' : '（索引加载中，结果将随加载补全）';
  if (!q && themeFilter >= 0 && result)
    status.textContent = `${themeWhere(docFilter, themeFilter)}共 ${shown.length} 条举措：未输入检索词时列出归入本主题的全部举措，条数与主题页相同。输入检索词可在其中查找。${loading}`;
  else if (!q) status.textContent = index ? '输入检索词（或单元编号），多个词用空格分隔（须同时包含）。' : '正在加载索引…';
  else if (!result) status.textContent = '正在加载索引…';
  else {
    const exact = shown.filter(isExact).length;
    const where = themeWhere(docFilter, themeFilter);
    status.textContent =
      (shown.length === 0
        ? `${where}没有找到“${q}”。`
        : `${where}共 ${shown.length} 条结果：原文匹配 ${exact} 条，近似匹配 ${shown.length - exact} 条${result.fuzzyPartial ? '（错字匹配只查了一部分，请输入更完整的检索词）' : ''}${result.fuzzyPending ? '（错字匹配加载中）' : ''}。`) +
      (themeFilter >= 0 ? themeNote(inJurisdiction, themeFilter, docFilter) : '') +
      loading;
  }
  renderMore();
  app.dataset.query = q;
  app.dataset.state = complete && !result?.fuzzyPending ? 'ready' : 'loading';
  if (!firstResultMarked && shown.length > 0) {
    firstResultMarked = true;
    performance.mark('search:first-result');
  }
}

function run() {
  const q = input.value.trim();
  if (index && (q !== resultQuery || !result || (!q && theme !== resultTheme))) {
    const started = performance.now();
    const themeFilter = manifest?.themes.findIndex((t) => t.id === theme) ?? -1;
    result = q ? search(index, q) : themeFilter >= 0 ? themeMeasures(index, themeFilter) : undefined;
    resultQuery = q;
    resultTheme = theme;
    // The engine's share of a keystroke, for the benchmark (the rest is DOM).
    performance.measure('search:engine', { start: started, end: performance.now() });
    // fuse.js arrives on first need; the verbatim hits are shown meanwhile, fuzzy ones follow.
    if (result?.fuzzyPending) {
      void loadFuzzy().then(() => {
        result = undefined;
        run();
      });
    }
  }
  show();
}

let keystroke = 0;
function onInput() {
  const n = ++keystroke;
  performance.mark(`search:input:${n}`);
  pages = 1;
  // The first character of a new query gets its own history entry; later ones refine it.
  writeUrl(!params().get('q'));
  run();
  performance.measure('search:keystroke', `search:input:${n}`);
}
// With a Chinese input method the box holds pinyin until a character is chosen: search then.
input.addEventListener('input', (event) => {
  if (!(event as InputEvent).isComposing) onInput();
});
input.addEventListener('compositionend', onInput);

more.addEventListener('click', () => {
  pages++;
  writeUrl(false);
  renderMore();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  writeUrl(true);
  run();
});

window.addEventListener('popstate', () => {
  input.value = params().get('q') ?? '';
  jurisdiction = params().get('j') ?? '';
  theme = params().get('t') ?? '';
  pages = pagesFrom(params());
  run();
});

themeSelect.addEventListener('change', () => {
  theme = themeSelect.value;
  pages = 1;
  writeUrl(false);
  // Without a query the theme's measures are the result: run() lists them anew.
  if (!input.value.trim()) run();
  else show();
});

input.value = params().get('q') ?? '';
show();
let lastShardRun = 0;
loadIndex(document.baseURI.replace(/search\/.*$/, ''), (loadedIndex, loadedManifest, loaded) => {
  index = loadedIndex;
  manifest = loadedManifest;
  complete = loaded === loadedManifest.shards.length;
  if (complete) performance.mark('search:index-complete');
  // A large index arrives in many shards: refresh the results a few times a second, not per shard.
  if (!complete && loaded > 1 && performance.now() - lastShardRun < 250) return;
  lastShardRun = performance.now();
  result = undefined;
  // The reader may have typed while the index loaded: search what the box says now.
  run();
}).catch((error: unknown) => {
  status.textContent = `检索索引加载失败：${error instanceof Error ? error.message : String(error)}`;
  app.dataset.state = 'error';
});
