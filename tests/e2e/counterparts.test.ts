/**
 * Counterparts in headless Chromium: the block under each measure of a reading page, and the
 * side-by-side page for two documents and for two chapters. Which documents, chapters and measures
 * are used is read from the built data (/side-by-side/data/), never written here.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLinksResolve, launchBrowser, openPage } from '../support/browser.ts';
import { readJson } from '../support/dist.ts';
import type { SideBySideIndex, SideBySideShard } from '../../src/schemas/counterparts.ts';
import { counterpartsEvaluationFileSchema, curatedFiles, curatedNamesWith, type CounterpartsEvaluationFile } from '../../src/schemas/curated.ts';
import { readCurated } from '../../scripts/lib/curated.ts';

let browser: Browser;
let context: BrowserContext;
const index = readJson<SideBySideIndex>('side-by-side/data/index.json');
const shards = new Map(index.documents.map((d) => [d.id, readJson<SideBySideShard>(d.file.slice(1))]));

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

/** Pairs of documents, with how many measures of the first have a counterpart in the second (counted here from the shards). */
function documentPairs() {
  const pairs: Array<{ a: string; b: string; paired: number }> = [];
  for (const a of shards.values()) {
    for (const b of shards.values()) {
      if (a.source === b.source) continue;
      const inB = new Set(b.measures.map((m) => m.id));
      const listedByB = new Set(b.measures.flatMap((m) => m.counterparts.filter((c) => c.source === a.source).map((c) => c.measure)));
      const paired = a.measures.filter((m) => m.counterparts.some((c) => inB.has(c.measure)) || listedByB.has(m.id)).length;
      pairs.push({ a: a.source, b: b.source, paired });
    }
  }
  return pairs.sort((x, y) => y.paired - x.paired);
}

describe('counterparts on a reading page', () => {
  // A measure with counterparts in the most documents.
  const measure = [...shards.values()]
    .flatMap((s) => s.measures)
    .sort((x, y) => new Set(y.counterparts.map((c) => c.source)).size - new Set(x.counterparts.map((c) => c.source)).size)[0];
  const chapterPath = new URL(measure.url, 'http://site').pathname;

  it('lists under the measure, closed, the best counterpart in each other document, each linking to its permalink', async () => {
    const { page, errors } = await openPage(context, chapterPath);
    const block = page.locator(`details.counterparts[data-for="${measure.id}"]`);
    expect(await block.count()).toBe(1);
    // Right after the measure, not inside it: the measure's own text stays the source's.
    expect(await page.locator(`[id="${measure.id}"] details.counterparts`).count()).toBe(0);
    expect(await page.evaluate((id) => document.getElementById(id)?.nextElementSibling?.getAttribute('data-for'), measure.id)).toBe(measure.id);
    expect(await block.getAttribute('open')).toBeNull();
    const documents = new Set(measure.counterparts.map((c) => c.source)).size;
    expect(await block.locator('summary').textContent()).toBe(`其他地方的同类举措（${documents}）`);
    await block.locator('summary').click();
    const items = block.locator('li');
    expect(await items.count()).toBe(documents);
    expect(await items.first().textContent()).toMatch(/共同(举措|表述)：/);
    const hrefs = await block.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const best = measure.counterparts.filter((c) => c.rank === 1).map((c) => shards.get(c.source)!.measures.find((m) => m.id === c.measure)!.url);
    expect(hrefs).toEqual(best);
    await expectLinksResolve(page, hrefs);
    expect(errors).toEqual([]);
  });

  it('names, under a measure, the framework articles it and its counterpart both adopt, each linking to the article’s adoption page', async () => {
    // A measure whose best counterpart in some document shares an adopted framework article.
    const withArticle = [...shards.values()].flatMap((s) => s.measures).find((m) => m.counterparts.some((c) => c.rank === 1 && c.articles.length > 0))!;
    expect(withArticle).toBeDefined();
    const { page, errors } = await openPage(context, new URL(withArticle.url, 'http://site').pathname);
    const block = page.locator(`details.counterparts[data-for="${withArticle.id}"]`);
    await block.locator('summary').click();
    const expected = withArticle.counterparts.filter((c) => c.rank === 1).flatMap((c) => c.articles.map((id) => index.articles.find((a) => a.id === id)!));
    const links = block.locator('.counterpart-articles a');
    expect(await links.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual(expected.map((a) => [a.label, a.url]));
    expect(await block.locator('.counterpart-articles').first().textContent()).toMatch(/^同落实：/);
    // Never a contradiction of the adoption pages: both measures adopt each named article by the verdict /data/adoption.json gives.
    const adoption = readJson<{ matches: Array<{ measure: string; article: string; adopts: boolean }> }>('data/adoption.json');
    const adopts = new Set(adoption.matches.filter((m) => m.adopts).map((m) => `${m.measure}>${m.article}`));
    for (const c of withArticle.counterparts.filter((c) => c.rank === 1))
      for (const id of c.articles)
        expect([adopts.has(`${withArticle.id}>${id}`), adopts.has(`${c.measure}>${id}`)], `${withArticle.id} ~ ${c.measure}: ${id}`).toEqual([true, true]);
    await expectLinksResolve(
      page,
      expected.map((a) => a.url),
    );
    expect(errors).toEqual([]);
  });

  it('stays within a 360 px phone screen when opened, and is left out of print', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page } = await openPage(phone, chapterPath);
    await page.locator(`details.counterparts[data-for="${measure.id}"] summary`).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const summaryHeight = await page.locator(`details.counterparts[data-for="${measure.id}"] summary`).evaluate((el) => el.getBoundingClientRect().height);
    expect(summaryHeight).toBeGreaterThanOrEqual(44);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details.counterparts').first().isVisible()).toBe(false);
    await phone.close();
  });
});

