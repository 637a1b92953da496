/**
 * Theme pages and the search page's theme filter agree, and a measure that mentions a theme's
 * terms without carrying the theme is listed on the theme page with the reason. Themes are read
 * from /data/themes.json and content/themes.json, not named here.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCurated } from '../../scripts/lib/curated.ts';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';
import { flatten, printToPdf } from '../support/pdf.ts';

interface Mentioned {
  id: string;
  url: string;
  why: 'score' | 'excluded';
  reason: string;
  score: number;
  terms: Array<{ term: string; title: number; body: number }>;
}
interface ThemesData {
  sources: string[];
  themes: Array<{
    id: string;
    name: string;
    terms: string[];
    minScore: number;
    total: number;
    counts: Record<string, number>;
    measures: Record<string, Array<{ id: string }>>;
    mentioned: Record<string, Mentioned[]>;
    mentionedTotal: number;
  }>;
}

let browser: Browser;
let context: BrowserContext;
let data: ThemesData;
let measureText: Map<string, string>;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  data = (await (await fetch(siteUrl('/data/themes.json'))).json()) as ThemesData;
  const measures = (await (await fetch(siteUrl('/data/measures.json'))).json()) as { measures?: Array<{ id: string; text: string }> } | Array<{ id: string; text: string }>;
  const list = Array.isArray(measures) ? measures : measures.measures!;
  measureText = new Map(list.map((m) => [m.id, m.text]));
});
afterAll(async () => {
  await browser?.close();
});

/** The number a theme page states as its total (共 N 条举措). */
async function themePageTotal(id: string): Promise<number> {
  const html = await (await fetch(siteUrl(`/compare/${id}/`))).text();
  const match = html.match(/data-testid="theme-total"[^>]*>(\d+)</);
  expect(match, `/compare/${id}/ states its total`).not.toBeNull();
  return Number(match![1]);
}

