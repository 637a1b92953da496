/**
 * Which built pages the sitemap lists: not those that ask crawlers not to index them (a moved
 * address forwarding to its new page, src/layouts/Moved.astro). Read from the built HTML when
 * @astrojs/sitemap runs (after the pages are written), so the rule follows the pages, not a list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const noindex = /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i;

/** `(pageUrl) => listed?` for the pages built into `outDir`; a page whose file is not found is listed. */
export function indexablePages(outDir: string, site: string) {
  const base = new URL(site);
  return (page: string): boolean => {
    const path = new URL(page, base).pathname;
    const file = join(outDir, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
    return !existsSync(file) || !noindex.test(readFileSync(file, 'utf8'));
  };
}
