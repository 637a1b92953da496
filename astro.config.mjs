// @ts-check
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { remarkGfmTable } from './src/plugins/remark-gfm-table.ts';
import { remarkPlanUnits } from './src/plugins/remark-plan-units.ts';
import { siteAddress } from './src/lib/site-address.ts';
import { astroCacheDir, siteOutDir } from './src/lib/corpus-dirs.ts';
import { indexablePages } from './src/lib/sitemap-filter.ts';

// The public address of the site, for printed permalinks, citations, the sitemap and Open Graph
// links: required for a production build, localhost for a local preview (src/lib/site-address.ts).
const { url: site, local } = siteAddress(process.env, process.argv);
if (local) console.warn(`[plan-atlas] SITE_URL is not set: a local preview, links and citations point to ${site}`);

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: siteOutDir,
  // A page that asks not to be indexed (a moved address) is not listed.
  integrations: [sitemap({ filter: indexablePages(siteOutDir, site) })],
  markdown: {
    // Source text is shown as written: no SmartyPants quotes, no GFM beyond tables.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfmTable, remarkDirective, [remarkPlanUnits, { site }]] }),
  },
  // Every stylesheet is a file of its own: a component's styles (an indicator chart's, a chapter's
  // chains) are shared by many pages, so a browser fetches and caches them once rather than reading
  // them again inlined in each page. (The default inlines any stylesheet under 4 kB.)
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // The search worker (src/lib/search/worker.ts) is a module worker: it imports fuse.js on first
  // need, a code split that only the ES format allows.
  vite: { worker: { format: 'es' } },
  // The content store lives with the checkout, not in node_modules (which may be shared).
  cacheDir: astroCacheDir,
});
