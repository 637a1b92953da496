/**
 * /compare/ and /compare/{theme}/ in headless Chromium: the matrix shows the counts of
 * /data/themes.json, every link lands on an element with the linked id, and on a 360px phone
 * the jurisdiction switcher shows one column at a time (without JavaScript).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';
import { outline } from '../support/built-examples.ts';
import { shippedExpectations, stated } from '../support/expectation-schema.ts';

/** The framework, first everywhere as the reference column. */
const framework = stated('the framework (asFramework)', (e) => e.asFramework)[0].slug;
/** Tags a reviewer checked with the terms that explain them (themes.tagged[].explainedBy), each with its measure and source. */
const explained = stated('a tag explained by its terms (themes.tagged[].explainedBy)', (e) =>
  Object.entries(e.themes?.tagged ?? {}).some(([, t]) => t.explainedBy) ? Object.entries(e.themes!.tagged).filter(([, t]) => t.explainedBy) : undefined,
).flatMap(({ slug, fact }) => fact.map(([id, t]) => ({ slug, id, tag: t.explainedBy! })));

interface ThemesData {
  coverage: { measures: number; tagged: number; share: number; untagged: string[] };
  sources: string[];
  themes: Array<{
    id: string;
    name: string;
    counts: Record<string, number>;
    measures: Record<string, Array<{ id: string; url: string; via: string; terms: Array<{ term: string }> }>>;
  }>;
}

let browser: Browser;
let context: BrowserContext;
let data: ThemesData;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  data = (await (await fetch(siteUrl('/data/themes.json'))).json()) as ThemesData;
});
afterAll(async () => {
  await browser?.close();
});

