/**
 * Cited documents in headless Chromium: on a reading page a corpus document, however it is cited,
 * links to its page (as its expectations file lists the places, citations.linkedFrom); /citations/ lists the other titles with every place, and each place's
 * link lands on an element with that id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';
import { stated } from '../support/expectation-schema.ts';

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
  for (const { slug, fact } of stated('a cited corpus document (citations.document, linkedFrom)', (e) => (e.citations?.document ? e.citations : undefined))) {
    const doc = fact.document!;
    for (const want of fact.linkedFrom ?? []) {
      it(`links ${slug} as ${want.unit} cites it to its page${want.linkText ? ', and only it' : ''}`, async () => {
        const { page, errors } = await openPage(context, want.page);
        const measure = page.locator(`#${want.unit}`);
        const link = measure.locator('a.cited-doc');
        if (want.linkText) {
          expect(await link.count()).toBe(1);
          expect(await link.textContent()).toBe(want.linkText);
        }
        if (want.linkTextIncludes) expect(await link.textContent()).toContain(want.linkTextIncludes);
        expect(await link.getAttribute('href')).toBe(doc.page);
        // The text reads as before: the titles outside the corpus are still there, as plain text.
        if (want.textIncludes) expect((await measure.textContent())!).toContain(want.textIncludes);
        await link.click();
        await page.waitForURL(`**${doc.page}`);
        expect(await page.locator('h1').first().textContent()).toContain(doc.headingIncludes);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});

const outside = stated('a title outside the corpus reached from a reading page (citations.outside[].reachedFrom)', (e) =>
  e.citations?.outside?.some((entry) => entry.reachedFrom) ? e.citations.outside.filter((entry) => entry.reachedFrom) : undefined,
).flatMap(({ slug, fact }) => fact.map((entry) => ({ slug, entry, from: entry.reachedFrom! })));

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
    // Every place counted as often as it is shown: a merged table cell is shown in each of its rows.
    expect(links).toBe(data.reduce((n, row) => n + row.places.reduce((m, p) => m + p.count, 0), 0));
  });

  for (const { slug, entry, from } of outside) {
    it(`takes the reader from a title outside the corpus to its entry (${slug})`, async () => {
      const { page, errors } = await openPage(context, from.page);
      const link = page.locator(`#${from.unit} a.cited-ref`, { hasText: entry.title });
      await link.click();
      await page.waitForURL('**/citations/#*');
      const id = await page.evaluate(() => location.hash.slice(1));
      expect(await page.locator(`[id="${id}"] .cited-title`).textContent()).toBe(`《${entry.title}》`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('/citations/', () => {
  it('lists every cited title, corpus documents linked, the others with every place', async () => {
    const { page, errors } = await openPage(context, '/citations/');
    expect(await page.locator('.cited-doc-entry').count()).toBe(data.length);
    for (const { fact } of stated('a cited corpus document (citations.document)', (e) => e.citations?.document)) {
      expect(await page.locator(`#${fact.anchor} .cited-title a`).getAttribute('href')).toBe(fact.page);
    }
    for (const { entry, from } of outside) {
      const row = data.find((r) => r.title === entry.title)!;
      expect(row.inCorpus).toBe(false);
      const listed = page.locator(`#${row.anchor.split('#')[1]}`);
      expect(await listed.locator('.cited-title').textContent()).toBe(`《${entry.title}》`);
      expect(await listed.locator('.places a').getAttribute('href')).toBe(from.placeUrl);
    }
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
