/**
 * The selection (handout) page: reads the ids, title and notes from the URL, fetches the shards
 * that hold the ids, shows each unit in full, and keeps the URL in step as the trainer reorders,
 * trims, titles and annotates. Text goes into the page with textContent only.
 */
import { accessDate, citationFormats, type CitationFormat } from '../lib/citation.ts';
import { assembleHandout, entryHeading, handoutCsv, handoutMarkdown, handoutWordHtml, type Handout } from '../lib/selection/handout.ts';
import { move, readSelectionParams, selectionHref, storedIds, storeIds, type SelectionState } from '../lib/selection/store.ts';
import type { SelectionIndex, SelectionShard } from '../schemas/selection-unit.ts';
import { unitKindLabel } from '../lib/selection/kinds.ts';

const app = document.querySelector<HTMLElement>('#selection-app')!;
const site = app.dataset.site ?? location.origin;
const list = document.querySelector<HTMLOListElement>('#selection-units')!;
const references = document.querySelector<HTMLElement>('#handout-references')!;
const referenceList = document.querySelector<HTMLOListElement>('#references-list')!;
const empty = document.querySelector<HTMLElement>('#selection-empty')!;
const missingList = document.querySelector<HTMLUListElement>('#selection-missing')!;
const status = document.querySelector<HTMLElement>('#selection-status')!;
const titleInput = document.querySelector<HTMLInputElement>('#handout-title')!;
const notesInput = document.querySelector<HTMLTextAreaElement>('#handout-notes')!;
const titleText = document.querySelector<HTMLElement>('#handout-title-text')!;
const notesText = document.querySelector<HTMLElement>('#handout-notes-text')!;

let state: SelectionState = readSelectionParams(location.search);
// A visit without ids opens the list this browser collected; a link with ids is the selection.
if (state.ids.length === 0) state = { ...state, ids: storedIds(localStorage) };
let shards: SelectionShard[] = [];
let handout: Handout | undefined;
const accessed = accessDate(new Date());

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The URL follows every change; the browser's own list only when the trainer edits (opening a shared link leaves it alone). */
function writeUrl(store = true) {
  const href = selectionHref(state);
  if (href !== location.pathname + location.search) history.replaceState(null, '', href);
  if (store) storeIds(localStorage, state.ids);
}

async function loadShards(ids: string[]): Promise<SelectionShard[]> {
  const index = (await (await fetch('/selection/units/index.json')).json()) as SelectionIndex;
  const wanted = new Set(ids);
  const files = Object.values(index.shards)
    .filter((shard) => shard.ids.some((id) => wanted.has(id)))
    .map((shard) => shard.file);
  return Promise.all(files.map(async (file) => (await (await fetch(file)).json()) as SelectionShard));
}

function download(link: HTMLAnchorElement, text: string, type: string) {
  const previous = link.href;
  link.href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  if (previous.startsWith('blob:')) URL.revokeObjectURL(previous);
}

function renderExports() {
  if (!handout) return;
  const name = (state.title || '讲义').replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60);
  const set = (id: string, text: string, type: string, extension: string) => {
    const link = document.querySelector<HTMLAnchorElement>(id)!;
    link.download = `${name}.${extension}`;
    download(link, text, type);
  };
  set('#export-markdown', handoutMarkdown(handout), 'text/markdown', 'md');
  set('#export-word', handoutWordHtml(handout), 'application/msword', 'doc');
  set('#export-csv', handoutCsv(handout), 'text/csv', 'csv');
  const works = handout.entries.map((entry) => entry.work);
  for (const format of ['bibtex', 'ris', 'csl'] as CitationFormat[]) {
    const { extension, type, write } = citationFormats[format];
    set(`#export-${format}`, write(works), type, extension);
  }
}

function renderTable(table: NonNullable<SelectionShard['units'][number]['table']>) {
  const node = el('table');
  const head = node.createTHead().insertRow();
  for (const cell of table.header) head.append(el('th', undefined, cell));
  const body = node.createTBody();
  for (const row of table.rows) {
    const tr = body.insertRow();
    for (const cell of row) tr.append(el('td', undefined, cell));
  }
  return node;
}

function orderButton(label: string, name: string, index: number, by: number, disabled: boolean) {
  const button = el('button', undefined, label);
  button.type = 'button';
  button.disabled = disabled;
  button.setAttribute('aria-label', `${label}：${name}`);
  button.dataset.index = String(index);
  button.dataset.by = String(by);
  return button;
}

