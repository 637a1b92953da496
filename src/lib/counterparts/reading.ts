/**
 * “其他地方的同类举措” under each measure of a chapter page: a compact, closed <details> listing,
 * per other document, the measure's best counterpart with what they share, each linking to its
 * permalink. Built as hast and placed right after the measure's element (a sibling, so the
 * measure's own text, copy, cite and print stay exactly the source's). Pure.
 *
 *   <div id="a-1-0-2" class="unit measure">…</div>
 *   <details class="counterparts" data-for="a-1-0-2">
 *     <summary>其他地方的同类举措（2）</summary>
 *     <ul><li><span class="counterpart-place">乙市</span><a href="/plans/b/3/#b-3-1-2">（二）…</a>
 *         <span class="counterpart-shared">共同举措：网格化服务管理</span></li>…</ul>
 *   </details>
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { Shared } from '../../schemas/counterparts.ts';
import { sharedLabel } from './side-by-side.ts';

export interface ReadingCounterpart {
  /** The other document's label. */
  place: string;
  heading: string;
  url: string;
  shared: Shared;
  /** The framework articles both adopt: name and adoption page. */
  articles: Array<{ label: string; url: string }>;
}

export interface MoreCounterparts {
  /** How many documents have a counterpart in all. */
  documents: number;
  /** Where to see them all (the side-by-side page). */
  href: string;
}

export function counterpartsBlock(measureId: string, items: ReadingCounterpart[], more?: MoreCounterparts): Element {
  const count = more ? more.documents : items.length;
  return h('details', { className: ['counterparts'], dataFor: measureId }, [
    h('summary', `其他地方的同类举措（${count}）`),
    h(
      'ul',
      items.map((item) => {
        const { kind, text } = sharedLabel(item.shared);
        return h('li', [
          h('span', { className: ['counterpart-place'] }, item.place),
          ' ',
          h('a', { href: item.url }, item.heading),
          text ? [' ', h('span', { className: ['counterpart-shared'] }, `${kind}：${text}`)] : [],
          item.articles.length > 0 ? [' ', sameArticles(item.articles)] : [],
        ]);
      }),
    ),
    more ? h('p', { className: ['counterparts-more'] }, [`另有 ${more.documents - items.length} 份文件有同类举措，`, h('a', { href: more.href }, '在对照阅读中查看'), '。']) : [],
  ]);
}

/** “同落实：…” — the framework articles both measures adopt, each linking to its adoption page. */
function sameArticles(articles: ReadingCounterpart['articles']): Element {
  return h('span', { className: ['counterpart-articles'] }, ['同落实：', ...articles.flatMap((a, i) => [i > 0 ? '、' : '', h('a', { href: a.url }, a.label)])]);
}

/**
 * A chapter's HTML with each block placed right after the element whose id it is keyed by.
 * Ids the HTML does not hold are ignored (a chapter page passes its own measures only).
 */
export function insertAfterUnits(html: string, blocks: Map<string, Element>): string {
  if (blocks.size === 0) return html;
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (element, index, parent) => {
    const id = element.properties.id;
    if (typeof id !== 'string' || !blocks.has(id) || !parent || index === undefined) return CONTINUE;
    parent.children.splice(index + 1, 0, blocks.get(id)!);
    // A unit's own paragraphs hold no other unit; go on after the block just placed.
    return [SKIP, index + 2];
  });
  return toHtml(tree);
}
