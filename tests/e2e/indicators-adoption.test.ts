/**
 * /indicators/ and /adoption/ in headless Chromium: rows, links that land, marks, filters, phone
 * width, data files. What each plan must show is in its expectations file (indicators.page, adoption,
 * asFramework for the framework).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLinksResolve, launchBrowser, openPage, siteUrl } from '../support/browser.ts';
import { adoptedArticle, adoptionData, adoptionPage, outline } from '../support/built-examples.ts';
import { shippedExpectations, stated } from '../support/expectation-schema.ts';
import { readCurated } from '../../scripts/lib/curated.ts';
import { readGenerated } from '../../scripts/lib/read-generated.ts';
import { curatedNamesWith, adoptionEvaluationFileSchema, curatedFiles, type AdoptionEvaluationFile } from '../../src/schemas/curated.ts';
import type { MeasureRecord } from '../../src/schemas/records.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sources = shippedExpectations();
const expectationsOf = new Map(sources.map(({ slug, expected }) => [slug, expected]));
/** The framework's name on pages, and the local plans (every source but the framework), in the site's order. */
const framework = stated('the framework (asFramework)', (e) => e.asFramework)[0];
const locals = outline().filter((source) => source.source !== framework.slug);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
// The labelled evaluation sets, read from their curated files (not from what the pages made of them).
const scoredFiles = () =>
  curatedNamesWith(adoptionEvaluationFileSchema)
    .map((name) => ({ path: curatedFiles[name].path, file: readCurated(name) as AdoptionEvaluationFile }))
    .filter(({ file }) => file?.use)
    .map(({ path, file }) => ({ path, file, role: file.use!.role }));
const heldOutFiles = () =>
  scoredFiles()
    .filter((f) => f.role === 'held-out')
    .map((f) => f.file);
