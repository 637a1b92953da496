// @ts-check
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { remarkGfmTable } from './src/plugins/remark-gfm-table.ts';
import { remarkPlanUnits } from './src/plugins/remark-plan-units.ts';

// The public address of the site, for the sitemap and Open Graph links.
const site = process.env.SITE_URL ?? 'https://plan-atlas.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [sitemap()],
  markdown: {
    // Source text is shown as written: no SmartyPants quotes, no GFM beyond tables.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfmTable, remarkDirective, [remarkPlanUnits, { site }]] }),
  },
  devToolbar: { enabled: false },
  // The content store lives with the checkout, not in node_modules (which may be shared).
  cacheDir: './.astro/cache',
});
