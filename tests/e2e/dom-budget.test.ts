/** Every aggregate page stays under the DOM budget: summaries here, detail on the per-row and per-source pages. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitePages } from '../support/axe.ts';
import { launchBrowser, siteUrl } from '../support/browser.ts';
import { distDir } from '../support/dist.ts';
import { domBudget, domSizes, isAggregate, overBudget } from '../support/dom-budget.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the DOM budget', () => {
  it('counts a plan’s own pages as documents and every other page, its theme lists included, as an aggregate', () => {
    expect(['/plans/x/', '/plans/x/3/', '/plans/x/editions/e/'].map(isAggregate)).toEqual([false, false, false]);
    expect(['/', '/plans/', '/plans/x/themes/', '/plans/x/themes/t/', '/indicators/', '/indicators/r/', '/structure/', '/compare/t/', '/search/'].every(isAggregate)).toBe(true);
  });

  it(`keeps every aggregate page under ${domBudget} elements`, async () => {
    const aggregates = sitePages(distDir).filter(isAggregate);
    expect(aggregates.some((path) => /^\/plans\/[^/]+\/themes\/$/.test(path))).toBe(true);
    expect(aggregates).toEqual(expect.arrayContaining(['/', '/plans/', '/indicators/', '/structure/', '/compare/', '/adoption/', '/citations/', '/search/', '/data/']));
    const sizes = await domSizes(browser, siteUrl('/'), aggregates);
    expect(overBudget(sizes)).toEqual([]);
  }, 600_000);
});
