/**
 * Reading a plan in a real headless Chromium: chapters, deep links, copy link, cite, phone, print.
 * Pages are the ones each source's expectations file describes (reading), or examples found in the
 * built open data.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';
import { adoptedArticle, adoptingMeasure, adoptionData, adoptionPage, outline, pageOf, titledMeasure, widestTablePages } from '../support/built-examples.ts';
import { stated } from '../support/expectation-schema.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How pages name the framework, as its expectations file states it. */
const frameworkLabel = () => stated('the framework’s name (asFramework.name)', (e) => e.asFramework?.name)[0].fact;

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('a chapter page', () => {
  for (const { slug, fact: want } of stated('a chapter page (reading.chapterPage)', (e) => e.reading?.chapterPage)) {
    it(`shows the chapter in Chinese with its sections, measures, tables and contents (${slug})`, async () => {
      const { page, errors } = await openPage(context, want.path);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(await page.locator('h1').textContent()).toContain(want.heading);
      expect(await page.title()).toContain(want.title);
      expect(await page.locator('section.section h2').allTextContents()).toEqual(expect.arrayContaining(want.sections.map((section) => expect.stringContaining(section))));
      expect(await page.locator('.chapter-toc a').count()).toBe(want.contents);
      const table = page.locator(`#${want.table.id}`);
      expect(await table.locator('figcaption').textContent()).toBe(want.table.caption);
      expect(await table.locator('tbody tr').count()).toBe(want.table.rows);
      expect(await table.locator('thead th').count()).toBe(want.table.columns);
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(want.heading.split(' ')[0]);
      // Previous and next chapter, and a breadcrumb back to the document.
      expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe(want.prev);
      expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(want.next);
      expect(await page.locator('.breadcrumb a').last().getAttribute('href')).toBe(want.document);
      expect(errors).toEqual([]);
    });
  }

  it('ships no JavaScript beyond the small copy/cite controls', async () => {
    const { page } = await openPage(context, outline()[0].chapters.at(-1)!.url);
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => (s.src ? `src:${s.src}` : `inline:${s.textContent?.length}`)));
    const sizes = await Promise.all(scripts.map(async (s) => (s.startsWith('src:') ? (await (await fetch(s.slice(4))).text()).length : Number(s.slice(7)))));
    // One site script (copy, cite, collect, print); citation formats load only when first used.
    expect(scripts.length).toBeLessThanOrEqual(1);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(5000);
  });

  for (const { slug, fact: want } of stated('a deep link (reading.deepLink)', (e) => e.reading?.deepLink)) {
    it(`follows a deep link to a measure: scrolled into view and highlighted (${slug})`, async () => {
      const { page } = await openPage(context, `${want.path}#${want.id}`);
      const measure = page.locator(`#${want.id}`);
      expect(await measure.textContent()).toContain(want.textIncludes);
      const box = await measure.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(200);
      const background = await measure.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
    });

    it(`copies a measure permalink and a GB/T 7714 citation (${slug})`, async () => {
      const { page } = await openPage(context, want.path);
      const measure = page.locator(`#${want.id}`);
      await measure.hover();
      await measure.locator('button.copy-link').click();
      const permalink = siteUrl(`${want.path}#${want.id}`);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
      await measure.locator('button.cite').click();
      // The citation formats load on first use; the dialog opens once the citation is copied.
      await page.locator('dialog.cite-dialog').waitFor();
      const cite = await page.evaluate(() => navigator.clipboard.readText());
      expect(cite).toMatch(new RegExp(`^${escapeRegExp(want.citationBeforeDate)}\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${escapeRegExp(permalink)}\\.$`));
      expect(permalink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    });
  }

  for (const { slug, fact: want } of stated('a measure of several paragraphs (reading.paragraphs)', (e) => e.reading?.paragraphs)) {
    it(`anchors each paragraph of a measure that has several (${slug})`, async () => {
      const { page } = await openPage(context, `${want.path}#${want.paragraph}`);
      expect(await page.locator(`#${want.measure} > p`).count()).toBe(want.count);
      expect(await page.locator(`#${want.paragraph}`).textContent()).toMatch(new RegExp(`^${escapeRegExp(want.startsWith)}`));
    });
  }

  it('shows a unit’s id on hover and focus', async () => {
    const unit = titledMeasure();
    const { page } = await openPage(context, pageOf(unit.url));
    const tools = page.locator(`#${unit.id} .unit-tools`);
    expect(await tools.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await page.locator(`#${unit.id} .permalink`).focus();
    // The tools fade in: wait for the end of the transition, however loaded the machine is.
    await expect.poll(() => tools.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(await page.locator(`#${unit.id} .permalink`).textContent()).toBe(`#${unit.id}`);
  });

  for (const { slug, fact: want } of stated('a printed measure (reading.printed)', (e) => e.reading?.printed)) {
    it(`prints cleanly: no navigation, permalink URLs shown (${slug})`, async () => {
      const { page } = await openPage(context, want.path);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.site-footer', '.chapter-toc', '.pager', '.breadcrumb']) {
        expect(
          await page
            .locator(selector)
            .first()
            .evaluate((el) => getComputedStyle(el).display),
          selector,
        ).toBe('none');
      }
      const after = await page.locator(`#${want.measure} .permalink`).evaluate((el) => getComputedStyle(el, '::after').content);
      expect(after).toBe(`"${want.permalink}"`);
      expect(await page.locator(`#${want.measure} .unit-tools`).evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    });
  }
});

describe('on a phone (360 px)', () => {
  it('fits the screen without sideways scrolling; wide tables scroll inside their box', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    // Every document's page, and per source the chapter of its widest table.
    for (const path of ['/', ...outline().map((source) => source.url), ...widestTablePages()]) {
      const { page, errors } = await openPage(phone, path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
      expect(errors, path).toEqual([]);
    }
    await phone.close();
  });
});

describe('accessibility basics', () => {
  it('has landmarks, a skip link, one h1 and no skipped heading levels', async () => {
    const [framework, local] = [outline()[0], outline().at(-1)!];
    const paths = ['/', local.url, local.chapters.at(-1)!.url, framework.chapters.at(-1)!.url, '/search/', '/compare/', '/compare/grid-management/'];
    for (const path of [...paths, '/indicators/', '/adoption/', adoptionPage(), adoptedArticle().page, '/structure/', '/citations/', '/data/', '/about/']) {
      const { page } = await openPage(context, path);
      expect(await page.locator('header.site-header, main#main, footer, nav').count(), path).toBeGreaterThanOrEqual(4);
      expect(await page.locator('h1').count(), path).toBe(1);
      const levels = await page.locator('main h1, main h2, main h3, main h4').evaluateAll((els) => els.map((el) => Number(el.tagName[1])));
      levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1], `${path} heading ${i}`).toBeLessThanOrEqual(1));
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    }
  });

  it('keeps text contrast at WCAG AA (4.5:1) for text, links, muted text, badges and marks', async () => {
    const low: Array<{ path: string; text?: string; ratio: number }> = [];
    for (const path of contrastPages()) {
      const { page } = await openPage(context, path);
      if (path.startsWith('/search/')) await page.waitForSelector('#search-app[data-state="ready"]');
      low.push(...(await page.evaluate(contrastRatios)).filter((r) => r.ratio < 4.5).map((r) => ({ path, ...r })));
      await page.close();
    }
    expect(low).toEqual([]);
  });

  it('keeps text contrast at WCAG AA (4.5:1) in dark mode too, when the system asks for it', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
    const low: Array<{ path: string; text?: string; ratio: number }> = [];
    for (const path of contrastPages()) {
      const { page } = await openPage(dark, path);
      if (path.startsWith('/search/')) await page.waitForSelector('#search-app[data-state="ready"]');
      // The page is really dark: light text on a dark background.
      const body = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
      expect(body, path).toEqual(['rgb(230, 233, 236)', 'rgb(21, 25, 29)']);
      low.push(...(await page.evaluate(contrastRatios)).filter((r) => r.ratio < 4.5).map((r) => ({ path, ...r })));
      await page.close();
    }
    await dark.close();
    expect(low).toEqual([]);
  });
});

