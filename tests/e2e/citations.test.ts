/**
 * Cited documents in headless Chromium: on a reading page the decision, however it is cited,
 * links to /plans/sichuan/; /citations/ lists the other titles with every place, and each place's
 * link lands on an element with that id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';

interface CitationRow {
  title: string;
  inCorpus: boolean;
  slug?: string;
  anchor: string;
  places: Array<{ source: string; unit: string; url: string; cited: string; count: number }>;
}

let browser: Browser;
let context: BrowserContext;
let data: CitationRow[];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  data = (await (await fetch(siteUrl('/data/citations.json'))).json()) as CitationRow[];
});
afterAll(async () => {
  await browser?.close();
});

describe('links to cited corpus documents on reading pages', () => {
  it('links the decision cited with 十九届四中全会 in dazhou’s preface to /plans/sichuan/, and only it', async () => {
    const { page, errors } = await openPage(context, '/plans/dazhou/0/');
    const measure = page.locator('#dazhou-0-0-1');
    const link = measure.locator('a.cited-doc');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('/plans/sichuan/');
    expect(await link.textContent()).toBe('《中共四川省委关于深入贯彻党的十九届四中全会精神推进城乡基层治理制度创新和能力建设的决定》');
    // The text reads as before: the titles outside the corpus are still there, as plain text.
    const text = (await measure.textContent())!;
    expect(text).toContain('根据《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》《中共四川省委');
    await link.click();
    await page.waitForURL('**/plans/sichuan/');
    expect(await page.locator('h1').first().textContent()).toContain('中共四川省委');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links the variant with 、 (dazhou, 面临形势) as well', async () => {
    const { page, errors } = await openPage(context, '/plans/dazhou/1/');
    const link = page.locator('#dazhou-1-4-1 a.cited-doc');
    expect(await link.getAttribute('href')).toBe('/plans/sichuan/');
    expect(await link.textContent()).toContain('精神、推进');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('every cited title on every reading page', () => {
  it('is a link, to a corpus document or to an entry that exists on /citations/', async () => {
    const citationsHtml = await (await fetch(siteUrl('/citations/'))).text();
    const citationIds = new Set([...citationsHtml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const corpus = new Set(data.filter((row) => row.inCorpus).map((row) => `/plans/${row.slug}/`));
    let links = 0;
    for (const source of readdirSync('dist/plans', { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const chapter of readdirSync(join('dist/plans', source.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
        const html = readFileSync(join('dist/plans', source.name, chapter.name, 'index.html'), 'utf8');
        // The plan's text only: what follows it (adoption, chain diagrams) quotes it as plain text.
        const end = html.indexOf('<div class="chapter-extras"');
        // The counterparts under each measure quote other measures' headings as plain text too.
        const article = html.slice(html.indexOf('<article'), end).replace(/<details class="counterparts".*?<\/details>/gs, '');
        const titles = article.split('《').length - 1;
        const anchors = [...article.matchAll(/<a href="([^"]+)"[^>]*class="(cited-doc|cited-ref)"[^>]*>《/g)];
        expect(anchors.length, `${source.name}/${chapter.name}`).toBe(titles);
        for (const [, href, kind] of anchors) {
          if (kind === 'cited-doc') expect(corpus.has(href), href).toBe(true);
          else expect(citationIds.has(href.split('#')[1]), href).toBe(true);
        }
        links += anchors.length;
      }
    }
    // 44 《…》 in the five texts, one of them a merged table cell shown in 11 rows.
    expect(links).toBe(data.reduce((n, row) => n + row.places.reduce((m, p) => m + p.count, 0), 0));
  });

  it('takes the reader from a title outside the corpus to its entry', async () => {
    const { page, errors } = await openPage(context, '/plans/dazhou/3/');
    const link = page.locator('#dazhou-3-3-3 a.cited-ref', { hasText: '中华人民共和国慈善法' });
    await link.click();
    await page.waitForURL('**/citations/#*');
    const id = await page.evaluate(() => location.hash.slice(1));
    expect(await page.locator(`[id="${id}"] .cited-title`).textContent()).toBe('《中华人民共和国慈善法》');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('/citations/', () => {
  it('lists every cited title, corpus documents linked, the others with every place', async () => {
    const { page, errors } = await openPage(context, '/citations/');
    expect(await page.locator('.cited-doc-entry').count()).toBe(data.length);
    const sichuan = page.locator('#doc-sichuan');
    expect(await sichuan.locator('.cited-title a').getAttribute('href')).toBe('/plans/sichuan/');
    const law = data.find((row) => row.title === '中华人民共和国慈善法')!;
    expect(law.inCorpus).toBe(false);
    const entry = page.locator(`#${law.anchor.split('#')[1]}`);
    expect(await entry.locator('.cited-title').textContent()).toBe('《中华人民共和国慈善法》');
    expect(await entry.locator('.places a').getAttribute('href')).toBe('/plans/dazhou/3/#dazhou-3-3-3');
    for (const row of data) {
      const anchor = row.anchor.split('#')[1];
      expect(await page.locator(`#${anchor} .places li`).count(), row.title).toBe(row.places.length);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links each place to an element with that id', async () => {
    const { page } = await openPage(context, '/citations/');
    const hrefs = await page.locator('.places a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    await page.close();
    expect(hrefs.length).toBe(data.reduce((n, row) => n + row.places.length, 0));
    const ids = new Map<string, Set<string>>();
    for (const href of hrefs) {
      const [path, hash] = href.split('#');
      if (!ids.has(path)) {
        const html = await (await fetch(siteUrl(path))).text();
        ids.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
      }
      expect(ids.get(path)!.has(hash), href).toBe(true);
    }
  });
});
