/**
 * axe-core over a whole built site in one headless Chromium: every page, by WCAG 2.x level A and AA
 * rules (no rule turned off), and one page of each kind again in the dark colour scheme.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { isMoved } from './dist.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules axe tags with these. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Every page of a built site as the path a host serves it at: dir/index.html → /dir/. */
export function sitePages(root: string): string[] {
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html') && !isMoved(join(root, file)))
    .map((file) => `/${file.replace(/\\/g, '/').replace(/index\.html$/, '')}`)
    .sort();
}

/** A page's kind: its first path segment, the rest generalised (/plans/a/3/ → /plans/*\/*\/). */
export function kindOf(path: string): string {
  const [first, ...rest] = path.split('/').filter(Boolean);
  return `/${[first, ...rest.map(() => '*')].filter(Boolean).join('/')}${path.endsWith('/') && first ? '/' : ''}`;
}

/** One page of each kind: the pages to check in the second colour scheme. */
export function onePerKind(paths: string[]): string[] {
  const seen = new Map<string, string>();
  for (const path of paths) if (!seen.has(kindOf(path))) seen.set(kindOf(path), path);
  return [...seen.values()];
}

export interface AxeFinding {
  path: string;
  scheme: 'light' | 'dark';
  rule: string;
  impact: string;
  targets: string[];
}

/** Findings of every page, `concurrency` pages at a time in one browser. */
export async function axeFindings(browser: Browser, siteUrl: string, pages: { path: string; scheme: 'light' | 'dark' }[], concurrency = 2): Promise<AxeFinding[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const findings: AxeFinding[] = [];
  const queue = [...pages];
  async function worker() {
    const page = await context.newPage();
    for (let next = queue.shift(); next; next = queue.shift()) {
      await page.emulateMedia({ colorScheme: next.scheme });
      await page.goto(new URL(next.path, siteUrl).href);
      // Legacy mode runs axe.run in the page itself; the default opens a blank page per check to merge
      // frames' results, which these pages (no frames) do not need and which doubles the time.
      const result = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).analyze();
      for (const violation of result.violations) {
        findings.push({
          path: next.path,
          scheme: next.scheme,
          rule: violation.id,
          impact: violation.impact ?? '',
          targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
        });
      }
    }
    await page.close();
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  await context.close();
  return findings;
}

/** Every page in light, one page of each kind in dark. */
export function pagesToCheck(paths: string[]): { path: string; scheme: 'light' | 'dark' }[] {
  return [...paths.map((path) => ({ path, scheme: 'light' as const })), ...onePerKind(paths).map((path) => ({ path, scheme: 'dark' as const }))];
}
