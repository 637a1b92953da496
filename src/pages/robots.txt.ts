import type { APIRoute } from 'astro';
import { robotsText } from '../lib/robots.ts';
import { siteAddress } from '../lib/site-address.ts';

/** robots.txt, naming the sitemap when the build has a public address (SITE_URL). */
export const GET: APIRoute = () => {
  const { url, local } = siteAddress(process.env, process.argv);
  return new Response(robotsText(local ? undefined : url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
