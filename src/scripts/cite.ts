/**
 * Loaded on first use by site.ts: a unit's citation from the page (the document's fields from the
 * page data, the place as ingest settled it, else from the headings around the unit), the cite dialog with the four formats,
 * and printing one unit alone with its citation.
 */
import { accessDate, citableDocument, citationFormats, gbt7714, type CitableSource, type CitableWork } from '../lib/citation.ts';

interface PageCite {
  document: CitableSource;
  /** The chapter's heading on a chapter page; empty on a document page. */
  chapter: string;
}

const firstText = (el: Element | null | undefined) => el?.firstChild?.textContent?.trim() ?? '';

/** Chapter, section and the unit's own name (lead sentence, caption, panel title), outermost first. */
function where(page: PageCite, id: string): string[] {
  // Where ingest settled the place (scripts/lib/collect-records.ts), the button carries it.
  const settled = document.querySelector<HTMLElement>(`button.cite[data-id="${CSS.escape(id)}"]`)?.dataset.place;
  if (settled) return [settled];
  const unit = document.getElementById(id);
  if (!unit || unit.matches('article.chapter, .document')) return page.chapter && unit?.matches('article.chapter') ? [page.chapter] : [];
  const section = unit.closest('section.section');
  const parts = [page.chapter, firstText(section?.querySelector('h2'))];
  if (unit.matches('.measure')) parts.push(unit.querySelector('.lead, h3')?.textContent?.trim() ?? '');
  if (unit.matches('.table')) parts.push(unit.querySelector('figcaption')?.textContent?.trim() ?? '');
  if (unit.matches('.panel')) parts.push(unit.querySelector('.panel-title')?.textContent?.trim() ?? '');
  return parts.filter(Boolean);
}

export function unitWork(controls: HTMLElement, id: string, url: string): { work: CitableWork; text: string } {
  const page = JSON.parse(controls.dataset.cite ?? '{}') as PageCite;
  const work: CitableWork = { id, ...citableDocument(page.document), where: where(page, id), url, accessed: accessDate(new Date()) };
  return { work, text: gbt7714(work) };
}

let dialog: HTMLDialogElement | undefined;

/** The four formats of one citation: GB/T 7714 to read or copy, the others to download. */
export function openCiteDialog(work: CitableWork, opener: HTMLElement) {
  dialog?.remove();
  dialog = document.createElement('dialog');
  dialog.className = 'cite-dialog';
  dialog.setAttribute('aria-labelledby', 'cite-dialog-title');
  const title = document.createElement('h2');
  title.id = 'cite-dialog-title';
  title.textContent = '引用（GB/T 7714 已复制）';
  const text = document.createElement('p');
  text.className = 'cite-text';
  text.textContent = gbt7714(work);
  const links = document.createElement('p');
  links.className = 'cite-downloads';
  for (const [key, format] of Object.entries(citationFormats)) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([format.write([work])], { type: `${format.type};charset=utf-8` }));
    link.download = `${work.id}.${key === 'gbt7714' ? 'txt' : format.extension}`;
    link.textContent = format.label;
    link.dataset.format = key;
    links.append(link);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '关闭';
  close.addEventListener('click', () => dialog?.close());
  dialog.addEventListener('close', () => opener.focus());
  dialog.append(title, text, links, close);
  document.body.append(dialog);
  dialog.showModal();
}

/** Prints only this unit, with the document and chapter above it and its citation below. */
export function printUnit(id: string, cited: { text: string }) {
  const unit = document.getElementById(id);
  if (!unit) return;
  const note = document.createElement('p');
  note.className = 'print-citation';
  note.textContent = cited.text;
  unit.append(note);
  unit.classList.add('print-target');
  for (let el = unit.parentElement; el && el !== document.body; el = el.parentElement) el.classList.add('print-path');
  document.body.classList.add('print-one');
  const done = () => {
    note.remove();
    unit.classList.remove('print-target');
    for (const el of document.querySelectorAll('.print-path')) el.classList.remove('print-path');
    document.body.classList.remove('print-one');
  };
  addEventListener('afterprint', done, { once: true });
  window.print();
}