describe('/side-by-side/', () => {
  const [{ a, b, paired }] = documentPairs();

  it('shows two documents aligned, each pair with its links and what they share, then what each lacks', async () => {
    const { page, errors } = await openPage(context, `/side-by-side/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
    await page.waitForSelector('#side-by-side-app[data-state="ready"]');
    expect(await page.locator('h1').textContent()).toBe('对照阅读');
    expect(await page.locator('#side-a').inputValue()).toBe(a);
    expect(await page.locator('#side-b').inputValue()).toBe(b);
    const rows = page.locator('.side-pair');
    expect(await rows.count()).toBe(paired);
    expect(await rows.first().locator('.side-shared').textContent()).toMatch(/^共同(举措|表述)：/);
    expect(await rows.first().locator('.side-cell a').count()).toBe(2);
    const unpaired = shards.get(a)!.measures.length - paired;
    expect(await page.locator('#side-only-a li').count()).toBe(unpaired);
    expect(await page.locator('#side-only-a h2').textContent()).toBe(`仅见于${index.documents.find((d) => d.id === a)!.label}（${unpaired} 条）`);
    const hrefs = await page.locator('#side-pairs a, #side-only-a a, #side-only-b a').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
    await expectLinksResolve(page, hrefs);
    expect(errors).toEqual([]);
  });

  it('names on a pair the framework articles both adopt, linking to their adoption pages', async () => {
    const { page, errors } = await openPage(context, `/side-by-side/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
    await page.waitForSelector('#side-by-side-app[data-state="ready"]');
    const shared = page.locator('.side-shared');
    const texts = await shared.allTextContents();
    const named = texts.filter((t) => t.includes('同落实：'));
    // The pair's data has shared articles, so some rows name them.
    const inData = [...shards.get(a)!.measures, ...shards.get(b)!.measures].some((m) => m.counterparts.some((c) => (c.source === a || c.source === b) && c.articles.length > 0));
    expect(named.length > 0).toBe(inData);
    const hrefs = await page.locator('.side-shared a').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
    expect(hrefs.every((h) => index.articles.some((article) => article.url === h))).toBe(true);
    await expectLinksResolve(page, [...new Set(hrefs)]);
    expect(errors).toEqual([]);
  });

  it('shows two chapters: only their measures', async () => {
    // The chapters of the best pair's first counterpart.
    const shardA = shards.get(a)!;
    const first = shardA.measures.find((m) => m.counterparts.some((c) => c.source === b))!;
    const other = shards.get(b)!.measures.find((m) => m.id === first.counterparts.find((c) => c.source === b)!.measure)!;
    const chapterA = index.chapters.find((c) => c.id === first.chapter)!;
    const chapterB = index.chapters.find((c) => c.id === other.chapter)!;
    const { page, errors } = await openPage(context, `/side-by-side/?a=${encodeURIComponent(chapterA.id)}&b=${encodeURIComponent(chapterB.id)}`);
    await page.waitForSelector('#side-by-side-app[data-state="ready"]');
    expect(await page.locator('#side-head-a').textContent()).toContain(chapterA.label);
    const inChapterA = shardA.measures.filter((m) => m.chapter === chapterA.id).map((m) => m.url);
    const leftLinks = await page.locator('.side-pair .side-cell:first-child a').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
    expect(leftLinks.length).toBeGreaterThan(0);
    expect(leftLinks).toContain(first.url);
    for (const href of leftLinks) expect(inChapterA).toContain(href);
    const hrefs = await page.locator('#side-pairs a, #side-only-a a, #side-only-b a').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
    await expectLinksResolve(page, hrefs);
    expect(errors).toEqual([]);
  });

  it('says under each “仅见于” list how often it is wrong, counted here from the latest held-out set’s labels and the published pairs', async () => {
    // The held-out sets, from their curated files (not from what the page made of them).
    const heldOut = curatedNamesWith(counterpartsEvaluationFileSchema)
      .map((name) => ({ path: curatedFiles[name].path, file: readCurated(name) as CounterpartsEvaluationFile | undefined }))
      .filter(({ file }) => file?.use?.role === 'held-out');
    const { path, file } = heldOut.at(-1)!;
    const sourceOf = new Map([...shards.values()].flatMap((shard) => shard.measures.map((m) => [m.id, shard.source] as const)));
    const byId = new Map([...shards.values()].flatMap((shard) => shard.measures.map((m) => [m.id, m] as const)));
    // Paired on the page when either measure lists the other.
    const paired = (measure: string, source: string) =>
      byId.get(measure)!.counterparts.some((c) => c.source === source) || shards.get(source)!.measures.some((m) => m.counterparts.some((c) => c.measure === measure));
    let unpaired = 0;
    let wrong = 0;
    for (const m of file!.measures) {
      for (const source of m.checked) {
        if (paired(m.measure, source)) continue;
        unpaired++;
        if (m.counterparts.some((c) => sourceOf.get(c.measure) === source)) wrong++;
      }
    }
    const { page, errors } = await openPage(context, `/side-by-side/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
    await page.waitForSelector('#side-by-side-app[data-state="ready"]');
    for (const list of ['#side-only-a', '#side-only-b']) {
      const note = (await page.locator(`${list} .side-only-note`).textContent())!.replace(/\s+/g, '');
      expect(note).toContain('不等于另一方没有');
      expect(note).toContain(path);
      expect(note).toContain(`约${((wrong / unpaired) * 100).toFixed(0)}%在另一方其实有同类举措（${wrong}/${unpaired}）`);
    }
    // Its link lands on that set's figures, on this page.
    const { evaluations } = readJson<{ evaluations: Array<{ id: string; file: string }> }>('data/counterparts.json');
    const { id } = evaluations.find((e) => e.file === path)!;
    expect(await page.locator('#side-only-a .side-only-note a').getAttribute('href')).toBe(`/side-by-side/#${id}`);
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('says which id it cannot find instead of guessing', async () => {
    const { page } = await openPage(context, `/side-by-side/?a=${encodeURIComponent(a)}&b=no-such-unit`);
    await page.waitForSelector('#side-by-side-app[data-state="unknown"]');
    expect(await page.locator('#side-status').textContent()).toContain('找不到：no-such-unit');
  });

  it('fits a 360 px phone: the two columns stack', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page } = await openPage(phone, `/side-by-side/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
    await page.waitForSelector('#side-by-side-app[data-state="ready"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.close();
  });

  it('without JavaScript, says so and links to the data', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(plain, `/side-by-side/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
    const notice = page.locator('noscript, .notice').first();
    expect(await page.content()).toContain('对照阅读需要 JavaScript');
    expect(await notice.count()).toBe(1);
    await expectLinksResolve(page, ['/side-by-side/data/index.json', '/data/counterparts.csv', '/data/counterparts.json']);
    await plain.close();
  });

  it('is linked from every document page and from /compare/', async () => {
    const { page } = await openPage(context, shards.get(a)!.url);
    expect(await page.locator(`a[href="/side-by-side/?a=${a}"]`).count()).toBe(1);
    const compare = await openPage(context, '/compare/');
    expect(await compare.page.locator('a[href="/side-by-side/"]').count()).toBeGreaterThanOrEqual(1);
  });
});
