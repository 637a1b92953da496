import { describe, expect, it } from 'vitest';
import { robotsText } from '../../src/lib/robots.ts';

describe('robotsText', () => {
  it('lets every crawler read every page', () => {
    expect(robotsText(undefined)).toBe('User-agent: *\nAllow: /\n');
  });

  it('names the sitemap index at the public address when there is one', () => {
    expect(robotsText('https://plans.example.gov.cn/')).toContain('\nSitemap: https://plans.example.gov.cn/sitemap-index.xml\n');
  });

  it('names the sitemap beside the pages when the site is served under a path', () => {
    expect(robotsText('https://example.org/atlas/')).toContain('Sitemap: https://example.org/atlas/sitemap-index.xml');
  });
});
