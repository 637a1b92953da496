/**
 * axe-core finds nothing on any built page by the WCAG 2.x A and AA rules, in the light colour
 * scheme on every page and in the dark one on a page of each kind.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, pagesToCheck, sitePages, wcagTags } from '../support/axe.ts';
import { launchBrowser, siteUrl } from '../support/browser.ts';
import { distDir } from '../support/dist.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe over the built site', () => {
  it('reports low contrast, an unnamed field and a repeated unnamed landmark on a page made to have them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main><p style="color:#bbb;background:#fff">浅色文字</p><input type="text"><nav><a href="/">一</a></nav><nav><a href="/">二</a></nav></main></body></html>',
    );
    const rules = (await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations.map((v) => v.id);
    expect(rules).toEqual(expect.arrayContaining(['color-contrast', 'label']));
    await context.close();
  });

  it('finds nothing on any page, in light and (one page of each kind) dark colour schemes', async () => {
    const paths = sitePages(distDir);
    expect(paths.length).toBeGreaterThan(10);
    const findings = await axeFindings(browser, siteUrl('/'), pagesToCheck(paths));
    expect(findings.map((f) => `${f.path} (${f.scheme}) ${f.rule} [${f.impact}]: ${f.targets.join(' | ')}`)).toEqual([]);
  }, 1_800_000);
});
