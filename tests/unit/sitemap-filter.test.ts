/** The sitemap's filter (src/lib/sitemap-filter.ts) on a small built site written here. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexablePages } from '../../src/lib/sitemap-filter.ts';

const out = mkdtempSync(join(tmpdir(), 'sitemap-'));
const page = (path: string, head: string) => {
  mkdirSync(join(out, path), { recursive: true });
  writeFileSync(join(out, path, 'index.html'), `<!doctype html><html><head>${head}</head><body></body></html>`);
};
page('plans/a/1', '<title>第一章</title>');
page('adoption/17', '<meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=/adoption/x/x-3-0-17/">');
page('old', '<meta name="robots" content="noindex, follow">');
page('中文', '<title>中文路径</title>');
const listed = indexablePages(out, 'https://plans.example.gov.cn/');

describe('which built pages the sitemap lists', () => {
  it('lists a page of its own', () => {
    expect(listed('https://plans.example.gov.cn/plans/a/1/')).toBe(true);
    expect(listed('https://plans.example.gov.cn/%E4%B8%AD%E6%96%87/')).toBe(true);
  });

  it('leaves out a page that asks not to be indexed, whatever else its robots meta says', () => {
    expect(listed('https://plans.example.gov.cn/adoption/17/')).toBe(false);
    expect(listed('https://plans.example.gov.cn/old/')).toBe(false);
  });

  it('lists a page whose file it cannot find rather than lose it', () => {
    expect(listed('https://plans.example.gov.cn/not-built/')).toBe(true);
  });
});