/** One page of every kind whose colours differ (text, links, muted text, badges, marks), for both contrast checks. */
function contrastPages(): string[] {
  return [
    outline().at(-1)!.url,
    pageOf(adoptingMeasure().measureUrl),
    '/compare/grid-management/',
    '/compare/',
    '/indicators/',
    '/adoption/',
    adoptionPage(),
    adoptedArticle().page,
    '/structure/',
    '/search/?q=网格',
    '/selection/',
    '/data/',
  ];
}

/** Runs in the page: the WCAG contrast ratio of every element with text against its background. */
function contrastRatios() {
  // rgb(0–255 …) or, for a color-mix(), color(srgb 0–1 …).
  const rgb = (s: string) => {
    const channels = s
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map(Number);
    return s.startsWith('color(srgb') ? channels.map((c) => c * 255) : channels;
  };
  const lum = (c: number[]) => {
    const [r, g, b] = c.map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const background = (el: Element | null): number[] => {
    for (; el; el = el.parentElement) {
      const bg = getComputedStyle(el).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return rgb(bg);
    }
    return [255, 255, 255];
  };
  return [...document.querySelectorAll('p, a, li, td, th, .badge, h1, h2, .kicker, mark')]
    .filter((el) => el.textContent?.trim())
    .map((el) => {
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
      return { text: el.textContent?.slice(0, 20), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    });
}

describe('a chapter and the framework', () => {
  it('lists the chapter’s measures that adopt the framework, each badge leading to why', async () => {
    const adopting = adoptingMeasure();
    const chapter = pageOf(adopting.measureUrl);
    const { page, errors } = await openPage(context, chapter);
    const section = page.locator('.chapter-adoption');
    expect(await section.locator('h2').textContent()).toBe(`本章落实${frameworkLabel()}的举措`);
    const badge = section.locator('a.adoption-badge').first();
    expect(await badge.textContent()).toMatch(new RegExp(`^落实 ${escapeRegExp(frameworkLabel())}（[一二三四五六七八九十]+）$`));
    const measureLink = await section.locator('li > a').first().getAttribute('href');
    expect(measureLink).toMatch(new RegExp(`^${escapeRegExp(chapter)}#${adopting.source}-[\\d-]+$`));
    await badge.click();
    await page.waitForURL(new RegExp(`/adoption/${adopting.framework}/${adopting.framework}-[\\d-]+/#m-${adopting.source}-`));
    // The instrument it states, or the passages it reuses, marked.
    const target = page.locator(':target');
    expect(await target.locator('.why, mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('on the framework, counts per plan how many measures reuse each article', async () => {
    const { page } = await openPage(context, pageOf(adoptedArticle().url));
    const rows = page.locator('.chapter-adoption li');
    expect(await rows.count()).toBeGreaterThan(0);
    const locals = [...new Set(adoptionData().matches.map((match) => match.jurisdiction))].map(escapeRegExp);
    expect(await rows.first().locator('a.adoption-badge').textContent()).toMatch(new RegExp(`^(${locals.join('|')}) \\d+`));
  });
});
