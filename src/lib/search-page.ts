/**
 * The search page's script: results as the user types, filters by jurisdiction and theme with
 * counts, every hit listed (25 at a time, "show more" appends; counts are of all hits). The whole
 * state is in the URL — query `q`, jurisdiction `j`, theme `t`, pages shown `p` — and restored on
 * load and on back, so a hit reached through "show more" is reached again from its link.
 * The index is fetched, parsed and searched in a worker (search/worker.ts), which answers with
 * display-ready hits; this script only builds elements, a page at a time, yielding to the browser
 * between pages, so no long task blocks input. DOM is built with createElement and textContent
 * only: query and source text are never parsed as HTML.
 */
import { storedIds } from './selection/store.ts';
import type { Reply, Request, ShownHit } from './search/messages.ts';
import { tierLabel, tiers } from './search/rank.ts';
import { kindLabel, type SearchDocument } from './search/record.ts';
import type { Part } from './search/snippet.ts';

/** Results per "show more", and per piece of work between yields when several pages are restored. */
const pageSize = 25;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const filters = document.querySelector<HTMLElement>('#search-filters')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#search-theme')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const app = document.querySelector<HTMLElement>('#search-app')!;

/** The index as the worker last described it; undefined until its first shard is in. */
let index: Extract<Reply, { type: 'index' }> | undefined;
let documents: SearchDocument[] = [];
let themes: Array<{ id: string; name: string }> = [];
let complete = false;
/** The latest answer, for the query and theme it was asked for. */
let result: (Extract<Reply, { type: 'result' }> & { query: string; theme: string }) | undefined;
/** The request waiting for an answer, if any. */
let asked: { seq: number; query: string; theme: string; loaded: number; keystroke: number } | undefined;
let seq = 0;
let shown: ShownHit[] = [];
let rendered = 0;
let pumping = false;
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

const isExact = (hit: ShownHit) => hit.tier <= tiers.allTerms;

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
  if (!result || result.hits.length === 0) return;
  const counts = new Map<number, number>();
  for (const hit of result.hits) counts.set(hit.doc, (counts.get(hit.doc) ?? 0) + 1);
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
  documents.forEach((doc, i) => {
    if (counts.has(i)) filters.append(button(doc.jurisdiction, doc.source, counts.get(i)!));
  });
}

/** How many measures carry the theme, in one document or (doc −1) in all. */
const themeTotal = (themeFilter: number, docFilter: number) => index?.themeCounts[docFilter + 1]?.[themeFilter] ?? 0;

/**
 * The theme list, each with how many of the hits shown for the current jurisdiction it holds;
 * without a query, how many measures carry it (the count its theme page shows).
 */
