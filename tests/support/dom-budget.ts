/**
 * The DOM budget: a page that gathers the whole corpus (everything but a plan's own pages, which are
 * documents and as long as their text) stays under `domBudget` elements, counted in a browser.
 */
import type { Browser } from 'playwright-core';

export const domBudget = 1500;

/**
 * A plan's own pages (/plans/{source}/…) are documents; every other page is an aggregate, /plans/
 * included, and so are a plan's theme lists (/plans/{source}/themes/…), which gather its measures.
 */
export function isAggregate(path: string): boolean {
  return (!/^\/plans\/[^/]+\//.test(path) || /^\/plans\/[^/]+\/themes\//.test(path)) && path !== '/404.html';
}

/** Elements per page, counted as a browser builds them (document.querySelectorAll('*')). */
export async function domSizes(browser: Browser, siteUrl: string, paths: string[]): Promise<Map<string, number>> {
  const page = await browser.newPage();
  const sizes = new Map<string, number>();
  for (const path of paths) {
    await page.goto(new URL(path, siteUrl).href);
    sizes.set(path, await page.evaluate(() => document.querySelectorAll('*').length));
  }
  await page.close();
  return sizes;
}

export function overBudget(sizes: Map<string, number>): string[] {
  return [...sizes].filter(([, n]) => n >= domBudget).map(([path, n]) => `${path}: ${n} elements`);
}
