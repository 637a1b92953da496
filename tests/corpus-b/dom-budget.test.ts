/** The fixture corpus's aggregate pages stay under the DOM budget too. */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveDirectory } from '../../scripts/lib/static-server.ts';
import { sitePages } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { domBudget, domSizes, isAggregate, overBudget } from '../support/dom-budget.ts';

const site = inject('corpusBSite');
let browser: Browser;
let served: { server: Server; url: string };

beforeAll(async () => {
  browser = await launchBrowser();
  served = await serveDirectory(site);
});
afterAll(async () => {
  await browser?.close();
  served?.server.close();
});

describe('the fixture corpus built as a site', () => {
  it(`keeps every aggregate page under ${domBudget} elements`, async () => {
    const aggregates = sitePages(site).filter(isAggregate);
    expect(aggregates).toEqual(expect.arrayContaining(['/', '/plans/', '/indicators/', '/structure/', '/compare/', '/adoption/', '/search/', '/data/']));
    expect(overBudget(await domSizes(browser, served.url, aggregates))).toEqual([]);
  }, 300_000);
});