function renderThemeFilter(inJurisdiction: ShownHit[], docFilter: number) {
  const browsing = !input.value.trim();
  // Disabled rather than hidden while there is nothing to filter: its line stays, so nothing below moves.
  themeSelect.disabled = !index || themes.length === 0 || (!browsing && (!result || result.hits.length === 0));
  const counts = new Map<number, number>();
  if (browsing) themes.forEach((_, t) => counts.set(t, themeTotal(t, docFilter)));
  else for (const hit of inJurisdiction) for (const t of hit.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
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

function renderHit(hit: ShownHit, previous: ShownHit | undefined, collectedIds: Set<string>): HTMLElement[] {
  const doc = documents[hit.doc];
  const out: HTMLElement[] = [];
  if (previous && isExact(previous) && !isExact(hit)) out.push(el('li', 'tier-break', '以下为近似匹配（检索词的简称、词序变化或错字），不计入原文匹配数'));
  const item = el('li', 'result');
  const link = el('a', 'result-title');
  link.href = hit.url;
  link.setAttribute('data-testid', 'search-result');
  appendParts(link, hit.title);
  const meta = el('p', 'result-meta');
  meta.append(el('span', 'badge', kindLabel[hit.kind]));
  if (hit.weight === 3) meta.append(el('span', 'badge', `编号 ${hit.id}`));
  if (hit.tier > tiers.allTerms) meta.append(el('span', 'badge tier', tierLabel[hit.tier]));
  meta.append(document.createTextNode(`${doc.jurisdiction} · 《${doc.title}》${hit.path ? ` · ${hit.path}` : ''}`));
  // A measure, table or panel can go into the handout from here; the layout's script handles the click.
  if (collectable.has(hit.kind)) {
    const collected = collectedIds.has(hit.id);
    const add = el('button', 'add-to-selection', collected ? '已加入讲义' : '加入讲义');
    add.type = 'button';
    add.dataset.id = hit.id;
    add.setAttribute('aria-pressed', String(collected));
    meta.append(' ', add);
  }
  item.append(link, meta);
  if (hit.snippet) {
    const text = el('p', 'result-snippet');
    appendParts(text, hit.snippet);
    item.append(text);
  }
  out.push(item);
  return out;
}

/** Renders one page of the results wanted (`pages` of them) after those already in the list. */
function renderPage() {
  const next = shown.slice(rendered, Math.min(rendered + pageSize, pages * pageSize));
  const fragment = document.createDocumentFragment();
  // The handout is read once per page, not once per result.
  const collectedIds = new Set(storedIds(localStorage));
  next.forEach((hit, i) => fragment.append(...renderHit(hit, shown[rendered + i - 1], collectedIds)));
  list.append(fragment);
  rendered += next.length;
  const left = shown.length - rendered;
  more.hidden = left <= 0;
  more.textContent = `显示更多（还有 ${left} 条）`;
}

const wanted = () => Math.min(shown.length, pages * pageSize);
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Renders the results wanted: the first page now, the others (a restored `p`) a page per task, so
 * the browser paints and handles input between them. One loop at a time renders whatever list is
 * current (show() starts a list anew), then marks the page settled.
 */
async function renderWanted() {
  renderPage();
  if (pumping) return;
  pumping = true;
  while (rendered < wanted()) {
    await yieldToBrowser();
    renderPage();
  }
  pumping = false;
  settle();
}

/** `示范市，主题“志愿服务”：` — the filters in force, before a status line. */
function themeWhere(docFilter: number, themeFilter: number) {
  const place = [docFilter >= 0 ? documents[docFilter].jurisdiction : '', themeFilter >= 0 ? `主题“${themes[themeFilter].name}”` : ''];
  return place.some(Boolean) ? `${place.filter(Boolean).join('，')}：` : '';
}

/**
 * Why a theme-filtered count differs from the theme page's: the filter keeps the hits among the
 * theme's measures, and a measure that contains the query without carrying the theme is not one.
 */
function themeNote(inJurisdiction: ShownHit[], themeFilter: number, docFilter: number) {
  const all = themeTotal(themeFilter, docFilter);
  const outside = inJurisdiction.filter((hit) => hit.kind === 'measure' && !hit.themes.includes(themeFilter)).length;
  return `主题筛选只在归入本主题的 ${all} 条举措（与主题页条数相同）中查找${outside ? `；另有 ${outside} 条举措命中检索词但未归入本主题，主题页末“提到但未归入本主题的举措”列出含主题词者及其原因` : ''}。`;
}

/** Whether the answer on hand is for what the page asks now. */
const answered = () => !asked && (!!result || (!input.value.trim() && !theme));

/** Marks the page ready (for tests and benchmarks) once the index is complete and everything asked is shown. */
function settle() {
  app.dataset.query = input.value.trim();
  app.dataset.state = complete && answered() && !result?.fuzzyPending && !pumping ? 'ready' : 'loading';
}

/** Renders the current result under the current filter. */
function show() {
  list.replaceChildren();
  rendered = 0;
  const docFilter = documents.findIndex((d) => d.source === jurisdiction);
  const themeFilter = themes.findIndex((t) => t.id === theme);
  const q = input.value.trim();
  // An answer for another query or theme is not shown under this one.
  const current = result && result.query === q && (q || result.theme === theme) ? result : undefined;
  const inJurisdiction = !current ? [] : docFilter < 0 ? current.hits : current.hits.filter((hit) => hit.doc === docFilter);
  shown = themeFilter < 0 ? inJurisdiction : inJurisdiction.filter((hit) => hit.themes.includes(themeFilter));
  renderFilters();
  renderThemeFilter(inJurisdiction, docFilter);
  const loading = complete ? '' : '（索引加载中，结果将随加载补全）';
  if (!q && themeFilter >= 0 && current)
    status.textContent = `${themeWhere(docFilter, themeFilter)}共 ${shown.length} 条举措：未输入检索词时列出归入本主题的全部举措，条数与主题页相同。输入检索词可在其中查找。${loading}`;
  else if (!q) status.textContent = index ? '输入检索词（或单元编号），多个词用空格分隔（须同时包含）。' : '正在加载索引…';
  else if (!current) status.textContent = index ? '正在检索…' : '正在加载索引…';
  else {
    const exact = shown.filter(isExact).length;
    const where = themeWhere(docFilter, themeFilter);
    status.textContent =
      (shown.length === 0
        ? `${where}没有找到“${q}”。`
        : `${where}共 ${shown.length} 条结果：原文匹配 ${exact} 条，近似匹配 ${shown.length - exact} 条${current.fuzzyPartial ? '（错字匹配只查了一部分，请输入更完整的检索词）' : ''}${current.fuzzyPending ? '（错字匹配加载中）' : ''}。`) +
      (themeFilter >= 0 ? themeNote(inJurisdiction, themeFilter, docFilter) : '') +
      loading;
  }
  // Loading until every page wanted is rendered: renderWanted() settles when it is done.
  app.dataset.query = q;
  app.dataset.state = 'loading';
  void renderWanted();
  if (!firstResultMarked && shown.length > 0) {
    firstResultMarked = true;
    performance.mark('search:first-result');
  }
}

const worker = new Worker(new URL('./search/worker.ts', import.meta.url), { type: 'module' });
const ask = (request: Request) => worker.postMessage(request);

let keystroke = 0;
/** Asks the worker for what the box and the theme say now, unless the answer on hand is for exactly that. */
function run() {
  const q = input.value.trim();
  const themeFilter = themes.findIndex((t) => t.id === theme);
  const loaded = index?.loaded ?? 0;
  const needed = q || themeFilter >= 0;
  const fresh = (r: { query: string; theme: string; loaded: number } | undefined) => r && r.query === q && (q || r.theme === theme) && r.loaded === loaded;
  if (index && needed && !fresh(asked) && !fresh(result)) {
    asked = { seq: ++seq, query: q, theme, loaded, keystroke };
    ask({ type: 'search', seq, query: q, theme: q ? -1 : themeFilter });
  } else if (!needed) asked = undefined;
  show();
}

worker.addEventListener('message', ({ data: reply }: MessageEvent<Reply>) => {
  if (reply.type === 'error') {
    status.textContent = `检索索引加载失败：${reply.message}`;
    app.dataset.state = 'error';
    return;
  }
  if (reply.type === 'index') {
    index = reply;
    documents = reply.documents;
    themes = reply.themes;
    complete = reply.loaded === reply.shards;
    if (complete) performance.mark('search:index-complete');
    // The reader may have typed while the index loaded: search what the box says now.
    run();
    return;
  }
  // An answer to an older request is dropped; fuse.js's second answer to the current one is taken.
  if (reply.seq !== seq || (!asked && result?.seq !== seq)) return;
  const request = asked ?? result!;
  result = { ...reply, query: request.query, theme: request.theme };
  // The engine's share of a keystroke, for the benchmark (the rest is DOM).
  const now = performance.now();
  performance.measure('search:engine', { start: now - reply.engineMs, end: now });
  const typed = asked?.keystroke;
  asked = undefined;
  show();
  if (typed && performance.getEntriesByName(`search:input:${typed}`).length) performance.measure('search:keystroke', `search:input:${typed}`);
});

function onInput() {
  const n = ++keystroke;
  performance.mark(`search:input:${n}`);
  pages = 1;
  // The first character of a new query gets its own history entry; later ones refine it.
  writeUrl(!params().get('q'));
  run();
}
// With a Chinese input method the box holds pinyin until a character is chosen: search then.
input.addEventListener('input', (event) => {
  if (!(event as InputEvent).isComposing) onInput();
});
input.addEventListener('compositionend', onInput);

more.addEventListener('click', () => {
  pages++;
  writeUrl(false);
  void renderWanted();
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
  // Without a query the theme's measures are the result: run() asks for them anew.
  run();
});

input.value = params().get('q') ?? '';
show();
ask({ type: 'load', base: document.baseURI.replace(/search\/.*$/, '') });
