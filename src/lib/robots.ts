/**
 * robots.txt: every page may be crawled; a public build names its sitemap by its absolute address
 * (a local preview has no public address, so it names none).
 */
export function robotsText(publicSite: string | undefined): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (publicSite) lines.push('', `Sitemap: ${new URL('sitemap-index.xml', publicSite).href}`);
  return `${lines.join('\n')}\n`;
}