function render(focus?: { id: string; action: string }) {
  handout = assembleHandout({ ids: state.ids, title: state.title, notes: state.notes, shards, site, accessed });
  titleText.textContent = state.title || '讲义';
  notesText.textContent = state.notes;
  notesText.hidden = !state.notes;
  document.title = `${state.title || '讲义'} · 规划对照 Plan Atlas`;
  empty.hidden = state.ids.length > 0;
  missingList.replaceChildren(...handout.missing.map((id) => el('li', undefined, `未找到条目 ${id}：编号可能有误，或来自其他版本的文本。`)));
  missingList.hidden = handout.missing.length === 0;
  const items = handout.entries.map((entry, index) => {
    const name = entryHeading(entry);
    const item = el('li', 'handout-unit');
    item.id = `sel-${entry.unit.id}`;
    item.dataset.id = entry.unit.id;
    const heading = el('h2');
    heading.append(el('span', 'kind', unitKindLabel[entry.unit.kind]), document.createTextNode(name));
    const where = el('p', 'where', `${entry.document.jurisdiction}《${entry.document.title}》${entry.unit.where.length ? ` · ${entry.unit.where.join(' · ')}` : ''}`);
    item.append(heading, where);
    if (entry.unit.table) item.append(renderTable(entry.unit.table));
    for (const paragraph of entry.unit.paragraphs) item.append(el('p', 'text', paragraph));
    const link = el('a', 'permalink-line', entry.permalink);
    link.href = entry.permalink;
    const permalink = el('p');
    permalink.append(link);
    const order = el('div', 'unit-order');
    order.setAttribute('role', 'group');
    order.setAttribute('aria-label', `调整：${name}`);
    const last = handout!.entries.length - 1;
    const remove = el('button', 'remove', '移除');
    remove.type = 'button';
    remove.setAttribute('aria-label', `移除：${name}`);
    remove.dataset.id = entry.unit.id;
    order.append(orderButton('上移', name, index, -1, index === 0), orderButton('下移', name, index, 1, index === last), remove);
    item.append(permalink, order);
    return item;
  });
  list.replaceChildren(...items);
  referenceList.replaceChildren(...handout.entries.map((entry) => el('li', undefined, entry.reference)));
  references.hidden = handout.entries.length === 0;
  renderExports();
  app.dataset.state = 'ready';
  if (focus) {
    // Keep the keyboard where it was: on the moved unit's same button, or the next unit after a removal.
    const item = list.querySelector<HTMLElement>(`[data-id="${CSS.escape(focus.id)}"]`);
    const target = item?.querySelector<HTMLButtonElement>(`button[data-by="${focus.action}"]:not(:disabled)`) ?? item?.querySelector('button:not(:disabled)');
    (target ?? titleInput).focus();
  }
}

list.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button');
  if (!button) return;
  if (button.classList.contains('remove')) {
    const index = state.ids.indexOf(button.dataset.id!);
    state = { ...state, ids: state.ids.filter((id) => id !== button.dataset.id) };
    writeUrl();
    status.textContent = '已移除 1 条';
    render({ id: state.ids[Math.min(index, state.ids.length - 1)] ?? '', action: '' });
    return;
  }
  const index = Number(button.dataset.index);
  const by = Number(button.dataset.by);
  const id = handout!.entries[index].unit.id;
  // Move within the ids as written (missing ids keep their places).
  state = { ...state, ids: move(state.ids, state.ids.indexOf(id), by) };
  writeUrl();
  status.textContent = `已${by < 0 ? '上移' : '下移'}：第 ${handout!.entries.findIndex((e) => e.unit.id === id) + 1 + by} 条`;
  render({ id, action: String(by) });
});

titleInput.value = state.title;
notesInput.value = state.notes;
titleInput.addEventListener('input', () => {
  state = { ...state, title: titleInput.value };
  writeUrl();
  render();
});
notesInput.addEventListener('input', () => {
  state = { ...state, notes: notesInput.value };
  writeUrl();
  render();
});
document.querySelector('#handout-print')!.addEventListener('click', () => window.print());
document.querySelector('#handout-copy-link')!.addEventListener('click', async () => {
  const href = new URL(selectionHref(state), site).href;
  try {
    await navigator.clipboard.writeText(href);
    status.textContent = '已复制讲义链接';
  } catch {
    window.prompt('复制以下链接：', href);
  }
});

writeUrl(false);
loadShards(state.ids)
  .then((loaded) => {
    shards = loaded;
    render();
  })
  .catch(() => {
    status.textContent = '读取条目数据失败，请刷新重试。';
    app.dataset.state = 'error';
  });
