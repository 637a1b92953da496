/**
 * Headless Chromium for e2e tests: Debian's /usr/bin/chromium driven by playwright-core.
 * CI installs it (.ci/run); a missing browser fails the tests, it never skips them.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/lib/chromium.ts';
import { expect, inject } from 'vitest';

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

/** Every href resolves to a page (status 200) holding an element with the fragment's id; each page is fetched once. */
export async function expectLinksResolve(page: Page, hrefs: string[]): Promise<void> {
  expect(hrefs.length).toBeGreaterThan(0);
  const byPath = new Map<string, Set<string>>();
  for (const href of hrefs) {
    const url = new URL(href, siteUrl('/'));
    const ids = byPath.get(url.pathname) ?? new Set<string>();
    if (url.hash) ids.add(decodeURIComponent(url.hash.slice(1)));
    byPath.set(url.pathname, ids);
  }
  for (const [path, ids] of byPath) {
    const response = await page.request.get(siteUrl(path));
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    for (const id of ids) expect(html.includes(`id="${id}"`), `${path}#${id}`).toBe(true);
  }
}
