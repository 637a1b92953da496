/**
 * The public address of the site, for printed permalinks, citations, canonical and Open Graph
 * links and the sitemap. A production build must be told it (`SITE_URL`): a made-up address on
 * paper sends a trainee nowhere. A local preview (`npm start`, `npm test`: `LOCAL_PREVIEW=1`) or
 * the dev server uses http://localhost:4321 and says so.
 */
export const localAddress = 'http://localhost:4321';

export interface SiteAddress {
  url: string;
  /** True when the address is the local preview's, not a public one. */
  local: boolean;
}

export function siteAddress(env: Record<string, string | undefined>, argv: string[]): SiteAddress {
  const given = env.SITE_URL?.trim();
  if (given) {
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      throw new Error(`SITE_URL=${given} is not an address: set it to the site's public address, e.g. SITE_URL=https://plans.example.gov.cn`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL=${given}: the address must start with https:// (or http://)`);
    return { url: url.href, local: false };
  }
  const building = argv.includes('build');
  if (building && env.LOCAL_PREVIEW !== '1') {
    throw new Error(
      'SITE_URL is not set. A production build prints and links the public address: SITE_URL=https://your.site npm run build. ' +
        `For a local preview at ${localAddress}: npm start (or LOCAL_PREVIEW=1 npm run build).`,
    );
  }
  return { url: localAddress, local: true };
}
