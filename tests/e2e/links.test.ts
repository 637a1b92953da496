/**
 * Link check over the built site: every internal link, and every #fragment, resolves to a page
 * and an element with that id. The permalinks in the open data must resolve too.
 */
import { existsSync } from 'node:fs';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveDistPath } from '../../scripts/lib/static-server.ts';
import { distDir, htmlPages, isMoved, ownPages, pageTree, pathOf, readJson } from '../support/dist.ts';
import { outline } from '../support/built-examples.ts';
import { shippedExpectations } from '../support/expectation-schema.ts';

/** Every document's page, and a chapter of each. */
const readerStarts = () => outline().flatMap((source) => [source.url, source.chapters.at(-1)!.url]);

let pages: string[] = [];
const idsByPath = new Map<string, Set<string>>();

function idsOf(path: string): Set<string> | undefined {
  if (!idsByPath.has(path)) {
    const file = resolveDistPath(distDir, path);
    if (!file?.endsWith('.html')) return undefined;
    idsByPath.set(path, new Set(selectAll('[id]', pageTree(file)).map((el) => String(el.properties.id))));
  }
  return idsByPath.get(path);
}

/** Checks one internal URL; returns a problem or undefined. */
function check(url: string, from: string): string | undefined {
  const target = new URL(url, `http://site${from}`);
  if (target.host !== 'site') return undefined;
  const file = resolveDistPath(distDir, target.pathname);
  if (!file) return `${from} → ${url}: no such page`;
  if (target.hash && !file.endsWith('.html')) return `${from} → ${url}: fragment on a non-page`;
  if (target.hash && !idsOf(target.pathname)?.has(decodeURIComponent(target.hash.slice(1)))) return `${from} → ${url}: no element with id ${target.hash}`;
  return undefined;
}

beforeAll(async () => {
  pages = await htmlPages();
});

describe('the built site', () => {
  it('has the pages readers start from', () => {
    for (const path of ['/', '/plans/', ...readerStarts(), '/search/', '/data/', '/about/']) {
      expect(resolveDistPath(distDir, path), path).toBeDefined();
    }
    expect(existsSync(`${distDir}/sitemap-index.xml`)).toBe(true);
  });

  it('has no broken internal link or fragment', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const from = pathOf(file);
      for (const link of selectAll('a[href], link[href]', pageTree(file)) as Element[]) {
        const href = String(link.properties.href);
        if (/^(mailto:|javascript:)/.test(href)) continue;
        checked++;
        const problem = check(href, from);
        if (problem) problems.push(problem);
      }
    }
    expect(problems).toEqual([]);
    // Every page carries the site's navigation (more than ten links), so far more than that were checked.
    expect(checked).toBeGreaterThan(10 * pages.length);
  });

  it('resolves every permalink in measures.json, outline.json and tables.json (and each table row) to an element with that id', () => {
    const measures = readJson<Array<{ id: string; url: string }>>('data/measures.json');
    expect(measures.length).toBe(shippedExpectations().reduce((n, { expected }) => n + expected.measures, 0));
    const outline = readJson<Array<{ url: string; chapters: Array<{ url: string; sections: Array<{ id: string; url: string }> }> }>>('data/outline.json');
    const urls = [
      ...measures.map((m) => m.url),
      ...outline.flatMap((s) => [s.url, ...s.chapters.flatMap((c) => [c.url, ...c.sections.map((x) => x.url)])]),
      ...readJson<Array<{ url: string; rows: unknown[] }>>('data/tables.json').flatMap((t) => [t.url, ...t.rows.map((_, i) => `${t.url}-r${i + 1}`)]),
    ];
    const problems = urls.map((url) => check(url, '/data/')).filter(Boolean);
    expect(problems).toEqual([]);
    for (const measure of measures) expect(measure.url.endsWith(`#${measure.id}`)).toBe(true);
  });

  it('lists every page of its own in the sitemap, and no moved address (those ask not to be indexed)', async () => {
    const { readFileSync } = await import('node:fs');
    const sitemap = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
    for (const path of [...readerStarts(), '/search/']) expect(sitemap).toContain(`${path}</loc>`);
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
    const pages = await htmlPages();
    const moved = pages.filter(isMoved).map(pathOf);
    // Not vacuous: the shipped settings keep old adoption addresses (shortAdoptionUrls).
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.filter((path) => listed.has(path))).toEqual([]);
    const own = (await ownPages()).map(pathOf).filter((path) => path !== '/404.html' && !path.endsWith('.html'));
    expect(own.filter((path) => !listed.has(path))).toEqual([]);
  });
});
