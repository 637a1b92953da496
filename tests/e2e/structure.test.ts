/**
 * /structure/, its per-source pages and the chapter pages in headless Chromium: each chain drawn as an inline SVG with
 * every level's label as text, labels inside their boxes (not clipped), the ordered list of levels
 * visible as the text equivalent, the link to the source sentence, and no console errors.
 * JavaScript is off for the diagrams: they must not need it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';
import { outline, pageOf } from '../support/built-examples.ts';
import { shippedExpectations, stated } from '../support/expectation-schema.ts';

/** Every chain the expectations files state, and what /structure/ shows of each source. */
const expectedChains = shippedExpectations().flatMap(({ expected }) => Object.values(expected.chains?.levels ?? {}));
const structurePage = stated('what /structure/ shows of a source (chains.structurePage)', (e) => e.chains?.structurePage);

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
    expect(chains.length).toBe(expectedChains.length);
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

  it('compares the deepest chains level by level, the framework first', async () => {
    const { page, errors } = await openPage(context, '/structure/');
    const table = page.locator('#deepest table');
    const headers = await table.locator('thead th[scope="col"] a').allTextContents();
    for (const { slug, fact } of structurePage) {
      if (fact.deepestFirst) expect(headers[0], slug).toBe(fact.deepestHeader);
      if (fact.deepestHeader) expect(headers, slug).toContain(fact.deepestHeader);
    }
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toHaveLength(Math.max(...expectedChains.map((levels) => levels.length)));
    for (const { slug, fact } of structurePage) {
      if (fact.deepestColumn)
        expect(
          rows.map((row) => row[headers.indexOf(fact.deepestHeader!)]),
          slug,
        ).toEqual(fact.deepestColumn);
      if (fact.noDeepestNote) expect(await page.getByText(fact.noDeepestNote).count(), slug).toBe(1);
    }
    const party = await page.locator('#party-three tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent));
    const first = structurePage.find(({ fact }) => fact.partyThreeFirst);
    expect(first, 'no expectations file states the first party chain (chains.structurePage.partyThreeFirst)').toBeDefined();
    expect(party).toEqual(first!.fact.partyThreeFirst);
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
    expect(await items.count()).toBe(shippedExpectations().reduce((n, { expected }) => n + (expected.chains?.unreadable.length ?? 0), 0));
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
  for (const { slug, fact } of stated('a chain described in full (chains.described)', (e) => e.chains?.described)) {
    for (const described of fact) {
      it(`the chapter that writes ${described.id} shows its diagram, list and link back to the measure (${slug})`, async () => {
        const url = String(described.fields.url);
        const levels = shippedExpectations().find((e) => e.slug === slug)!.expected.chains!.levels[described.id];
        const { page, errors } = await openPage(context, pageOf(url));
        const figure = await readFigure(page, described.id);
        for (const level of levels) expect(figure.svgText).toContain(level);
        expect(figure.listItems).toEqual(levels);
        expect(figure.sourceLink).toBe(url);
        expect(await page.locator(`#${url.split('#')[1]}`).count()).toBe(1);
        expect(errors).toEqual([]);
      });
    }
  }

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
    const without = outline()
      .flatMap((source) => source.chapters.map((chapter) => chapter.url))
      .find((path) => !chains.some((chain) => pageOf(chain.url) === path))!;
    const { page } = await openPage(context, without);
    expect(await page.locator('figure.chain').count()).toBe(0);
  });
});
