/**
 * The files a browser, a crawler or a sharing preview asks for besides the pages: robots.txt, the
 * web manifest and its icons, the Open Graph picture; and the Node version the project declares.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, ownPages, pageTree, pathOf } from '../support/dist.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const distFile = (url: string) => join(distDir, new URL(url, 'http://site').pathname);

let pages: string[] = [];
beforeAll(async () => {
  pages = await ownPages();
});

describe('files beside the pages', () => {
  it('serves a robots.txt that lets crawlers read every page and, in a local preview, names no sitemap address', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).not.toContain('Disallow');
    // npm test builds a local preview: a localhost sitemap address would send a crawler nowhere.
    expect(robots).not.toContain('Sitemap:');
  });

  it('links a web manifest from every page, whose icons exist at their stated sizes', () => {
    const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.name).toContain('规划对照');
    expect(manifest.lang).toBe('zh-CN');
    expect(manifest.start_url).toBe('/');
    const pngs = manifest.icons.filter((icon: { type: string }) => icon.type === 'image/png');
    expect(pngs.map((icon: { sizes: string }) => icon.sizes).sort()).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) {
      expect(existsSync(distFile(icon.src)), icon.src).toBe(true);
      if (icon.type === 'image/png') {
        const { width, height } = pngSize(distFile(icon.src));
        expect(`${width}x${height}`).toBe(icon.sizes);
      }
    }
    const without = pages.filter((file) => selectAll('link[rel="manifest"][href="/manifest.webmanifest"]', pageTree(file)).length !== 1);
    expect(without.map(pathOf)).toEqual([]);
  });

  it('gives every page an absolute og:image, a 1200×630 PNG that exists', () => {
    const images = new Set<string>();
    const without: string[] = [];
    for (const file of pages) {
      const content = selectAll('meta[property="og:image"]', pageTree(file)).map((meta) => String(meta.properties.content));
      if (content.length !== 1 || !/^https?:\/\//.test(content[0])) without.push(pathOf(file));
      else images.add(content[0]);
    }
    expect(without).toEqual([]);
    for (const image of images) expect(pngSize(distFile(image))).toEqual({ width: 1200, height: 630 });
  });
});

describe('the declared Node version', () => {
  it('is Node 22.12 or later in package.json, and .nvmrc names a Node 22', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.engines.node).toBe('>=22.12');
    expect(readFileSync('.nvmrc', 'utf8').trim()).toMatch(/^22(\.|$)/);
  });
});
