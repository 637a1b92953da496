/** The fixture corpus's site passes axe too (WCAG 2.x A and AA): what the real corpus passes is not luck of its texts. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { serveDirectory } from '../../scripts/lib/static-server.ts';
import { axeFindings, pagesToCheck, sitePages } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';

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
  it('has no axe finding on any page, in light and (one page of each kind) dark colour schemes', async () => {
    const paths = sitePages(site);
    expect(paths.length).toBeGreaterThan(10);
    const findings = await axeFindings(browser, served.url, pagesToCheck(paths));
    expect(findings.map((f) => `${f.path} (${f.scheme}) ${f.rule} [${f.impact}]: ${f.targets.join(' | ')}`)).toEqual([]);
  }, 1_800_000);
});
