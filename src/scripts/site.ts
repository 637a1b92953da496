/**
 * The one script of every page: "加入讲义" buttons and the header's handout link (any page), and on
 * reading pages copy link, cite, print one unit, and the arrival at a deep link (context line,
 * search term marked, a missing fragment said). Controls are hidden in the HTML and shown here, so a
 * page without JavaScript shows no dead buttons. Citation formats load on first use.
 */
import { selectionHref, storedIds, storeIds } from '../lib/selection/store.ts';

const $$ = <T extends Element>(selector: string, root: ParentNode = document) => [...root.querySelectorAll<T>(selector)];
const status = document.querySelector('.copy-status');
const say = (text: string) => status && (status.textContent = text);

// Handout: the ids this browser collected, shown in the header link and on every add button.
function syncSelection() {
  const ids = storedIds(localStorage);
  for (const link of $$<HTMLAnchorElement>('a.selection-link')) {
    link.href = selectionHref({ ids, title: '', notes: '' });
    link.querySelector('.selection-count')!.textContent = ids.length ? `（${ids.length}）` : '';
  }
  for (const button of $$<HTMLButtonElement>('button.add-to-selection')) {
    const added = ids.includes(button.dataset.id!);
    button.hidden = false;
    button.setAttribute('aria-pressed', String(added));
    button.textContent = added ? '已加入讲义' : '加入讲义';
  }
}
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.add-to-selection');
  if (!button) return;
  const ids = storedIds(localStorage);
  const id = button.dataset.id!;
  storeIds(localStorage, ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
  syncSelection();
  say(ids.includes(id) ? '已从讲义移除' : '已加入讲义');
});
addEventListener('storage', syncSelection);
syncSelection();

// Reading pages: the data every citation of the page shares.
const controls = document.getElementById('unit-controls');
if (controls) {
  const permalink = (id: string) => new URL(`#${id}`, location.href.split(/[?#]/)[0]).href;

  async function copy(text: string, button: HTMLButtonElement, done: string) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard blocked (insecure origin): a prompt the user can copy from.
      window.prompt('复制以下内容：', text);
    }
    const label = button.textContent;
    button.textContent = done;
    say(done);
    setTimeout(() => (button.textContent = label), 1500);
  }

  for (const button of $$<HTMLButtonElement>('button.copy-link, button.cite, button.print-unit')) button.hidden = false;
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.copy-link, button.cite, button.print-unit');
    if (!button) return;
    const id = button.dataset.id!;
    if (button.classList.contains('copy-link')) return copy(permalink(id), button, '已复制链接');
    const { unitWork, openCiteDialog, printUnit } = await import('./cite.ts');
    const work = unitWork(controls, id, button.dataset.url ? new URL(button.dataset.url, location.href).href : permalink(id));
    if (button.classList.contains('print-unit')) return printUnit(id, work);
    await copy(work.text, button, '已复制引用');
    openCiteDialog(work.work, button);
  });

  // Arriving at a deep link: say where it is, mark the search term, or say the fragment is wrong.
  const hash = decodeURIComponent(location.hash.slice(1));
  // The term comes as ?q= or from the search page the reader came from.
  const from = document.referrer.startsWith(`${location.origin}/search/`) ? new URL(document.referrer).searchParams.get('q') : '';
  if (hash) import('./arrival.ts').then(({ arrive }) => arrive(hash, new URLSearchParams(location.search).get('q') ?? from ?? ''));
}

// Folded contents print unfolded.
addEventListener('beforeprint', () => $$<HTMLDetailsElement>('details.toc-items, details.print-open').forEach((d) => (d.open = true)));

// A box that scrolls sideways says so (on a phone a clipped column is otherwise invisible).
for (const box of $$<HTMLElement>('.table-scroll, .matrix-scroll, figure.table, .columns, .scroll-x')) {
  if (box.scrollWidth > box.clientWidth + 2 && !box.previousElementSibling?.classList.contains('scroll-cue')) {
    const cue = document.createElement('p');
    cue.className = 'scroll-cue';
    cue.textContent = '← 左右滑动查看全部列 →';
    box.before(cue);
  }
}
