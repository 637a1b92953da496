// @ts-check
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { remarkGfmTable } from './src/plugins/remark-gfm-table.ts';
import { remarkPlanUnits } from './src/plugins/remark-plan-units.ts';
import { remarkCitedDocuments } from './src/plugins/remark-cited-documents.ts';
import { astroCacheDir, siteOutDir } from './src/lib/corpus-dirs.ts';

// The public address of the site, for the sitemap and Open Graph links.
const site = process.env.SITE_URL ?? 'https://plan-atlas.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: siteOutDir,
  integrations: [sitemap()],
  markdown: {
    // Source text is shown as written: no SmartyPants quotes, no GFM beyond tables.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfmTable, remarkDirective, [remarkPlanUnits, { site }], remarkCitedDocuments] }),
  },
  devToolbar: { enabled: false },
  // The content store lives with the checkout, not in node_modules (which may be shared).
  cacheDir: astroCacheDir,
});