const sourceOf = new Map(readGenerated<MeasureRecord>('measures').map((m) => [m.id, m.source]));

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('/indicators/', () => {
  it('shows one row per shared indicator, a column per plan, and links to where each target is stated', async () => {
    const { page, errors } = await openPage(context, '/indicators/');
    expect(await page.locator('h1').textContent()).toBe('指标对照');
    const rows = page.locator('.indicator-table tbody tr');
    const withTargets = outline().filter((source) => expectationsOf.get(source.source)?.indicators?.statesTargets);
    expect(await page.locator('.indicator-table thead th').allTextContents()).toEqual(['指标', ...withTargets.map((source) => source.jurisdiction)]);
    for (const { slug, expected } of sources) {
      const want = expected.indicators?.page;
      expect(want, `tests/expectations/${slug}.json: indicators.page`).toBeDefined();
      // Its shared rows, its single-plan list and its links to where each target is stated.
      expect(await rows.filter({ has: page.locator(`td[data-source="${slug}"] .target`) }).count(), slug).toBe(want!.sharedRows);
      expect(await page.locator(`section[aria-labelledby="single-${slug}"] .single-rows li`).count(), slug).toBeGreaterThanOrEqual(want!.singleRowsAtLeast);
      expect(await page.locator(`.indicator-table td[data-source="${slug}"] a.target`).count(), slug).toBeGreaterThanOrEqual(want!.targetLinksAtLeast);
      // The same indicator of several plans on one row.
      for (const [name, { target, attribute }] of Object.entries(want!.cells ?? {})) {
        const row = rows.filter({ has: page.locator('th', { hasText: name }) });
        expect(await row.count(), name).toBe(1);
        expect(await row.locator(`td[data-source="${slug}"] .target`).textContent(), name).toBe(target);
        if (attribute) expect(await row.locator(`td[data-source="${slug}"] .attr`).textContent(), name).toBe(attribute);
      }
    }
    const hrefs = await page.locator('.indicator-table a.target').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(sum(sources.map(({ expected }) => expected.indicators?.page?.targetLinksAtLeast ?? 0)));
    await expectLinksResolve(page, hrefs);
    // An indicator one plan states is listed under that plan with its target, linked to its own page.
    const single = page.locator('.single-rows li');
    const own = await single.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(own.every((href) => /^\/indicators\/[^/]+\/$/.test(href))).toBe(true);
    await expectLinksResolve(page, own.slice(0, 20));
    // A chart for each indicator three or more plans share, drawn as SVG at build time, a bar per plan.
    const charted = new Map<string, number>();
    for (const { expected } of sources) for (const name of expected.indicators?.sharedByThreeOrMore ?? []) charted.set(name, (charted.get(name) ?? 0) + 1);
    expect(await page.locator('.indicator-charts figure svg[role="img"]').count()).toBe(charted.size);
    for (const [name, plans] of charted) {
      expect(
        await page
          .locator('.indicator-charts figure', { has: page.locator('figcaption', { hasText: name }) })
          .locator('rect')
          .count(),
        name,
      ).toBe(plans);
    }
    expect(errors).toEqual([]);
  });

  for (const { slug, fact: want } of stated('a single-plan indicator (indicators.page.single)', (e) => e.indicators?.page?.single)) {
    it(`follows a single-plan indicator to its page, and its target to the measure or table that states it (${slug})`, async () => {
      const { page, errors } = await openPage(context, '/indicators/');
      await page
        .locator('.single-rows li', { hasText: `${want.name}：` })
        .locator('a')
        .click();
      await page.waitForURL(/\/indicators\/[^/]+\/$/);
      const link = page.locator(`tr[data-source="${slug}"] a.target`, { hasText: want.target }).last();
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^/plans/${slug}/\\d+/#${slug}-`));
      await link.click();
      await page.waitForURL((url) => url.hash === href.slice(href.indexOf('#')));
      const target = page.locator(href.slice(href.indexOf('#')));
      await target.waitFor();
      expect(await target.textContent()).toContain(want.statedIn);
      expect(errors).toEqual([]);
    });
  }

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

  for (const { slug, fact: want } of stated('a dimension to filter by (indicators.page.dimension)', (e) => e.indicators?.page?.dimension)) {
    it(`filters the shared and the single-plan indicators by dimension (${slug})`, async () => {
      const { page, errors } = await openPage(context, '/indicators/');
      const visible = page.locator('.indicator-table tbody tr:not([hidden]), .single-rows li:not([hidden])');
      const all = await visible.count();
      await page.selectOption('#dimension-filter', want.name);
      expect(await visible.count()).toBe(want.visible);
      expect(await page.locator('#filter-count').textContent()).toMatch(new RegExp(`^显示 ${want.visible} /`));
      await page.selectOption('#dimension-filter', '');
      expect(await visible.count()).toBe(all);
      expect(errors).toEqual([]);
    });
  }

  it('fits a 360px phone: the table scrolls in its own box', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    for (const path of ['/indicators/', '/adoption/', adoptionPage(), adoptedArticle().page]) {
      const { page, errors } = await openPage(phone, path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      expect(errors, path).toEqual([]);
    }
    await phone.close();
  });
});

