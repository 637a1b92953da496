/**
 * /structure/, its per-source pages and the chapter pages in headless Chromium: each chain drawn as an inline SVG with
 * every level's label as text, labels inside their boxes (not clipped), the ordered list of levels
 * visible as the text equivalent, the link to the source sentence, and no console errors.
 * JavaScript is off for the diagrams: they must not need it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';

interface Chain {
  id: string;
  source: string;
  jurisdiction: string;
  url: string;
  record: string;
  chapterNumber: number;
  levels: string[];
  supplied: number[];
}

let browser: Browser;
let context: BrowserContext;
let chains: Chain[];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  chains = (await (await fetch(siteUrl('/data/structures.json'))).json()).chains;
});
afterAll(async () => {
  await browser?.close();
});

/** Per figure: SVG text, title, visible list items, and any label wider than its box. */
async function readFigure(page: Page, id: string) {
  return page.locator(`#chain-${id}`).evaluate((figure) => {
    const svg = figure.querySelector('svg');
    const list = figure.querySelector('ol.chain-levels') as HTMLElement | null;
    const overflowing = [...(svg?.querySelectorAll('g.node') ?? [])].flatMap((node) => {
      const rect = node.querySelector('rect')!.getBoundingClientRect();
      const text = node.querySelector('text')!.getBoundingClientRect();
      return text.left < rect.left - 0.5 || text.right > rect.right + 0.5 ? [node.textContent] : [];
    });
    // Mermaid measured the boxes at 16px: a label drawn at another size no longer matches its box.
    const resized = [...(svg?.querySelectorAll('g.node text') ?? [])].flatMap((text) =>
      getComputedStyle(text).fontSize === '16px' ? [] : [`${text.textContent} ${getComputedStyle(text).fontSize}`],
    );
    return {
      svgText: svg?.textContent ?? '',
      title: svg?.querySelector('title')?.textContent ?? '',
      labelledBy: svg?.getAttribute('aria-labelledby') ?? '',
      listItems: [...(list?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim() ?? ''),
      listVisible: !!list && list.offsetHeight > 0 && getComputedStyle(list).visibility !== 'hidden',
      sourceLink: figure.querySelector('.chain-source a')?.getAttribute('href') ?? '',
      overflowing,
      resized,
    };
  });
}

describe('/structure/', () => {
  it('draws every chain on its source’s page as an SVG with each level as text, a visible <ol>, its source link, no console errors', async () => {
    expect(chains.length).toBeGreaterThan(20);
    const noScript = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const sources = [...new Set(chains.map((chain) => chain.source))];
    for (const source of sources) {
      const own = chains.filter((chain) => chain.source === source);
      const { page, errors } = await openPage(noScript, `/structure/${source}/`);
      expect(await page.locator('figure.chain svg').count(), source).toBe(own.length);
      for (const chain of own) {
        const figure = await readFigure(page, chain.id);
        for (const level of chain.levels) expect(figure.svgText, `${chain.id} ${level}`).toContain(level);
        expect(figure.title, chain.id).toContain(chain.jurisdiction);
        expect(figure.labelledBy, chain.id).not.toBe('');
        expect(figure.listVisible, chain.id).toBe(true);
        expect(figure.listItems.map((item) => item.replace('〔校正补入〕', ''))).toEqual(chain.levels);
        expect(figure.sourceLink).toBe(chain.url);
        expect(figure.overflowing, `${chain.id}: labels wider than their boxes`).toEqual([]);
        expect(figure.resized, `${chain.id}: labels not at the size they were measured`).toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
    await noScript.close();
  });

  it('compares the five-level chains level by level, the province first', async () => {
    const { page, errors } = await openPage(context, '/structure/');
    const table = page.locator('#deepest table');
    const headers = await table.locator('thead th[scope="col"] a').allTextContents();
    expect(headers[0]).toBe('四川省');
    expect(headers).toEqual(expect.arrayContaining(['遂宁市', '达州市', '广汉市']));
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toHaveLength(5);
    const dazhou = headers.indexOf('达州市');
    expect(rows.map((row) => row[dazhou])).toEqual(['街道党工委', '社区党委', '网格片区党总支', '居民小区党支部', '楼栋（院落）党小组']);
    expect(await page.getByText('仁寿县：文中没有写出五级链条。').count()).toBe(1);
    const party = await page.locator('#party-three tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent));
    expect(party).toEqual(['街道党组织', '社区党组织', '小区党组织']); // the province's 三级架构 comes first
    expect(errors).toEqual([]);
  });

  it('links every source to its own page of diagrams, without drawing them here', async () => {
    const { page } = await openPage(context, '/structure/');
    expect(await page.locator('figure.chain').count()).toBe(0);
    const links = await page.locator('#by-source a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining([...new Set(chains.map((chain) => `/structure/${chain.source}/`))]));
  });

  it('lists what the rule could not read, with links to the sentences', async () => {
    const { page } = await openPage(context, '/structure/');
    const items = page.locator('ul.unreadable > li');
    expect(await items.count()).toBe(5);
    expect(await items.first().locator('a').getAttribute('href')).toMatch(/^\/plans\/[a-z]+\/\d+\/#/);
  });

  it('fits a 360px phone without horizontal page scroll', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page, errors } = await openPage(phone, '/structure/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await phone.close();
  });
});

describe('chapter pages', () => {
  it('the chapter that writes a chain shows its diagram, list and link back to the measure', async () => {
    const { page, errors } = await openPage(context, '/plans/dazhou/1/');
    const figure = await readFigure(page, 'dazhou-1-2-1-c1');
    for (const level of ['街道党工委', '社区党委', '网格片区党总支', '居民小区党支部', '楼栋（院落）党小组']) expect(figure.svgText).toContain(level);
    expect(figure.listItems).toEqual(['街道党工委', '社区党委', '网格片区党总支', '居民小区党支部', '楼栋（院落）党小组']);
    expect(figure.sourceLink).toBe('/plans/dazhou/1/#dazhou-1-2-1');
    expect(await page.locator('#dazhou-1-2-1').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('every chain appears on its own chapter page, and a chapter without chains shows none', async () => {
    const pages = new Map<string, Chain[]>();
    for (const chain of chains) {
      const path = `/plans/${chain.source}/${chain.chapterNumber}/`;
      pages.set(path, [...(pages.get(path) ?? []), chain]);
    }
    for (const [path, list] of pages) {
      const { page } = await openPage(context, path);
      expect(await page.locator('figure.chain svg').count(), path).toBe(list.length);
      await page.close();
    }
    const { page } = await openPage(context, '/plans/renshou/1/');
    expect(await page.locator('figure.chain').count()).toBe(0);
  });
});
