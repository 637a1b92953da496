/**
 * Headless Chromium for e2e tests: Debian's /usr/bin/chromium driven by playwright-core.
 * CI installs it (.ci/run); a missing browser fails the tests, it never skips them.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/lib/chromium.ts';
import { inject } from 'vitest';

export function launchBrowser(): Promise<Browser> {
  return launchChromium('The browser tests');
}

export function siteUrl(path = '/'): string {
  return new URL(path, inject('siteUrl')).href;
}

/** A page that records console errors and failed requests, for tests to assert there are none. */
export async function openPage(context: BrowserContext, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(siteUrl(path));
  return { page, errors };
}
