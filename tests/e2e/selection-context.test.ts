/**
 * Landing in context and citing from the page, in a real Chromium: a deep link on a phone shows
 * where it is, the search term is marked, a wrong fragment says so; contents reach the items; the
 * cite dialog offers the four formats; controls are big enough to touch; wide boxes say they scroll.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';
import { readJson } from '../support/dist.ts';
import { adoptionPage } from '../support/built-examples.ts';

interface Measure {
  id: string;
  source: string;
  jurisdiction: string;
  chapterTitle: string;
  sectionTitle: string;
  label: string;
  title: string;
  text: string;
  url: string;
}
const measures = readJson<Measure[]>('data/measures.json');
// A measure in a titled section, deep in its chapter.
const deep = measures.filter((m) => m.sectionTitle !== '' && m.title !== '').at(-1)!;
const chapterUrl = deep.url.split('#')[0];

let browser: Browser;
let desktop: BrowserContext;
let phone: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('arriving at a deep link', () => {
  it('on a phone, shows the document, chapter and section above the target, in view', async () => {
    const { page, errors } = await openPage(phone, deep.url);
    const context = page.locator('.deep-context');
    await context.waitFor();
    const line = await context.textContent();
    expect(line).toContain(deep.sectionTitle);
    expect(line?.split(' › ')).toHaveLength(3);
    const [bar, target] = [await context.boundingBox(), await page.locator(`[id="${deep.id}"]`).boundingBox()];
    expect(bar!.y).toBeGreaterThanOrEqual(0);
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(target!.y + 1);
    expect(target!.y).toBeLessThan(740 / 2);
    expect(errors).toEqual([]);
  });

  it('marks the search term in the target when it comes with ?q=', async () => {
    const term = deep.title.slice(0, 4);
    const { page } = await openPage(desktop, `${chapterUrl}?q=${encodeURIComponent(term)}#${deep.id}`);
    await page.waitForSelector('mark.search-term');
    expect(await page.locator(`[id="${deep.id}"] mark.search-term`).first().textContent()).toBe(term);
    expect(await page.locator('mark.search-term').evaluateAll((marks) => marks.every((m) => m.closest('.unit')))).toBe(true);
  });

  it('says so when the fragment names no unit, and offers the chapter’s contents', async () => {
    const { page } = await openPage(desktop, `${chapterUrl}#${deep.id}-999`);
    const notice = page.locator('.fragment-missing');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`${deep.id}-999`);
    const toc = notice.locator('a');
    if ((await toc.count()) > 0) expect(await toc.getAttribute('href')).toBe('#chapter-contents');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('fragment-missing');
  });
});

describe('finding one’s way', () => {
  it('reaches the chapter contents before the text when tabbing', async () => {
    const { page } = await openPage(desktop, chapterUrl);
    const order = await page.evaluate(() => {
      const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button:not([hidden])')].filter((el) => el.offsetParent !== null);
      const toc = focusable.findIndex((el) => el.closest('.chapter-toc'));
      const text = focusable.findIndex((el) => el.closest('article.chapter .unit'));
      return { toc, text };
    });
    expect(order.toc).toBeGreaterThanOrEqual(0);
    expect(order.toc).toBeLessThan(order.text);
  });

  it('gives section headings ids without the buttons’ labels', async () => {
    const { page } = await openPage(desktop, chapterUrl);
    const ids = await page.locator('section.section > h2').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).not.toMatch(/复制|引用|讲义|打印/);
  });

  it('lists numbered and titled items in the document contents, folded, reachable without script', async () => {
    const numbered = measures.find((m) => m.label !== '')!;
    const { page } = await openPage(desktop, `/plans/${numbered.source}/`);
    const link = page.locator(`.toc details a[href="${numbered.url}"]`);
    expect(await link.count()).toBe(1);
    expect(await link.textContent()).toContain(numbered.label);
  });
});

describe('citing from the page', () => {
  it('copies GB/T 7714 and offers BibTeX, RIS and CSL-JSON of the same unit', async () => {
    const { page } = await openPage(desktop, deep.url);
    await page.locator(`[id="${deep.id}"] button.cite`).click();
    const dialog = page.locator('dialog.cite-dialog');
    await dialog.waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`[Z/OL]`);
    expect(copied).toContain(siteUrl(deep.url).replace(/^https?:\/\/[^/]+/, ''));
    expect(await dialog.locator('.cite-text').textContent()).toBe(copied);
    const read = (format: string) => page.evaluate(async (f) => (await fetch(document.querySelector<HTMLAnchorElement>(`a[data-format="${f}"]`)!.href)).text(), format);
    expect(await read('bibtex')).toMatch(new RegExp(`^@misc\\{${deep.id},`));
    expect(await read('ris')).toMatch(/^TY {2}- GOVDOC\r\n/);
    expect(JSON.parse(await read('csl'))[0]).toMatchObject({ id: deep.id, URL: expect.stringContaining(`#${deep.id}`) });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cite'))).toBe(true);
  });

  it('cites a whole chapter and a whole document', async () => {
    const { page } = await openPage(desktop, chapterUrl);
    await page.locator('.page-cite button.cite').click();
    await page.locator('dialog.cite-dialog').waitFor();
    const chapterCite = await page.evaluate(() => navigator.clipboard.readText());
    expect(chapterCite).toContain(deep.chapterTitle.replace(/\s+/g, ' ').trim().slice(0, 4));
    expect(chapterCite.endsWith(`${chapterUrl}.`)).toBe(true);
    await page.goto(siteUrl(`/plans/${deep.source}/`));
    await page.locator('.page-cite button.cite').click();
    await page.locator('dialog.cite-dialog').waitFor();
    const documentCite = await page.evaluate(() => navigator.clipboard.readText());
    expect(documentCite).toMatch(/\[Z\/OL\]\. \[\d{4}-\d{2}-\d{2}\]\. http/);
    expect(documentCite.endsWith(`/plans/${deep.source}/.`)).toBe(true);
  });
});

describe('on a phone', () => {
  it('makes copy, cite, collect and print buttons at least 44 px tall', async () => {
    const { page } = await openPage(phone, chapterUrl);
    const heights = await page.locator(`[id="${deep.id}"] .unit-tools button`).evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().height));
    expect(heights).toHaveLength(4);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
  });

  it('says that the theme matrix and the adoption matrix scroll sideways', async () => {
    for (const path of ['/compare/', adoptionPage()]) {
      const { page } = await openPage(phone, path);
      expect(await page.locator('.scroll-cue').count(), path).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
  });

  it('keeps the indicator table’s header row and name column in view while it scrolls', async () => {
    const { page } = await openPage(phone, '/indicators/');
    const box = page.locator('.table-scroll:has(> .indicator-table)');
    await box.evaluate((el) => el.scrollTo(300, 600));
    const [container, head, name] = [
      await box.boundingBox(),
      await page.locator('.indicator-table thead th').first().boundingBox(),
      await page.locator('.indicator-table tbody th').nth(20).boundingBox(),
    ];
    expect(Math.abs(head!.y - container!.y)).toBeLessThan(2);
    expect(Math.abs(name!.x - container!.x)).toBeLessThan(2);
  });
});
