/** The fixture corpus's aggregate pages stay under the DOM budget too. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sitePages } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { domBudget, domSizes, isAggregate, overBudget } from '../support/dom-budget.ts';

const site = inject('corpusBSite');
let browser: Browser;
const url = inject('corpusBUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the fixture corpus built as a site', () => {
  it(`keeps every aggregate page under ${domBudget} elements`, async () => {
    const aggregates = sitePages(site).filter(isAggregate);
    expect(aggregates).toEqual(expect.arrayContaining(['/', '/plans/', '/indicators/', '/structure/', '/compare/', '/adoption/', '/search/', '/data/']));
    expect(overBudget(await domSizes(browser, url, aggregates))).toEqual([]);
  }, 300_000);
});
