/** /indicators/ and /adoption/ in headless Chromium: rows, links that land, marks, filters, phone width, data files. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

/** Every href resolves to a page holding an element with the fragment's id. */
async function expectLinksResolve(page: Page, hrefs: string[]) {
  const byPath = new Map<string, Set<string>>();
  for (const href of hrefs) {
    const url = new URL(href, siteUrl('/'));
    const ids = byPath.get(url.pathname) ?? new Set<string>();
    if (url.hash) ids.add(decodeURIComponent(url.hash.slice(1)));
    byPath.set(url.pathname, ids);
  }
  for (const [path, ids] of byPath) {
    const response = await page.request.get(siteUrl(path));
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    for (const id of ids) expect(html.includes(`id="${id}"`), `${path}#${id}`).toBe(true);
  }
}

describe('/indicators/', () => {
  it('shows one row per shared indicator, a column per plan, and links to where each target is stated', async () => {
    const { page, errors } = await openPage(context, '/indicators/');
    expect(await page.locator('h1').textContent()).toBe('指标对照');
    const rows = page.locator('.indicator-table tbody tr');
    expect(await rows.count()).toBe(31);
    expect(await page.locator('.indicator-table thead th').allTextContents()).toEqual(['指标', '遂宁市', '达州市', '广汉市', '仁寿县']);
    // The same indicator of two plans on one row.
    const volunteers = rows.filter({ has: page.locator('th', { hasText: '每万人中注册志愿者数量' }) });
    expect(await volunteers.count()).toBe(1);
    expect(await volunteers.locator('td[data-source="dazhou"] .target').textContent()).toBe('≥ 1800 人');
    expect(await volunteers.locator('td[data-source="guanghan"] .target').textContent()).toBe('≥ 2000 人');
    expect(await volunteers.locator('td[data-source="dazhou"] .attr').textContent()).toBe('预期性');
    const hrefs = await page.locator('.indicator-table a.target').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(70);
    await expectLinksResolve(page, hrefs);
    // An indicator one plan states is listed under that plan with its target, linked to its own page.
    const single = page.locator('.single-rows li');
    expect((await rows.count()) + (await single.count())).toBeGreaterThanOrEqual(140);
    const own = await single.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(own.every((href) => /^\/indicators\/[^/]+\/$/.test(href))).toBe(true);
    await expectLinksResolve(page, own.slice(0, 20));
    // A chart for the indicators three or more plans share, drawn as SVG at build time.
    expect(await page.locator('.indicator-charts figure svg[role="img"]').count()).toBe(5);
    expect(await page.locator('.indicator-charts figure').first().locator('rect').count()).toBe(4);
    expect(errors).toEqual([]);
  });

  it('follows a single-plan indicator to its page, and its target to the measure or table that states it', async () => {
    const { page, errors } = await openPage(context, '/indicators/');
    await page.locator('.single-rows li', { hasText: '社区养老服务覆盖率（%）：' }).locator('a').click();
    await page.waitForURL(/\/indicators\/[^/]+\/$/);
    const link = page.locator('tr[data-source="dazhou"] a.target', { hasText: '≥ 90 %' }).last();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/plans\/dazhou\/\d+\/#dazhou-/);
    await link.click();
    await page.waitForURL((url) => url.hash === href.slice(href.indexOf('#')));
    const target = page.locator(href.slice(href.indexOf('#')));
    await target.waitFor();
    expect(await target.textContent()).toContain('社区养老服务覆盖率达90%以上');
    expect(errors).toEqual([]);
  });

  it('shows a target’s original wording and merge reason on demand in the cell, not in a tooltip a phone cannot open', async () => {
    const { page, errors } = await openPage(context, '/indicators/');
    expect(await page.locator('main [title]').count()).toBe(0);
    const notes = page.locator('.indicator-table details.stmt-notes').first();
    expect(await notes.locator('p').first().isVisible()).toBe(false);
    await notes.locator('summary').click();
    expect(await notes.locator('p').first().isVisible()).toBe(true);
    expect(await notes.textContent()).toMatch(/原文/);
    expect(errors).toEqual([]);
  });

  it('filters the shared and the single-plan indicators by dimension', async () => {
    const { page, errors } = await openPage(context, '/indicators/');
    const visible = page.locator('.indicator-table tbody tr:not([hidden]), .single-rows li:not([hidden])');
    const all = await visible.count();
    await page.selectOption('#dimension-filter', '城乡社区治理·综治保障');
    expect(await visible.count()).toBe(3);
    expect(await page.locator('#filter-count').textContent()).toMatch(/^显示 3 \//);
    await page.selectOption('#dimension-filter', '');
    expect(await visible.count()).toBe(all);
    expect(errors).toEqual([]);
  });

  it('fits a 360px phone: the table scrolls in its own box', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    for (const path of ['/indicators/', '/adoption/', '/adoption/12/']) {
      const { page, errors } = await openPage(phone, path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      expect(errors, path).toEqual([]);
    }
    await phone.close();
  });
});

describe('/adoption/', () => {
  it('is a matrix of the decision’s articles × the four plans, each cell linking to its list', async () => {
    const { page, errors } = await openPage(context, '/adoption/');
    const rows = page.locator('.adoption-matrix tbody tr');
    expect(await rows.count()).toBe(27);
    expect(await rows.first().locator('th').textContent()).toBe('（三）完善村级党组织领导村级治理体制机制');
    expect(await page.locator('.adoption-matrix thead th').count()).toBe(5);
    const cells = await page.locator('.adoption-matrix td a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(cells.length).toBeGreaterThanOrEqual(40);
    for (const href of cells) expect(href).toMatch(/^\/adoption\/\d+\/#(suining|dazhou|guanghan|renshou)$/);
    await expectLinksResolve(page, cells);
    // Article (十七) on networked grids: Suining, Dazhou and Guanghan reuse its wording, and Renshou
    // states its instrument in other words (深化拓展网格化服务管理, 发挥网格员优势).
    const grid = page.locator('#article-17');
    expect(await grid.locator('td a').count()).toBe(4);
    // The method note states the measured precision and recall, per plan and half, with the sample.
    const method = page.locator('#method');
    expect(await method.locator('table.evaluation tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await method.textContent()).toContain('--seed');
    // The held-out set, the figures to cite, comes first: all 28 measures, per plan and in total.
    const heldOut = method.locator('table.holdout tbody tr');
    expect(await heldOut.count()).toBe(5);
    expect(await heldOut.last().textContent()).toContain('28');
    expect(await method.locator('h3').first().getAttribute('id')).toBe('holdout');
    expect(errors).toEqual([]);
  });

  it('says why each measure adopts an article: the instrument it states, and the wording it reuses marked on both sides', async () => {
    const { page, errors } = await openPage(context, '/adoption/17/');
    expect(await page.locator('h1').textContent()).toBe('（十七）健全社区网格化管理服务机制');
    const articleMarks = await page.locator('.article-text mark').allTextContents();
    // Passages and instruments of all adopting measures, merged where they overlap.
    expect(articleMarks.some((m) => m.includes('网格发现、社区呼叫、分级响应、协同处置'))).toBe(true);
    expect(articleMarks.some((m) => m.includes('网格员队伍准入和退出机制'))).toBe(true);
    const suining = page.locator('#m-suining-2-4-1');
    expect(await suining.locator('.badge').textContent()).toBe('落实 省委决定（十七）');
    expect(await suining.locator('.why').textContent()).toContain('网格发现、社区呼叫、分级响应、协同处置');
    // It states the instrument, so its whole text is not repeated here; the reused passage is shown.
    expect(await suining.locator('.marked').count()).toBe(0);
    expect(await suining.locator('.pairs td mark').allTextContents()).toContain('网格发现、社区呼叫、分级响应、协同处置');
    // Every adopting measure says why: an instrument, or its reused wording marked in its whole text.
    const adopting = page.locator('.adopting');
    expect(await adopting.count()).toBe(await page.locator('.adopting:has(.why), .adopting:has(.marked mark)').count());
    // Renshou's measure words the grid differently: the instrument is named, no passage is claimed.
    const reworded = page.locator('#m-renshou-3-2-4');
    expect(await reworded.locator('.why b').allTextContents()).toContain('网格化管理服务体系');
    expect(await reworded.locator('.pairs').count()).toBe(0);
    const permalinks = await page.locator('.adopting .meta a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(permalinks).toContain('/plans/suining/2/#suining-2-4-1');
    await expectLinksResolve(page, permalinks);
    expect(errors).toEqual([]);
  });
});

describe('/adoption/by/{source}/', () => {
  it('shows each adopting measure of a plan with a badge per article that lands on the article page', async () => {
    const { page, errors } = await openPage(context, '/adoption/by/suining/');
    const grid = page.locator('#m-suining-2-4-1');
    expect(await grid.locator('.badge').allTextContents()).toContain('落实 省委决定（十七）');
    // The passages themselves are on the article's page, one link away: the list stays small.
    const sideBySide = grid.locator('.why a', { hasText: '两边对照' });
    expect(await sideBySide.first().getAttribute('href')).toBe('/adoption/17/#m-suining-2-4-1');
    const badges = await page.locator('.badge').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(badges.length).toBeGreaterThanOrEqual(10);
    await expectLinksResolve(page, badges);
    await grid.locator('.badge', { hasText: '（十七）' }).click();
    await page.waitForURL(/\/adoption\/17\/#m-suining-2-4-1$/);
    expect(await page.locator('#m-suining-2-4-1 .pairs td mark').allTextContents()).toContain('网格发现、社区呼叫、分级响应、协同处置');
    expect(errors).toEqual([]);
  });

  it('says “措辞同” or “举措同”, not “落实”, for Renshou, whose text predates the decision', async () => {
    const { page, errors } = await openPage(context, '/adoption/by/renshou/');
    const badges = await page.locator('.badge').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((b) => /^(措辞同|举措同) 省委决定（/.test(b))).toBe(true);
    expect(badges.some((b) => b.startsWith('举措同'))).toBe(true);
    expect(await page.locator('.lede').textContent()).toContain('早于省委决定');
    expect(errors).toEqual([]);
  });
});

describe('open data', () => {
  it('publishes indicators as JSON and CSV with the same rows, and adoption as JSON', async () => {
    const page = await context.newPage();
    const json = (await (await page.request.get(siteUrl('/data/indicators.json'))).json()) as Array<Record<string, unknown>>;
    expect(json.length).toBeGreaterThanOrEqual(200);
    expect(Object.keys(json[0])).toEqual(
      expect.arrayContaining(['jurisdiction', 'source', 'id', 'dimension', 'name', 'targetAsWritten', 'operator', 'number', 'unit', 'attribute', 'url']),
    );
    expect(json.find((r) => r.id === 'dazhou-2-3-table1' && String(r.name).startsWith('建有党组织的小区'))).toMatchObject({
      targetAsWritten: '≥2/3',
      operator: 'at_least',
      operator_symbol: 'x≥',
      attribute: '约束性',
      row_id: 'dazhou-2-3-table1-r31',
    });
    const csv = await (await page.request.get(siteUrl('/data/indicators.csv'))).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'jurisdiction,source,id,dimension,name,targetAsWritten,operator,operator_symbol,number,max,unit,attribute,attribute_as_written,year,url,absoluteUrl,indicator,indicatorId,origin,row_id,row_url,row_absoluteUrl',
    );
    expect(lines.length - 1).toBe(json.length);
    const adoption = (await (await page.request.get(siteUrl('/data/adoption.json'))).json()) as {
      matches: Array<{ measure: string; article: string; passages: unknown[]; clauses: unknown[]; instruments: unknown[] }>;
      evaluation: { available: boolean; cells: unknown[] };
      holdout: { available: boolean; cells: Array<{ source: string; measures: number }> };
    };
    expect(adoption.matches.length).toBeGreaterThanOrEqual(60);
    expect(adoption.matches.every((m) => m.passages.length + m.clauses.length + m.instruments.length > 0)).toBe(true);
    expect(adoption.evaluation.available).toBe(true);
    expect(adoption.holdout.available).toBe(true);
    expect(adoption.holdout.cells.find((c) => c.source === 'all')?.measures).toBe(28);
    expect(adoption.matches).toContainEqual(expect.objectContaining({ measure: 'suining-2-4-1', article: 'sichuan-3-0-17' }));
    await page.close();
  });
});
