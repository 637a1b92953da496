/**
 * The search page in headless Chromium against the built site: typing lists highlighted results in
 * the engine's rank order, a result opens on its measure, back restores the query, every hit can be
 * listed, filters count honestly, and a query is never HTML.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFuzzy } from '../../src/lib/search/fuzzy.ts';
import { SearchIndex, search } from '../../src/lib/search/match.ts';
import { decodeShard, type Manifest, type Row } from '../../src/lib/search/shards.ts';
import { useTradSimp } from '../../src/lib/search/trad-simp.ts';
import { launchBrowser, openPage } from '../support/browser.ts';

let browser: Browser;
let context: BrowserContext;

/** The engine over the index (and traditional → simplified table) the build wrote, for the expected order. */
function builtIndex() {
  useTradSimp((JSON.parse(readFileSync('dist/search-trad-simp.json', 'utf8')) as { pairs: string }).pairs);
  const manifest: Manifest = JSON.parse(readFileSync('dist/search-index.json', 'utf8'));
  const index = new SearchIndex(manifest.aliases);
  for (const shard of manifest.shards) index.add(decodeShard(manifest, JSON.parse(readFileSync(`dist/search-index/${shard.file}`, 'utf8')) as Row[]));
  return index;
}

const results = (page: Page) => page.locator('[data-testid="search-result"]');
const settled = (page: Page, query: string) => page.waitForSelector(`#search-app[data-state="ready"][data-query="${query.replace(/"/g, '\\"')}"]`);