async function idsOn(path: string): Promise<Set<string>> {
  const response = await fetch(siteUrl(path));
  expect(response.status, path).toBe(200);
  const html = await response.text();
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

describe('/data/themes.json', () => {
  it('lists every theme with measure ids per source, the framework first, and the coverage', () => {
    expect(data.sources[0]).toBe(framework);
    expect(data.sources).toHaveLength(shippedExpectations().length);
    expect(data.themes.length).toBeGreaterThanOrEqual(14);
    expect(data.coverage.share).toBeGreaterThanOrEqual(0.95);
    for (const theme of data.themes) {
      for (const source of data.sources) expect(theme.measures[source]).toHaveLength(theme.counts[source]);
    }
    for (const { slug, id, tag } of explained) {
      const measure = data.themes.find((t) => t.id === tag.theme)!.measures[slug].find((m) => m.id === id)!;
      expect(measure.via, id).toBe(tag.via);
      expect(measure.terms.map((t) => t.term)).toContain(tag.term);
    }
  });
});

describe('/compare/ matrix', () => {
  it('shows, for every theme and source, the count in the data, linking to that column of the theme page', async () => {
    const { page, errors } = await openPage(context, '/compare/');
    // A cell is named by its row (the theme) and its column (the source), as a screen reader reads it.
    const cells = await page.locator('table.theme-matrix').evaluate((table) => {
      const sources = [...table.querySelectorAll('thead th[data-source]')].map((th) => th.getAttribute('data-source')!);
      return [...table.querySelectorAll('tbody tr[data-theme]')].flatMap((tr) =>
        [...tr.querySelectorAll('td.count')].map((td, i) => ({
          theme: tr.getAttribute('data-theme')!,
          source: sources[i],
          text: td.textContent!.trim(),
          href: td.querySelector('a')!.getAttribute('href')!,
        })),
      );
    });
    expect(cells).toHaveLength(data.themes.length * data.sources.length);
    for (const cell of cells) {
      const theme = data.themes.find((t) => t.id === cell.theme)!;
      expect(Number(cell.text), `${cell.theme} × ${cell.source}`).toBe(theme.counts[cell.source]);
      expect(cell.href).toBe(`/compare/${cell.theme}/#${cell.source}`);
    }
    // The columns follow the sources' order, the framework first as the reference column.
    expect(await page.locator('thead th[data-source]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-source')))).toEqual(data.sources);
    expect(await page.locator('thead th').nth(1).getAttribute('class')).toContain('reference');
    // The coverage note links to the untagged list on the same page.
    const note = page.locator('#coverage');
    await expect.poll(() => note.textContent()).toContain(`${data.coverage.tagged}`);
    const untaggedHref = await note.locator('a[href="#untagged"]').count();
    expect(untaggedHref).toBe(data.coverage.untagged.length ? 1 : 0);
    for (const id of data.coverage.untagged) expect(await page.locator(`#untagged a:has-text("${id}")`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links only to theme pages that have an element with the linked id', async () => {
    const { page } = await openPage(context, '/compare/');
    const hrefs = await page.locator('table.theme-matrix a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    await page.close();
    const byPage = new Map<string, string[]>();
    for (const href of hrefs) {
      const [path, hash] = href.split('#');
      byPage.set(path, [...(byPage.get(path) ?? []), ...(hash ? [hash] : [])]);
    }
    for (const [path, hashes] of byPage) {
      const ids = await idsOn(path);
      for (const hash of hashes) expect(ids.has(hash), `${path}#${hash}`).toBe(true);
    }
  });
});

describe('/compare/ on a phone', () => {
  it('fits 360px: the matrix scrolls inside its box, not the page', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const { page, errors } = await openPage(phone, '/compare/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('td.count a').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await phone.close();
  });
});

describe('/compare/grid-management/', () => {
  it('has one column per jurisdiction, the framework first, each with the measures of the data and their explanation', async () => {
    const { page, errors } = await openPage(context, '/compare/grid-management/');
    const columns = await page.locator('.jur-col').evaluateAll((els) => els.map((el) => el.id));
    expect(columns).toEqual(data.sources);
    const grid = data.themes.find((t) => t.id === 'grid-management')!;
    for (const source of data.sources) {
      const links = await page.locator(`#${source} .theme-measure .permalink`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(links).toEqual(grid.measures[source].map((m) => m.url));
    }
    // A tag a reviewer checked, explained by its term, marked in the text.
    const checked = explained.filter((e) => e.tag.theme === 'grid-management');
    expect(checked.length, 'no expectations file explains a grid-management tag').toBeGreaterThan(0);
    for (const { slug, id, tag } of checked) {
      const url = grid.measures[slug].find((m) => m.id === id)!.url;
      const item = page.locator(`#${slug} .theme-measure`, { has: page.locator(`a[href="${url}"]`) });
      expect(await item.locator('.why').textContent()).toContain(tag.term);
      expect(await item.locator('mark').count()).toBeGreaterThan(0);
    }
    // Side by side on a laptop: every column visible.
    for (const source of data.sources) expect(await page.locator(`#${source}`).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links every measure to its permalink, which exists on the reading page', async () => {
    const { page } = await openPage(context, '/compare/grid-management/');
    const hrefs = await page.locator('.theme-measure a.permalink').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    await page.close();
    expect(hrefs.length).toBeGreaterThan(0);
    const cache = new Map<string, Set<string>>();
    for (const href of hrefs) {
      const [path, hash] = href.split('#');
      if (!cache.has(path)) cache.set(path, await idsOn(path));
      expect(cache.get(path)!.has(hash), href).toBe(true);
    }
  });

  it('on a 360px phone shows one jurisdiction at a time and the switcher picks another', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const { page, errors } = await openPage(phone, '/compare/grid-management/');
    const visible = () => page.locator('.jur-col').evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.id));
    expect(await visible()).toEqual([framework]);
    // One switcher for the page (not one per column), kept in view.
    const switcher = page.locator('.switcher');
    expect(await switcher.count()).toBe(1);
    expect(await switcher.isVisible()).toBe(true);
    // Another jurisdiction, by its name.
    const other = outline().at(-1)!;
    await switcher.getByRole('link', { name: other.jurisdiction }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${other.source}`);
    expect(await visible()).toEqual([other.source]);
    expect(await switcher.isVisible()).toBe(true);
    // The page does not overflow the phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await phone.close();
  });
});
