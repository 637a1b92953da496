/**
 * The side-by-side page: reads `a` and `b` from the URL, looks each id up in
 * /side-by-side/data/index.json (a document or a chapter), fetches the one or two shards they
 * need, and shows the aligned counterparts and what each side lacks. Text goes in with
 * textContent only; the pickers are a plain GET form, so the URL is always the state.
 */
import { alignSides, readSideParams, sharedLabel, type AlignedRow, type Side } from '../lib/counterparts/side-by-side.ts';
import type { SideBySideIndex, SideBySideMeasure, SideBySideShard } from '../schemas/counterparts.ts';

const app = document.querySelector<HTMLElement>('#side-by-side-app')!;
const form = document.querySelector<HTMLFormElement>('#side-pickers')!;
const pickA = document.querySelector<HTMLSelectElement>('#side-a')!;
const pickB = document.querySelector<HTMLSelectElement>('#side-b')!;
const status = document.querySelector<HTMLElement>('#side-status')!;
const pairs = document.querySelector<HTMLElement>('#side-pairs')!;
const pairList = document.querySelector<HTMLOListElement>('#side-pair-list')!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const getJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
};

function fillPicker(select: HTMLSelectElement, index: SideBySideIndex, chosen: string) {
  select.replaceChildren(el('option', undefined, '— 选择文件或章 —'));
  (select.firstChild as HTMLOptionElement).value = '';
  for (const document of index.documents) {
    const group = el('optgroup');
    group.label = document.label;
    const whole = el('option', undefined, `${document.label}（整份文件）`);
    whole.value = document.id;
    group.append(whole);
    for (const chapter of index.chapters.filter((c) => c.document === document.id)) {
      const option = el('option', undefined, `${document.label} · ${chapter.label}`);
      option.value = chapter.id;
      group.append(option);
    }
    select.append(group);
  }
  select.value = chosen;
}

/** An id as a side: a document's id, or a chapter's; undefined when the index has neither. */
function lookUp(index: SideBySideIndex, id: string): { document: string; chapter?: string; label: string } | undefined {
  const document = index.documents.find((d) => d.id === id);
  if (document) return { document: document.id, label: document.label };
  const chapter = index.chapters.find((c) => c.id === id);
  if (!chapter) return undefined;
  const owner = index.documents.find((d) => d.id === chapter.document)!;
  return { document: owner.id, chapter: chapter.id, label: `${owner.label} · ${chapter.label}` };
}

/** A measure's text with the matching passage marked. */
function passageText(measure: SideBySideMeasure, [start, end]: [number, number]) {
  const p = el('p');
  const before = measure.text.slice(Math.max(0, start - 30), start);
  const after = measure.text.slice(end, end + 30);
  p.append(`${start > 30 ? '…' : ''}${before}`, el('mark', undefined, measure.text.slice(start, end)), `${after}${end + 30 < measure.text.length ? '…' : ''}`);
  return p;
}

function cell(measure: SideBySideMeasure, where: string, passage: [number, number]) {
  const node = el('div', 'side-cell');
  const heading = el('h3');
  const link = el('a', undefined, measure.heading);
  link.href = measure.url;
  heading.append(link);
  node.append(el('span', 'side-where', where), heading, passageText(measure, passage));
  return node;
}

type ArticleNames = Map<string, SideBySideIndex['articles'][number]>;

function renderRow(row: AlignedRow, labelA: string, labelB: string, articles: ArticleNames) {
  const item = el('li', 'side-pair');
  const { kind, text } = sharedLabel(row.shared);
  const shared = el('p', 'side-shared', `${kind}：${text || '（整体相近）'}`);
  // The framework articles both adopt, each linking to its adoption page.
  const named = row.articles.flatMap((id) => (articles.has(id) ? [articles.get(id)!] : []));
  if (named.length > 0) {
    shared.append(' · 同落实：');
    named.forEach((article, i) => {
      const link = el('a', undefined, article.label);
      link.href = article.url;
      shared.append(...(i > 0 ? ['、', link] : [link]));
    });
  }
  shared.append(` · 相似度 ${row.score.toFixed(2)}`);
  item.append(cell(row.a, labelA, row.passageA), cell(row.b, labelB, row.passageB), shared);
  return item;
}

function renderOnly(id: string, title: string, measures: SideBySideMeasure[]) {
  const section = document.querySelector<HTMLElement>(id)!;
  section.querySelector('h2')!.textContent = `${title}（${measures.length} 条）`;
  const list = section.querySelector('ul')!;
  list.replaceChildren(
    ...measures.map((m) => {
      const li = el('li');
      const link = el('a', undefined, m.heading);
      link.href = m.url;
      li.append(link);
      return li;
    }),
  );
  section.hidden = false;
}

async function main() {
  const index = await getJson<SideBySideIndex>('/side-by-side/data/index.json');
  const { a, b } = readSideParams(location.search);
  fillPicker(pickA, index, a);
  fillPicker(pickB, index, b);
  form.hidden = false;
  if (!a || !b) {
    status.textContent = '请选择要对照的两份文件（或两章），然后点“对照”。';
    app.dataset.state = 'ready';
    return;
  }
  const sideA = lookUp(index, a);
  const sideB = lookUp(index, b);
  const unknown = [!sideA && a, !sideB && b].filter(Boolean);
  if (!sideA || !sideB) {
    status.textContent = `找不到：${unknown.join('、')}。请从列表中重新选择。`;
    app.dataset.state = 'unknown';
    return;
  }
  status.textContent = '正在读取……';
  const files = new Map(index.documents.map((d) => [d.id, d.file]));
  const [shardA, shardB] = await Promise.all([
    getJson<SideBySideShard>(files.get(sideA.document)!),
    sideA.document === sideB.document ? undefined : getJson<SideBySideShard>(files.get(sideB.document)!),
  ]);
  const left: Side = { shard: shardA, chapter: sideA.chapter };
  const right: Side = { shard: shardB ?? shardA, chapter: sideB.chapter };
  const alignment = alignSides(left, right);
  document.querySelector('#side-head-a')!.textContent = sideA.label;
  document.querySelector('#side-head-b')!.textContent = sideB.label;
  const articles: ArticleNames = new Map(index.articles.map((a) => [a.id, a]));
  pairList.replaceChildren(...alignment.rows.map((row) => renderRow(row, sideA.label, sideB.label, articles)));
  pairs.hidden = false;
  renderOnly('#side-only-a', `仅见于${sideA.label}`, alignment.onlyA);
  renderOnly('#side-only-b', `仅见于${sideB.label}`, alignment.onlyB);
  status.textContent = alignment.sameDocument
    ? '两方同属一份文件：同类举措只在不同文件之间查找，下面分列两方的举措。'
    : `${sideA.label}的 ${alignment.rows.length + alignment.onlyA.length} 条举措中，${alignment.rows.length} 条在${sideB.label}有同类举措。`;
  app.dataset.state = 'ready';
}

main().catch((error: Error) => {
  status.textContent = `读取数据失败：${error.message}`;
  app.dataset.state = 'error';
});