beforeAll(async () => {
  await loadFuzzy();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 360, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('search page', () => {
  it('lists highlighted results in rank order as the user types, opens a measure, and back restores the query', async () => {
    const { page, errors } = await openPage(context, '/search/');
    await page.waitForSelector('#search-app[data-state="ready"]');
    const query = '党群服务中心';
    await page.locator('#q').pressSequentially(query);
    await settled(page, query);

    const index = builtIndex();
    const expected = search(index, query);
    const shown = await results(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    // The first page of results (25), in the engine's order.
    expect(shown).toHaveLength(Math.min(25, expected.hits.length));
    expect(shown).toEqual(expected.hits.slice(0, shown.length).map((hit) => index.records[hit.index].url));
    expect(await page.locator('#search-status').textContent()).toContain(`原文匹配 ${expected.exact} 条`);

    // Every verbatim result shows the query highlighted in its snippet.
    const firstItem = page.locator('li.result').first();
    expect(await firstItem.locator('mark').allTextContents()).toContain(query);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);

    const href = shown[0]!;
    const id = href.split('#')[1];
    await results(page).first().click();
    await page.waitForURL((url) => url.pathname === href.split('#')[0] && url.hash === `#${id}`);
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe(id);
    expect(await target.textContent()).toContain(query);

    await page.goBack();
    await settled(page, query);
    expect(await page.locator('#q').inputValue()).toBe(query);
    expect(await results(page).first().getAttribute('href')).toBe(href);
    expect(errors).toEqual([]);
  });

  it('loads and searches the index in a worker, so the page itself never parses or indexes it', async () => {
    const query = '社区';
    const { page, errors } = await openPage(context, `/search/?q=${encodeURIComponent(query)}`);
    await settled(page, query);
    expect(await results(page).count()).toBe(25);
    // load.ts marks each step where it runs: in the worker's timeline, not the page's.
    const steps = ['search:first-shard-parsed', 'search:first-shard-indexed'];
    const marked = (names: string[]) => names.map((name) => performance.getEntriesByName(name).length);
    expect(page.workers()).toHaveLength(1);
    expect(await page.workers()[0].evaluate(marked, steps)).toEqual([1, 1]);
    expect(await page.evaluate(marked, steps)).toEqual([0, 0]);
    expect(errors).toEqual([]);
  });

  it('lists every hit: "show more" reaches the exact total, and jurisdiction counts add up', async () => {
    const query = '社区';
    const { page, errors } = await openPage(context, `/search/?q=${encodeURIComponent(query)}`);
    await settled(page, query);
    const total = search(builtIndex(), query).hits.length;
    expect(total).toBeGreaterThan(25);
    expect(await page.locator('#search-status').textContent()).toContain(`共 ${total} 条结果`);
    while (await page.locator('#search-more').isVisible()) await page.locator('#search-more').click();
    expect(await results(page).count()).toBe(total);

    const buttons = page.locator('#search-filters button');
    const labels = await buttons.allTextContents();
    const counts = labels.map((label) => Number(label.split(' ').pop()));
    expect(counts[0]).toBe(total);
    expect(counts.slice(1).reduce((a, b) => a + b, 0)).toBe(total);

    // One jurisdiction (the second button; the first is 全部): only its hits, and its count.
    const one = buttons.nth(1);
    const name = (await one.textContent())!.split(' ')[0];
    const oneCount = Number((await one.textContent())!.split(' ').pop());
    const slug = await one.getAttribute('data-jurisdiction');
    await one.click();
    while (await page.locator('#search-more').isVisible()) await page.locator('#search-more').click();
    expect(await results(page).count()).toBe(oneCount);
    const metas = await page.locator('li.result .result-meta').allTextContents();
    expect(metas.every((meta) => meta.includes(name))).toBe(true);
    expect(new URL(page.url()).searchParams.get('j')).toBe(slug);
    expect(errors).toEqual([]);
  });

  it('keeps "show more" in the URL: a hit reached through it is there again after reload, and after opening it and going back', async () => {
    const query = '社区';
    const { page, errors } = await openPage(context, `/search/?q=${encodeURIComponent(query)}`);
    await settled(page, query);
    const index = builtIndex();
    const expected = search(index, query).hits.map((hit) => index.records[hit.index].url);
    expect(expected.length).toBeGreaterThan(75);
    await page.locator('#search-more').click();
    await page.locator('#search-more').click();
    expect(new URL(page.url()).searchParams.get('p')).toBe('3');
    expect(await results(page).count()).toBe(75);

    await page.reload();
    await settled(page, query);
    expect(await results(page).count()).toBe(75);
    const last = results(page).nth(74);
    expect(await last.getAttribute('href')).toBe(expected[74]);

    await last.click();
    await page.waitForURL((url) => url.pathname !== '/search/');
    await page.goBack();
    await settled(page, query);
    expect(await results(page).count()).toBe(75);
    expect(await results(page).nth(74).getAttribute('href')).toBe(expected[74]);

    // A new query starts again at the first page.
    await page.locator('#q').fill('网格');
    await settled(page, '网格');
    expect(new URL(page.url()).searchParams.get('p')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('filters by theme: only that theme’s measures, with the count the theme pages give', async () => {
    const query = '网格';
    const { page, errors } = await openPage(context, `/search/?q=${encodeURIComponent(query)}`);
    await settled(page, query);
    const { themes } = JSON.parse(readFileSync('dist/data/themes.json', 'utf8')) as {
      themes: Array<{ id: string; name: string; measures: Record<string, Array<{ id: string }>> }>;
    };
    const grid = themes.find((t) => t.id === 'grid-management')!;
    const gridIds = new Set(
      Object.values(grid.measures)
        .flat()
        .map((m) => m.id),
    );
    // The theme's measures that contain the query, by the engine over the built index.
    const index = builtIndex();
    const expected = search(index, query)
      .hits.map((hit) => index.records[hit.index])
      .filter((r) => r.kind === 'measure' && gridIds.has(r.url.split('#')[1]));
    expect(expected.length).toBeGreaterThan(0);
    const option = page.locator('#search-theme option[value="grid-management"]');
    expect(await option.textContent()).toBe(`${grid.name}（${expected.length}）`);
    await page.locator('#search-theme').selectOption('grid-management');
    while (await page.locator('#search-more').isVisible()) await page.locator('#search-more').click();
    const shown = await results(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(shown).toEqual(expected.map((r) => r.url));
    expect(new URL(page.url()).searchParams.get('t')).toBe('grid-management');
    expect(await page.locator('#search-status').textContent()).toContain(`主题“${grid.name}”`);
    expect(errors).toEqual([]);
  });

  it('shows a markup query as text: no element, no script, no dialog', async () => {
    const query = '<img src=x onerror=alert(1)>';
    const dialogs: string[] = [];
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const { siteUrl } = await import('../support/browser.ts');
    await page.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}`));
    await settled(page, query);
    expect(await page.locator('#q').inputValue()).toBe(query);
    expect(await page.locator('#search-status').textContent()).toContain(query);
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('finds a unit by its id and a table by its caption; a measure without a lead is titled by its first clause', async () => {
    const index = builtIndex();
    const leadless = index.records.find((r) => r.kind === 'measure' && r.title === '' && /[，；。]/u.test(r.text))!;
    const table = index.records.find((r) => r.kind === 'table')!;
    expect(leadless).toBeDefined();
    expect(table).toBeDefined();

    const { page, errors } = await openPage(context, `/search/?q=${encodeURIComponent(leadless.id)}`);
    await settled(page, leadless.id);
    const first = results(page).first();
    expect(await first.getAttribute('href')).toBe(leadless.url);
    const clause = leadless.text.slice(0, leadless.text.search(/[，；。]/u));
    expect(await first.textContent()).toBe(clause);
    expect(await page.locator('li.result').first().locator('.result-meta').textContent()).toContain(leadless.id);

    await page.locator('#q').fill(table.title);
    await settled(page, table.title);
    expect(await results(page).first().getAttribute('href')).toBe(table.url);
    expect(errors).toEqual([]);
  });

  for (const viewport of [
    { name: 'desktop', width: 1350, height: 940 },
    { name: 'phone', width: 412, height: 823 },
  ]) {
    it(`does not move what is on screen while the index and results arrive (${viewport.name})`, async () => {
      const shifting = await browser.newContext({ viewport });
      // Cumulative layout shift, as Lighthouse counts it: every shift not caused by input.
      await shifting.addInitScript(() => {
        const w = window as unknown as { layoutShift: number };
        w.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) w.layoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const query of ['', '志愿服务']) {
        const { page, errors } = await openPage(shifting, query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');
        await settled(page, query);
        // Two frames after the last change, so its shift has been reported.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
        expect(shift, `CLS of /search/?q=${query}`).toBeLessThan(0.1);
        expect(errors).toEqual([]);
      }
      await shifting.close();
    });
  }

  it('without JavaScript says so and links to the data, instead of a loading message', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(noScript, '/search/?q=%E7%A4%BE%E5%8C%BA');
    const status = (await page.locator('#search-status').textContent()) ?? '';
    expect(status).toContain('JavaScript');
    expect(status).not.toContain('正在加载');
    expect(await page.locator('#search-status a[href="/data/"]').isVisible()).toBe(true);
    await noScript.close();
  });

  it('the header search form on any page leads to results', async () => {
    const { page, errors } = await openPage(context, '/plans/');
    await page.locator('#site-search-q').fill('网格化');
    await page.locator('#site-search-q').press('Enter');
    await settled(page, '网格化');
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(await results(page).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
