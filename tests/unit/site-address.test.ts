/** The site address: required for a production build, localhost for a local preview, said clearly. */
import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/lib/site-address.ts';

describe('the site address', () => {
  it('uses SITE_URL when given', () => {
    expect(siteAddress({ SITE_URL: 'https://plans.example.gov.cn' }, ['astro', 'build'])).toEqual({ url: 'https://plans.example.gov.cn/', local: false });
  });

  it('refuses a production build without SITE_URL, saying what to run', () => {
    expect(() => siteAddress({}, ['node', 'astro', 'build'])).toThrow(/SITE_URL is not set.*SITE_URL=https:\/\/your\.site npm run build.*npm start/);
  });

  it('builds a local preview at localhost when asked, and the dev server needs nothing', () => {
    expect(siteAddress({ LOCAL_PREVIEW: '1' }, ['astro', 'build'])).toEqual({ url: 'http://localhost:4321', local: true });
    expect(siteAddress({}, ['astro', 'dev'])).toEqual({ url: 'http://localhost:4321', local: true });
  });

  it('rejects an address that is not one', () => {
    expect(() => siteAddress({ SITE_URL: 'plans.gov.cn' }, ['astro', 'build'])).toThrow(/not an address/);
    expect(() => siteAddress({ SITE_URL: 'ftp://plans.gov.cn' }, ['astro', 'build'])).toThrow(/https:\/\//);
  });
});
