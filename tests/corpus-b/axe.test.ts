/** The fixture corpus's site passes axe too (WCAG 2.x A and AA): what the real corpus passes is not luck of its texts. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeFindings, pagesToCheck, sitePages } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';

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
  it('has no axe finding on any page, in light and (one page of each kind) dark colour schemes', async () => {
    const paths = sitePages(site);
    expect(paths.length).toBeGreaterThan(10);
    const findings = await axeFindings(browser, url, pagesToCheck(paths));
    expect(findings.map((f) => `${f.path} (${f.scheme}) ${f.rule} [${f.impact}]: ${f.targets.join(' | ')}`)).toEqual([]);
  }, 1_800_000);
});
