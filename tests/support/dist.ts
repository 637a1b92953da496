/** Reading the built site from dist/ as trees, for checks over every page. */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export const distDir = 'dist';

export async function htmlPages(): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** A page that only leads on to where a page has moved (src/layouts/Moved.astro), not a page of its own. */
export function isMoved(file: string): boolean {
  return readFileSync(file, 'utf8').includes('http-equiv="refresh"');
}

/** Every page of its own: the built pages but those that only lead on elsewhere. */
export async function ownPages(): Promise<string[]> {
  return (await htmlPages()).filter((file) => !isMoved(file));
}

/** `dist/plans/x/1/index.html` → `/plans/x/1/`. */
export function pathOf(file: string): string {
  return `/${relative(distDir, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/')}`;
}

const cache = new Map<string, Root>();
export function pageTree(file: string): Root {
  let tree = cache.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    cache.set(file, tree);
  }
  return tree;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(distDir, path), 'utf8')) as T;
}
