/**
 * Arriving at a deep link, loaded by site.ts when the URL has a fragment: a compact context line
 * (document › chapter › section) that stays in view, the search term (`?q=`) marked in the target,
 * or, when no unit has that id, a message and the way to the chapter's contents.
 */
const text = (el: Element | null | undefined) => el?.firstChild?.textContent?.trim() ?? '';

function markTerms(root: Element, query: string) {
  const terms = query
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => term.toLowerCase());
  if (terms.length === 0) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('.unit-tools, .tools-row, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const value = node.data;
    const lower = value.toLowerCase();
    const ranges: Array<[number, number]> = [];
    for (const term of terms) for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) ranges.push([at, at + term.length]);
    if (ranges.length === 0) continue;
    ranges.sort((a, b) => a[0] - b[0]);
    const fragment = document.createDocumentFragment();
    let cursor = 0;
    for (const [start, end] of ranges) {
      if (start < cursor) continue;
      fragment.append(value.slice(cursor, start));
      const mark = document.createElement('mark');
      mark.className = 'search-term';
      mark.textContent = value.slice(start, end);
      fragment.append(mark);
      cursor = end;
    }
    fragment.append(value.slice(cursor));
    node.replaceWith(fragment);
  }
}

export function arrive(id: string, query: string) {
  const article = document.querySelector('article.chapter');
  if (!article) return;
  const target = document.getElementById(id);
  if (!target) {
    const notice = document.createElement('p');
    notice.className = 'fragment-missing';
    notice.setAttribute('role', 'alert');
    notice.tabIndex = -1;
    notice.textContent = `本页没有编号为“${id}”的条目：链接可能输错，或来自文本的其他版本。`;
    const toc = document.querySelector('.chapter-toc');
    if (toc?.id) {
      const link = document.createElement('a');
      link.href = `#${toc.id}`;
      link.textContent = '查看本章目录';
      notice.append(' ', link);
    }
    article.prepend(notice);
    notice.focus();
    return;
  }
  const parts = [
    document.querySelector('article.chapter .kicker a')?.textContent?.trim() ?? '',
    text(document.querySelector('#chapter-title')),
    text(target.closest('section.section')?.querySelector('h2')),
  ].filter(Boolean);
  const context = document.createElement('p');
  context.className = 'deep-context';
  context.textContent = parts.join(' › ');
  article.prepend(context);
  if (query) markTerms(target, query);
  // The line stays at the top while reading (sticky): the target lands just below it, however many lines it wraps to.
  target.style.scrollMarginTop = `${context.offsetHeight + 12}px`;
  target.scrollIntoView({ block: 'start' });
}