describe('/adoption/ and the addresses adoption pages had before', () => {
  it('lists the framework with its counts, leading to its own page', async () => {
    const { page, errors } = await openPage(context, '/adoption/');
    const heads = page.locator('.frameworks h2 a');
    expect(await heads.count()).toBe(1);
    expect(await heads.first().textContent()).toBe(framework.fact.name);
    expect(await heads.first().getAttribute('href')).toBe(adoptionPage());
    expect(await page.locator(`.frameworks #${framework.slug}`).textContent()).toContain(`${framework.fact.articles} 条`);
    // Every local measure is in a primary labelled set (counted from the files): the list says all were reviewed.
    const reviewed = new Set(scoredFiles().flatMap((f) => f.file.measures.map((m) => m.measure)));
    expect(reviewed.size).toBe(locals.reduce((n, source) => n + [...sourceOf.values()].filter((s) => s === source.source).length, 0));
    expect(await page.locator(`.frameworks #${framework.slug}`).textContent()).toContain('全部举措经人工逐条');
    await expectLinksResolve(page, [adoptionPage()]);
    expect(errors).toEqual([]);
  });

  it('leads an old article, plan or method address on to the framework’s page, the fragment kept', async () => {
    const article = adoptedArticle();
    const measure = stated('adopting measures (adoption.measures)', (e) => e.adoption?.measures).flatMap(({ fact }) => fact)[0];
    const local = locals[0].source;
    const moves: Array<[string, string]> = [
      [`/adoption/${article.number}/#m-${measure.id}`, `${article.page}#m-${measure.id}`],
      [`/adoption/by/${local}/`, `${adoptionPage()}by/${local}/`],
      ['/adoption/#evaluation', `${adoptionPage()}#evaluation`],
      // The old matrix's row of an article, now keyed by its id.
      [`/adoption/#article-${article.number}`, `${adoptionPage()}#${article.id}`],
    ];
    for (const [from, to] of moves) {
      const page = await context.newPage();
      await page.goto(siteUrl(from));
      await page.waitForURL(siteUrl(to));
      expect(new URL(page.url()).pathname + new URL(page.url()).hash, from).toBe(to);
      expect(await page.locator('h1').count(), from).toBe(1);
      await page.close();
    }
  });
});

