/**
 * Printing on A4 without loss, in a real Chromium (page.pdf) read back with pdftotext: the theme
 * comparison and the indicator table keep every jurisdiction and value, one unit prints alone with
 * its citation, and printed addresses are the site's configured address, never a placeholder.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { htmlPages, readJson } from '../support/dist.ts';
import { flatten, flattenHyphens, printToPdf } from '../support/pdf.ts';

interface Measure {
  id: string;
  source: string;
  jurisdiction: string;
  title: string;
  text: string;
  url: string;
}
const measures = readJson<Measure[]>('data/measures.json');
const jurisdictions = [...new Set(measures.map((m) => m.jurisdiction))];

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('printing on A4', () => {
  it('prints a theme comparison with every jurisdiction’s column and every measure in it', async () => {
    const { themes } = readJson<{ themes: Array<{ id: string }> }>('data/themes.json');
    const { page } = await openPage(context, `/compare/${themes[0].id}/`);
    const titles = await page.locator('.m-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    const pdf = await printToPdf(page);
    for (const name of jurisdictions) expect(pdf.text, name).toContain(name);
    for (const title of titles) expect(pdf.flat, title).toContain(flatten(title));
  });

  it('prints the indicator table with every jurisdiction and every value, and without its filters', async () => {
    const { page } = await openPage(context, '/indicators/');
    const columns = await page.locator('.indicator-table thead th').allTextContents();
    const values = await page.locator('.indicator-table .target').allTextContents();
    const names = await page.locator('.indicator-table tbody th .name').allTextContents();
    expect(values.length).toBeGreaterThan(0);
    const pdf = await printToPdf(page);
    for (const column of columns) expect(pdf.text, column).toContain(column);
    // Values repeat across rows: each distinct value, and every row name, is on paper.
    for (const value of new Set(values)) expect(pdf.flatNoHyphens, value).toContain(flattenHyphens(value));
    for (const name of names) expect(pdf.flatNoHyphens, name).toContain(flattenHyphens(name));
    expect(pdf.text).not.toMatch(/显示\s*\d+\s*\/\s*\d+/);
  });

  it('prints one measure alone, with its document, chapter and citation, from its own “打印此条” button', async () => {
    const measure = measures.find((m) => m.title !== '' && m.text.length > 80)!;
    const other = measures.find((m) => m.url.split('#')[0] === measure.url.split('#')[0] && m.id !== measure.id)!;
    const { page } = await openPage(context, measure.url.split('#')[0]);
    // The print dialog is the browser's; the test prints to PDF itself once the page is set up.
    await page.evaluate(() => (window.print = () => undefined));
    await page.locator(`[id="${measure.id}"] button.print-unit`).click();
    await page.waitForSelector('body.print-one');
    const pdf = await printToPdf(page);
    expect(pdf.pages).toBe(1);
    expect(pdf.flat).toContain(flatten(measure.text));
    expect(pdf.text).toContain(measure.jurisdiction);
    expect(pdf.flatNoHyphens).toContain(flattenHyphens(`${measure.url}.`));
    expect(pdf.text).toContain('[Z/OL]');
    if (other) expect(pdf.flat).not.toContain(flatten(other.text).slice(0, 40));
  });

  it('prints a chapter with its units’ full permalinks at the configured address', async () => {
    const measure = measures[0];
    const { page } = await openPage(context, measure.url.split('#')[0]);
    const pdf = await printToPdf(page);
    expect(pdf.flatNoHyphens).toContain(flattenHyphens(`http://localhost:4321${measure.url}`));
    for (const label of ['复制链接', '加入讲义', '打印此条']) expect(pdf.text).not.toContain(label);
  });
});

describe('the site address', () => {
  it('never prints or links the placeholder address: not in pages, canonical links, Open Graph or the sitemap', async () => {
    const files = [...(await htmlPages()), 'dist/sitemap-0.xml'];
    const found = files.filter((file) => readFileSync(file, 'utf8').includes('example.org'));
    expect(found).toEqual([]);
  });
});

describe('citation metadata for reference managers', () => {
  it('is on every document and chapter page: Highwire citation_* and Dublin Core tags', async () => {
    const pages = (await htmlPages()).filter((file) => /dist\/plans\/[^/]+\/(\d+\/)?index\.html$/.test(file));
    expect(pages.length).toBeGreaterThan(jurisdictions.length);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const name of ['citation_title', 'citation_author', 'citation_public_url', 'DC.title', 'DC.creator', 'DC.identifier']) {
        expect(html, `${file} ${name}`).toMatch(new RegExp(`<meta name="${name.replace('.', '\\.')}" content="[^"]+"`));
      }
    }
  });
});