describe('the search theme filter and the theme pages', () => {
  it('count the same measures for every theme when no query is typed', async () => {
    expect(data.themes.length).toBeGreaterThan(0);
    const { page, errors } = await openPage(context, '/search/');
    await page.waitForSelector('#search-app[data-state="ready"]');
    await page.waitForSelector('#search-theme:not([disabled])');
    const options = await page.locator('#search-theme option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent! })));
    for (const theme of data.themes) {
      const total = await themePageTotal(theme.id);
      const option = options.find((o) => o.value === theme.id);
      expect(option?.text, theme.id).toBe(`${theme.name}（${total}）`);
      // Choosing the theme lists its measures: the status counts as many as the theme page.
      await page.selectOption('#search-theme', theme.id);
      await expect.poll(() => page.locator('#search-status').textContent()).toContain(`主题“${theme.name}”：共 ${total} 条举措`);
      expect(new URL(page.url()).searchParams.get('t')).toBe(theme.id);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists, from a theme link, the same measures per jurisdiction as the theme page’s columns', async () => {
    const theme = data.themes.find((t) => t.total > 0 && data.sources.filter((s) => t.counts[s] > 0).length > 1)!;
    const { page } = await openPage(context, `/search/?t=${theme.id}`);
    await page.waitForSelector('#search-app[data-state="ready"]');
    const buttons = await page
      .locator('#search-filters button.filter')
      .evaluateAll((bs) => bs.map((b) => ({ source: (b as HTMLElement).dataset.jurisdiction!, text: b.textContent! })));
    const { page: themePage } = await openPage(context, `/compare/${theme.id}/`);
    const columns = Object.fromEntries(
      await Promise.all(data.sources.map(async (s) => [s, Number((await themePage.locator(`#${s}-title .col-count`).textContent())!.match(/\d+/)![0])] as const)),
    );
    await themePage.close();
    for (const source of data.sources) {
      const button = buttons.find((b) => b.source === source);
      expect(button ? Number(button.text.match(/(\d+)$/)![1]) : 0, `${theme.id} × ${source}`).toBe(columns[source]);
    }
    await page.close();
  });

  it('says, with a query, that the filter searches only the theme’s measures and how many it has', async () => {
    const theme = data.themes.find((t) => t.mentionedTotal > 0)!;
    const total = await themePageTotal(theme.id);
    const term = theme.terms[0];
    const { page } = await openPage(context, `/search/?q=${encodeURIComponent(term)}&t=${theme.id}`);
    await page.waitForSelector(`#search-app[data-state="ready"][data-query="${term}"]`);
    expect(await page.locator('#search-status').textContent()).toContain(`主题筛选只在归入本主题的 ${total} 条举措（与主题页条数相同）中查找`);
    await page.close();
  });
});

describe('a theme page lists the measures that mention its terms but are not tagged', () => {
  it('shows each with its link and the reason, and each really contains a term and falls short of the score', async () => {
    const theme = data.themes.find((t) => Object.values(t.mentioned).some((list) => list.some((m) => m.why === 'score')))!;
    expect(theme, 'some theme has a mentioning, untagged measure').toBeDefined();
    const { page, errors } = await openPage(context, `/compare/${theme.id}/`);
    const section = page.locator('#mentioned');
    expect(await section.locator('h2').textContent()).toContain('提到但未归入本主题的举措');
    const tagged = new Set(
      Object.values(theme.measures)
        .flat()
        .map((m) => m.id),
    );
    for (const source of data.sources) {
      for (const m of theme.mentioned[source]) {
        // Checked against the text itself, not the tagger: a term occurs, and the measure is not under the theme.
        expect(theme.terms.some((term) => measureText.get(m.id)!.includes(term)) || m.why === 'excluded', m.id).toBe(true);
        expect(tagged.has(m.id), m.id).toBe(false);
        const item = section.locator(`details[data-source="${source}"] li[data-id="${m.id}"]`);
        expect(await item.locator('a').getAttribute('href')).toBe(m.url);
        expect(await item.textContent()).toContain(m.reason);
        if (m.why === 'score') {
          const [, score, need] = m.reason.match(/（得分 (\d+)，需 (\d+)）$/)!;
          expect(Number(score)).toBeLessThan(Number(need));
          expect(Number(need)).toBe(theme.minScore);
        }
      }
    }
    // Collapsed per source: the reader opens one to read it.
    const first = section.locator('details').first();
    expect(await first.getAttribute('open')).toBeNull();
    await first.locator('summary').click();
    expect(await first.locator('li').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists every editor's exclusion with the editor's reason", async () => {
    const curated = readCurated('themes').themes.filter((t) => t.exclude.length > 0);
    expect(curated.length).toBeGreaterThan(0);
    for (const theme of curated) {
      const html = await (await fetch(siteUrl(`/compare/${theme.id}/`))).text();
      for (const o of theme.exclude) {
        const item = html.match(new RegExp(`<li[^>]*data-id="${o.id}"[^>]*data-why="excluded"[^>]*>([\\s\\S]*?)</li>`));
        expect(item, `${theme.id}: ${o.id}`).not.toBeNull();
        expect(item![1]).toContain(`由编者排除：${o.reason}`);
      }
    }
  });

  it('keeps every theme page within the aggregate pages’ budget of 1,500 elements', async () => {
    const { page } = await openPage(context, '/compare/');
    for (const theme of data.themes) {
      await page.goto(siteUrl(`/compare/${theme.id}/`), { waitUntil: 'domcontentloaded' });
      const n = await page.evaluate(() => document.querySelectorAll('*').length);
      expect(n, theme.id).toBeLessThanOrEqual(1500);
    }
    await page.close();
  });
});

describe('printing a theme page', () => {
  it('prints the folded lists of mentioning measures unfolded, with their reasons', async () => {
    const theme = data.themes.find((t) => t.mentionedTotal > 0)!;
    const { page } = await openPage(context, `/compare/${theme.id}/`);
    const pdf = await printToPdf(page);
    for (const source of data.sources) for (const m of theme.mentioned[source]) expect(pdf.flat, m.id).toContain(flatten(m.reason));
    await page.close();
  });
});