describe('/adoption/{framework}/', () => {
  it('is a matrix of the framework’s articles × the local plans, each cell linking to its list', async () => {
    const { page, errors } = await openPage(context, adoptionPage());
    const rows = page.locator('.adoption-matrix tbody tr');
    expect(await rows.count()).toBe(framework.fact.articles);
    expect(await rows.first().locator('th').textContent()).toBe(framework.fact.firstArticle);
    expect(await page.locator('.adoption-matrix thead th').count()).toBe(1 + locals.length);
    const cells = await page.locator('.adoption-matrix td a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const slugs = locals.map((source) => source.source);
    for (const slug of slugs) {
      const want = expectationsOf.get(slug)?.adoption;
      expect(want, `tests/expectations/${slug}.json: adoption`).toBeDefined();
      expect(cells.filter((href) => href.endsWith(`#${slug}`)).length, slug).toBeGreaterThanOrEqual(want!.matrixCellsAtLeast);
    }
    for (const href of cells) expect(href).toMatch(new RegExp(`^${escapeRegExp(adoptionPage())}${framework.slug}-[\\d-]+/#(${slugs.join('|')})$`));
    await expectLinksResolve(page, cells);
    // Each article's row links to every plan whose expectations say it adopts the article.
    const adopters = new Map<number, number>();
    for (const slug of slugs) for (const article of expectationsOf.get(slug)?.adoption?.adoptsArticles ?? []) adopters.set(article, (adopters.get(article) ?? 0) + 1);
    // Rows are keyed by the article's unit id (numbers can repeat in a framework, ids cannot).
    const idOf = new Map(
      adoptionData()
        .articles.filter((a) => a.framework === framework.slug)
        .map((a) => [a.number, a.id]),
    );
    for (const [article, plans] of adopters) expect(await page.locator(`[id="${idOf.get(article)}"] td a`).count(), `article ${article}`).toBe(plans);
    // The method note states the measured precision and recall, per plan and half, with the sample.
    const method = page.locator('#method');
    expect(await method.locator('table.evaluation tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await method.textContent()).toContain('--seed');
    // A held-out set, the figures to cite, comes first: all its measures, per plan and in total, as its file lists them.
    const [heldOutFile] = heldOutFiles();
    const heldOut = method.locator('table.holdout').first().locator('tbody tr');
    expect(await heldOut.count()).toBe(new Set(heldOutFile.measures.map((m) => sourceOf.get(m.measure))).size + 1);
    expect(await heldOut.last().textContent()).toContain(String(heldOutFile.measures.length));
    expect(await method.locator('h3').first().textContent()).toContain('留出集');
    expect(errors).toEqual([]);
  });

  it('says how far its counts fall short, by the latest held-out set: precision and recall counted from that set’s labels and the published pairs', async () => {
    const latest = scoredFiles()
      .filter((f) => f.role === 'held-out')
      .at(-1)!;
    // Precision and recall counted here from the labels and /data/adoption.json, not taken from the page's tables.
    const published = (await (await fetch(siteUrl('/data/adoption.json'))).json()) as { matches: Array<{ measure: string; article: string; detected: boolean }> };
    const drawn = new Set(latest.file.measures.map((m) => m.measure));
    // What the detector found: the pages' counts are the reviewed ones, the estimate is of the detector.
    const found = new Set(published.matches.filter((m) => drawn.has(m.measure) && m.detected).map((m) => `${m.measure}>${m.article}`));
    const labelled = new Set(latest.file.measures.flatMap((m) => m.adopts.map((a) => `${m.measure}>${a.article}`)));
    const right = [...found].filter((pair) => labelled.has(pair)).length;
    const precision = right / found.size;
    const recall = right / labelled.size;
    const { page, errors } = await openPage(context, adoptionPage());
    const note = (await page.locator('#undercount').textContent())!.replace(/\s+/g, ' ');
    expect(note).toContain(latest.path);
    expect(note).toContain(`${latest.file.measures.length} 条举措`);
    expect(note).toContain(`约 ${precision.toFixed(2)} 确为落实`);
    expect(note).toContain(`约 ${recall.toFixed(2)} 被检测出来`);
    expect(note).toContain(`约为检测出的 ${(precision / recall).toFixed(1)} 倍`);
    expect(note).toContain(precision < recall ? '偏高' : '偏低');
    // Its link lands on the method's evaluation, on this page.
    expect(await page.locator('#undercount a').getAttribute('href')).toBe('#evaluation');
    await expectLinksResolve(page, [`${adoptionPage()}#evaluation`]);
    expect(errors).toEqual([]);
  });

  it('counts by the reviews where a labeller judged a measure against every article, and says how they changed the detector’s pairs', async () => {
    // Counted here from the labels and the detector's pairs in /data/adoption.json (`detected`), not from the page or the review step.
    const published = (await (await fetch(siteUrl('/data/adoption.json'))).json()) as {
      articles: Array<{ id: string; framework: string }>;
      matches: Array<{ measure: string; article: string; detected: boolean; adopts: boolean }>;
    };
    const articleIds = new Set(published.articles.filter((a) => a.framework === framework.slug).map((a) => a.id));
    const files = scoredFiles().map((f) => f.file);
    const reviewed = new Set(files.flatMap((f) => f.measures.map((m) => m.measure)));
    const labelled = new Set(files.flatMap((f) => f.measures.flatMap((m) => m.adopts.filter((a) => articleIds.has(a.article)).map((a) => `${m.measure}>${a.article}`))));
    const detected = new Set(published.matches.filter((m) => m.detected && articleIds.has(m.article)).map((m) => `${m.measure}>${m.article}`));
    const detectedOnReviewed = [...detected].filter((pair) => reviewed.has(pair.split('>')[0]));
    const confirmed = detectedOnReviewed.filter((pair) => labelled.has(pair)).length;
    const rejected = detectedOnReviewed.length - confirmed;
    const added = [...labelled].filter((pair) => !detected.has(pair)).length;
    expect(added).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
    const { page, errors } = await openPage(context, adoptionPage());
    const note = (await page.locator('#review').textContent())!.replace(/\s+/g, ' ');
    expect(note).toContain(` ${reviewed.size} 条举措经人工逐条`);
    expect(note).toContain(`${confirmed} 对经核定确认`);
    expect(note).toContain(`${rejected} 对核定为不算落实`);
    expect(note).toContain(`另有 ${added} 对检测未发现`);
    // The lede's pair count is the reviewed one: the detector's pairs less those rejected, plus those added (on this framework).
    const unreviewedDetected = [...detected].filter((pair) => !reviewed.has(pair.split('>')[0])).length;
    expect(await page.locator('.lede').textContent()).toContain(`共 ${confirmed + added + unreviewedDetected} 对`);
    expect(errors).toEqual([]);
  });

  it('shows on an article’s page which pairs a review added or rejected, the added ones in the labeller’s words, every count matching its matrix cell', async () => {
    // An article with both an added pair and a rejected one, found from the labels and the detector's pairs.
    const published = (await (await fetch(siteUrl('/data/adoption.json'))).json()) as {
      articles: Array<{ id: string; framework: string; page: string }>;
      matches: Array<{ measure: string; article: string; detected: boolean; adopts: boolean }>;
    };
    const files = scoredFiles().map((f) => f.file);
    const labels = new Map(files.flatMap((f) => f.measures.flatMap((m) => m.adopts.map((a) => [`${m.measure}>${a.article}`, a] as const))));
    const reviewed = new Set(files.flatMap((f) => f.measures.map((m) => m.measure)));
    const detected = published.matches.filter((m) => m.detected);
    const isDetected = new Set(detected.map((m) => `${m.measure}>${m.article}`));
    const article = published.articles.find(
      (a) =>
        a.framework === framework.slug &&
        [...labels.keys()].some((pair) => pair.endsWith(`>${a.id}`) && !isDetected.has(pair)) &&
        detected.some((m) => m.article === a.id && reviewed.has(m.measure) && !labels.has(`${m.measure}>${a.id}`)),
    )!;
    expect(article).toBeDefined();
    const { page, errors } = await openPage(context, article.page);
    const addedPair = [...labels.keys()].find((pair) => pair.endsWith(`>${article.id}`) && !isDetected.has(pair))!;
    const addedMeasure = addedPair.split('>')[0];
    const item = page.locator(`.adopting[id="m-${addedMeasure}"]`);
    expect(await item.locator('.review-tag').textContent()).toBe('人工核定补入（检测未发现）');
    const why = (await item.locator('.why').first().textContent())!;
    expect(why).toContain(labels.get(addedPair)!.measureWording);
    // The labeller's reason, in the set's Chinese translation.
    expect(await item.locator('.review-reason').textContent()).toBe(`核定理由：${labels.get(addedPair)!.reasonZh}`);
    // The rejected detections, each linking to its measure.
    const rejectedIds = detected.filter((m) => m.article === article.id && reviewed.has(m.measure) && !labels.has(`${m.measure}>${article.id}`)).map((m) => m.measure);
    expect(await page.locator('#rejected .adopting').evaluateAll((items) => items.map((i) => i.id))).toEqual(rejectedIds.map((id) => `m-${id}`));
    await expectLinksResolve(page, await page.locator('#rejected .meta a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)));
    // Each plan's count on this page is its matrix cell.
    const matrix = await openPage(context, adoptionPage());
    for (const { source: slug } of locals) {
      const shown = await page.locator(`section[id="${slug}"] .adopting`).count();
      const cell = matrix.page.locator(`.adoption-matrix tr[id="${article.id}"] td a[href$="#${slug}"]`);
      expect(shown > 0 ? await cell.textContent() : await cell.count(), slug).toBe(shown > 0 ? String(shown) : 0);
    }
    expect([...errors, ...matrix.errors]).toEqual([]);
  });

  it('leads from a reading page to a pair the review added, and shows no badge for a detection the review rejected', async () => {
    const published = (await (await fetch(siteUrl('/data/adoption.json'))).json()) as {
      articles: Array<{ id: string; page: string }>;
      matches: Array<{ measure: string; measureUrl: string; article: string; detected: boolean; adopts: boolean }>;
    };
    const pageOf = new Map(published.articles.map((a) => [a.id, a.page]));
    const added = published.matches.find((m) => m.adopts && !m.detected)!;
    const rejected = published.matches.find((m) => !m.adopts && m.detected)!;
    for (const [pair, shown] of [
      [added, 1],
      [rejected, 0],
    ] as const) {
      const { page, errors } = await openPage(context, new URL(pair.measureUrl, 'http://site').pathname);
      const badge = page.locator(`.chapter-adoption a.adoption-badge[href="${pageOf.get(pair.article)}#m-${pair.measure}"]`);
      expect(await badge.count(), `${pair.measure} > ${pair.article}`).toBe(shown);
      if (shown) await expectLinksResolve(page, [(await badge.getAttribute('href'))!]);
      expect(errors).toEqual([]);
    }
  });

  it('says why each measure adopts an article: the instrument it states, and the wording it reuses marked on both sides', async () => {
    const article = framework.fact.articlePage;
    const { page, errors } = await openPage(context, article.path);
    expect(await page.locator('h1').textContent()).toBe(article.heading);
    const articleMarks = await page.locator('.article-text mark').allTextContents();
    // Passages and instruments of all adopting measures, merged where they overlap.
    for (const marked of article.marksInclude)
      expect(
        articleMarks.some((m) => m.includes(marked)),
        marked,
      ).toBe(true);
    // Every adopting measure says why: an instrument, or its reused wording marked in its whole text.
    const adopting = page.locator('.adopting');
    expect(await adopting.count()).toBe(await page.locator('.adopting:has(.why), .adopting:has(.marked mark)').count());
    const permalinks = await page.locator('.adopting .meta a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    await expectLinksResolve(page, permalinks);
    const measures = stated('adopting measures (adoption.measures)', (e) => e.adoption?.measures).flatMap(({ fact }) => fact.filter((m) => m.page === article.path));
    expect(measures.length).toBeGreaterThan(0);
    for (const want of measures) {
      const measure = page.locator(`#m-${want.id}`);
      if (want.badge) expect(await measure.locator('.badge').textContent(), want.id).toBe(want.badge);
      if (want.whyIncludes) expect(await measure.locator('.why').textContent(), want.id).toContain(want.whyIncludes);
      // It states the instrument, so its whole text is not repeated here; the reused passage is shown.
      if (want.statesInstrument) expect(await measure.locator('.marked').count(), want.id).toBe(0);
      if (want.pairsMarksInclude) expect(await measure.locator('.pairs td mark').allTextContents(), want.id).toContain(want.pairsMarksInclude);
      // A measure that words it differently: the instrument is named, no passage is claimed.
      for (const name of want.instrumentsNamed ?? []) expect(await measure.locator('.why b').allTextContents(), want.id).toContain(name);
      if (want.passages !== undefined) expect(await measure.locator('.pairs').count(), want.id).toBe(want.passages);
      if (want.permalink) expect(permalinks).toContain(want.permalink);
    }
    expect(errors).toEqual([]);
  });
});

describe('/adoption/by/{source}/', () => {
  for (const { slug, fact: want } of stated('a plan’s own adoption page (adoption.byPage)', (e) => e.adoption?.byPage)) {
    it(`shows each adopting measure of ${slug} with a badge per article that lands on the article page`, async () => {
      const { page, errors } = await openPage(context, want.path);
      const badges = await page.locator('.badge').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(badges.length).toBeGreaterThanOrEqual(want.badgesAtLeast);
      await expectLinksResolve(page, badges);
      const texts = await page.locator('.badge').allTextContents();
      // A text that predates the framework: “措辞同” or “举措同”, not “落实”.
      if (want.badgesMatch) expect(texts.every((b) => new RegExp(want.badgesMatch!).test(b))).toBe(true);
      if (want.someBadgeStartsWith) expect(texts.some((b) => b.startsWith(want.someBadgeStartsWith!))).toBe(true);
      if (want.ledeIncludes) expect(await page.locator('.lede').textContent()).toContain(want.ledeIncludes);
      for (const measure of (expectationsOf.get(slug)?.adoption?.measures ?? []).filter((m) => m.sideBySide)) {
        const item = page.locator(`#m-${measure.id}`);
        expect(await item.locator('.badge').allTextContents()).toContain(measure.badge);
        // The passages themselves are on the article's page, one link away: the list stays small.
        const sideBySide = item.locator('.why a', { hasText: '两边对照' });
        expect(await sideBySide.first().getAttribute('href')).toBe(measure.sideBySide);
        await item.locator('.badge', { hasText: measure.badgeArticle }).click();
        await page.waitForURL(new RegExp(`${escapeRegExp(measure.sideBySide!)}$`));
        expect(await page.locator(`#m-${measure.id} .pairs td mark`).allTextContents()).toContain(measure.pairsMarksInclude);
      }
      expect(errors).toEqual([]);
    });
  }
});

describe('open data', () => {
  it('publishes indicators as JSON and CSV with the same rows, and adoption as JSON', async () => {
    const page = await context.newPage();
    const json = (await (await page.request.get(siteUrl('/data/indicators.json'))).json()) as Array<Record<string, unknown>>;
    for (const { slug, expected } of sources) {
      const want = expected.indicators!;
      expect(json.filter((r) => r.source === slug).length, slug).toBeGreaterThanOrEqual(want.fromTables + want.fromTextAtLeast);
      for (const { id, nameStartsWith, fields } of want.page?.openData ?? []) {
        expect(json.find((r) => r.id === id && String(r.name).startsWith(nameStartsWith))).toMatchObject(fields);
      }
    }
    expect(Object.keys(json[0])).toEqual(
      expect.arrayContaining(['jurisdiction', 'source', 'id', 'dimension', 'name', 'targetAsWritten', 'operator', 'number', 'unit', 'attribute', 'url']),
    );
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
      matches: Array<{
        measure: string;
        source: string;
        article: string;
        detected: boolean;
        review: { measureWording: string | null; reason: string } | null;
        passages: unknown[];
        clauses: unknown[];
        instruments: unknown[];
      }>;
      evaluations: Array<{ file: string; role: string; available: boolean; cells: Array<{ source: string; half: string; measures: number }> }>;
    };
    // Every pair says why: the detector's evidence, or the labeller's words and reason.
    expect(adoption.matches.filter((m) => m.detected).every((m) => m.passages.length + m.clauses.length + m.instruments.length > 0)).toBe(true);
    expect(adoption.matches.filter((m) => !m.detected).every((m) => m.review !== null && m.review.measureWording !== null && m.review.reason !== '')).toBe(true);
    for (const { source: slug } of locals) {
      const want = expectationsOf.get(slug)!.adoption!;
      expect(adoption.matches.filter((m) => m.source === slug).length, slug).toBeGreaterThanOrEqual(want.matchesAtLeast);
      for (const { id, article } of want.measures ?? []) if (article) expect(adoption.matches).toContainEqual(expect.objectContaining({ measure: id, article }));
    }
    // Every scored set is published, held-out sets first, each counting every measure its file lists, per plan.
    const scored = scoredFiles();
    expect(adoption.evaluations.map((e) => e.file)).toEqual([...scored.filter((f) => f.role === 'held-out'), ...scored.filter((f) => f.role === 'development')].map((f) => f.path));
    for (const entry of adoption.evaluations) {
      const file = scored.find((f) => f.path === entry.file)!.file;
      expect(entry.available).toBe(true);
      for (const slug of new Set(file.measures.map((m) => sourceOf.get(m.measure)!))) {
        const drawn = file.measures.filter((m) => sourceOf.get(m.measure) === slug).length;
        expect(sum(entry.cells.filter((c) => c.source === slug).map((c) => c.measures)), `${entry.file} ${slug}`).toBe(drawn);
      }
    }
    await page.close();
  });
});
