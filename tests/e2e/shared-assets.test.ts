/**
 * Styles and scripts reach the browser as shared files it caches once, not as blocks copied into
 * every page: the site's stylesheet and script are the same linked file on every page, and no page
 * repeats an inline block another page carries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, ownPages, pageTree, pathOf } from '../support/dist.ts';

/** Elements named `tagName` that are not inside an inline SVG (whose own <style> is the picture's). */
function outsideSvg(node: Root | RootContent, tagName: string, found: Element[] = []): Element[] {
  if (node.type === 'element' && node.tagName === 'svg') return found;
  if (node.type === 'element' && node.tagName === tagName) found.push(node);
  if ('children' in node) for (const child of node.children) outsideSvg(child, tagName, found);
  return found;
}

/** Inline scripts that run (JSON data blocks such as JSON-LD are data, not code). */
function inlineScripts(tree: Root): string[] {
  return selectAll('script:not([src])', tree)
    .filter((script) => !/json/.test(String(script.properties.type ?? '')))
    .map((script) => script.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
}

let pages: string[] = [];
beforeAll(async () => {
  pages = await ownPages();
});

describe('shared styles and scripts', () => {
  it('puts no <style> block in any page: every stylesheet is a linked file', () => {
    const withStyle = pages.filter((file) => outsideSvg(pageTree(file), 'style').length > 0);
    expect(withStyle.map(pathOf)).toEqual([]);
  });

  it('links the same site stylesheet and the same site script from every page, as files that exist', () => {
    const firstStylesheets = new Set<string>();
    const moduleScripts = new Map<string, number>();
    for (const file of pages) {
      const tree = pageTree(file);
      const stylesheets = selectAll('link[rel="stylesheet"]', tree).map((link) => String(link.properties.href));
      expect(stylesheets.length, pathOf(file)).toBeGreaterThan(0);
      firstStylesheets.add(stylesheets[0]);
      for (const href of stylesheets) expect(existsSync(join(distDir, href)), href).toBe(true);
      for (const script of selectAll('script[type="module"][src]', tree)) {
        const src = String(script.properties.src);
        moduleScripts.set(src, (moduleScripts.get(src) ?? 0) + 1);
      }
    }
    expect([...firstStylesheets]).toHaveLength(1);
    expect([...firstStylesheets][0]).toMatch(/^\/_astro\/.+\.css$/);
    const everywhere = [...moduleScripts].filter(([, count]) => count === pages.length).map(([src]) => src);
    expect(everywhere).toHaveLength(1);
    for (const src of moduleScripts.keys()) expect(existsSync(join(distDir, src)), src).toBe(true);
  });

  it('repeats no inline script on a second page: code used by more than one page is a shared file', () => {
    const pagesOf = new Map<string, string[]>();
    for (const file of pages) {
      for (const code of inlineScripts(pageTree(file))) pagesOf.set(code, [...(pagesOf.get(code) ?? []), pathOf(file)]);
    }
    const repeated = [...pagesOf].filter(([, on]) => on.length > 1).map(([code, on]) => `${on.length} pages: ${code.slice(0, 80)}`);
    expect(repeated).toEqual([]);
  });

  it('keeps every page free of inline code beyond a small page-specific script', () => {
    // Astro inlines a page's own small processed script (one request fewer); anything larger, or
    // shared, belongs in a file. 2 KB is well above the one such script and well below a library.
    const heavy = pages.map((file) => ({ page: pathOf(file), bytes: Buffer.byteLength(inlineScripts(pageTree(file)).join('')) })).filter(({ bytes }) => bytes > 2048);
    expect(heavy).toEqual([]);
  });
});

describe('the shared files', () => {
  it('carry a content hash in their names, so a browser may cache them for good', () => {
    const page = readFileSync(join(distDir, 'index.html'), 'utf8');
    const assets = [...page.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset).toMatch(/\.[\w-]{8}\.(css|js)$/);
  });
});
