/**
 * A trainer's handout, in a real Chromium: collect measures from two plans' pages, share the link,
 * open it elsewhere, reorder and trim from the keyboard, print to PDF and export.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';
import { readJson } from '../support/dist.ts';
import { flatten, flattenHyphens, printToPdf } from '../support/pdf.ts';

interface Measure {
  id: string;
  source: string;
  jurisdiction: string;
  chapterTitle: string;
  title: string;
  text: string;
  url: string;
}

// Three measures from two documents, found in the open data (not in the handout's own data files).
const measures = readJson<Measure[]>('data/measures.json');
const [sourceA, sourceB] = [...new Set(measures.map((m) => m.source))];
const fromA = measures.filter((m) => m.source === sourceA && m.title !== '');
const pageA = fromA[0].url.split('#')[0];
const [first, second] = fromA.filter((m) => m.url.startsWith(`${pageA}#`)).slice(0, 2);
const third = measures.find((m) => m.source === sourceB && m.title !== '')!;
const pageB = third.url.split('#')[0];
const chosen = [first, second, third];

let browser: Browser;
let trainer: BrowserContext;
let shared = '';

beforeAll(async () => {
  browser = await launchBrowser();
  trainer = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
});
afterAll(async () => {
  await browser?.close();
});

const ready = (page: Page) => page.waitForSelector('#selection-app[data-state="ready"]');
const idsOf = (url: string) => new URL(url).searchParams.get('ids')?.split(',') ?? [];

describe('collecting a handout', () => {
  it('adds measures from two plans’ chapter pages and the header link opens them in that order', async () => {
    expect(second, 'a chapter with two titled measures').toBeDefined();
    const { page, errors } = await openPage(trainer, pageA);
    for (const m of [first, second]) {
      const button = page.locator(`[id="${m.id}"] button.add-to-selection`);
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
    }
    await page.goto(siteUrl(pageB));
    await page.locator(`[id="${third.id}"] button.add-to-selection`).click();
    expect(await page.locator('a.selection-link').textContent()).toContain('3');
    await page.locator('a.selection-link').click();
    await ready(page);
    expect(idsOf(page.url())).toEqual(chosen.map((m) => m.id));
    expect(await page.locator('.handout-unit').count()).toBe(3);
    await page.locator('#handout-title').fill('新任社区工作者培训 第一讲');
    await page.locator('#handout-notes').fill('讨论：各地如何落实？');
    expect(new URL(page.url()).searchParams.get('title')).toBe('新任社区工作者培训 第一讲');
    expect(new URL(page.url()).searchParams.get('notes')).toBe('讨论：各地如何落实？');
    shared = page.url();
    expect(errors).toEqual([]);
  });

  it('opens from the shared link in a fresh browser, each unit in full with its document, place and permalink', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await openPage(fresh, new URL(shared).pathname + new URL(shared).search);
    await ready(page);
    expect(await page.locator('h1').textContent()).toBe('新任社区工作者培训 第一讲');
    const units = page.locator('.handout-unit');
    expect(await units.count()).toBe(3);
    for (const [n, m] of chosen.entries()) {
      const unit = units.nth(n);
      expect(flatten((await unit.locator('p.text').allTextContents()).join(''))).toBe(flatten(m.text));
      expect(await unit.locator('.where').textContent()).toContain(m.jurisdiction);
      expect(await unit.locator('.permalink-line').getAttribute('href')).toMatch(new RegExp(`${m.url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    }
    expect(await page.locator('#references-list li').count()).toBe(3);
    expect(errors).toEqual([]);
    await fresh.close();
  });

  it('prints to an A4 PDF with every text and every citation, and without the controls', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await openPage(fresh, new URL(shared).pathname + new URL(shared).search);
    await ready(page);
    const references = await page.locator('#references-list li').allTextContents();
    const pdf = await printToPdf(page);
    expect(pdf.text).toContain('新任社区工作者培训');
    for (const m of chosen) expect(pdf.flat, m.id).toContain(flatten(m.text));
    for (const reference of references) expect(pdf.flatNoHyphens).toContain(flattenHyphens(reference));
    expect(references.join('\n')).toMatch(/\[Z\/OL\]/);
    for (const label of ['上移', '下移', '移除', '导出 Markdown', '打印讲义']) expect(pdf.text).not.toContain(label);
    expect(pdf.text).not.toContain('plan-atlas.example.org');
    await fresh.close();
  });

  it('reorders and trims from the keyboard, with the URL following', async () => {
    const { page } = await openPage(trainer, new URL(shared).pathname + new URL(shared).search);
    await ready(page);
    await page.locator('.handout-unit').first().locator('button', { hasText: '下移' }).focus();
    await page.keyboard.press('Enter');
    expect(idsOf(page.url())).toEqual([second.id, first.id, third.id]);
    // Focus stays on the moved unit's button, so pressing again moves it again.
    await page.keyboard.press('Enter');
    expect(idsOf(page.url())).toEqual([second.id, third.id, first.id]);
    expect(await page.locator('.handout-unit').nth(2).getAttribute('data-id')).toBe(first.id);
    await page.locator('.handout-unit').first().locator('button.remove').focus();
    await page.keyboard.press('Enter');
    expect(idsOf(page.url())).toEqual([third.id, first.id]);
    expect(await page.locator('.handout-unit').count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.closest('.handout-unit')?.getAttribute('data-id'))).toBe(third.id);
  });

  it('exports Markdown, a Word document and CSV with every text and citation', async () => {
    const { page } = await openPage(trainer, new URL(shared).pathname + new URL(shared).search);
    await ready(page);
    const read = (selector: string) => page.evaluate(async (s) => (await fetch(document.querySelector<HTMLAnchorElement>(s)!.href)).text(), selector);
    const references = await page.locator('#references-list li').allTextContents();
    const markdown = await read('#export-markdown');
    expect(markdown.startsWith('# 新任社区工作者培训 第一讲\n')).toBe(true);
    const word = await read('#export-word');
    expect(word).toContain('urn:schemas-microsoft-com:office:word');
    const csv = await read('#export-csv');
    // fetch().text() drops the BOM, so the first bytes are read as bytes: Excel needs them.
    const head = await page.evaluate(async () => [
      ...new Uint8Array(await (await fetch(document.querySelector<HTMLAnchorElement>('#export-csv')!.href)).arrayBuffer()).slice(0, 3),
    ]);
    expect(head).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.startsWith('order,id,kind,')).toBe(true);
    for (const m of chosen) {
      expect(flatten(markdown)).toContain(flatten(m.text));
      expect(flatten(word)).toContain(flatten(m.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')));
      expect(csv).toContain(m.id);
    }
    for (const reference of references) expect(markdown).toContain(reference);
    expect(await page.locator('#export-word').getAttribute('download')).toMatch(/\.doc$/);
    const bib = await read('#export-bibtex');
    expect(bib.match(/^@misc\{/gm)).toHaveLength(3);
  });

  it('says which ids it does not know instead of dropping them silently', async () => {
    const { page } = await openPage(trainer, `/selection/?ids=${first.id},no-such-unit-9`);
    await ready(page);
    expect(await page.locator('.handout-unit').count()).toBe(1);
    expect(await page.locator('#selection-missing').textContent()).toContain('no-such-unit-9');
  });

  it('inserts source text as text: markup in the title is shown, never run', async () => {
    const { page } = await openPage(trainer, `/selection/?ids=${first.id}&title=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await ready(page);
    expect(await page.locator('h1').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img').count()).toBe(0);
  });
});

describe('collecting from search results', () => {
  it('adds a measure found by search to the handout, and the button says so', async () => {
    const reader = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await openPage(reader, `/search/?q=${encodeURIComponent(third.id)}`);
    await page.waitForSelector('[data-testid="search-result"]');
    const result = page.locator('li.result', { has: page.locator(`a[href="${third.url}"]`) }).first();
    const button = result.locator('button.add-to-selection');
    expect(await button.textContent()).toBe('加入讲义');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.textContent()).toBe('已加入讲义');
    expect(await page.evaluate(() => Object.values(localStorage).join(' '))).toContain(third.id);
    expect(await page.locator('a.selection-link').getAttribute('href')).toContain(third.id);
    expect(errors).toEqual([]);
    await reader.close();
  });
});
