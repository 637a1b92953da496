/**
 * A source's measures theme by theme: /plans/{source}/themes/ lists the themes and links each to a
 * page of its own, and together those pages link every measure /data/themes.json files under the
 * source, each at its permalink — the lists moved to pages of their own (the DOM budget) and lost
 * nothing. Sources and themes are read from the data, not named here.
 */
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../support/browser.ts';

interface ThemesData {
  sources: string[];
  themes: Array<{ id: string; measures: Record<string, Array<{ id: string; url: string }>> }>;
}

const html = async (path: string) => {
  const response = await fetch(siteUrl(path));
  expect(response.status, path).toBe(200);
  return response.text();
};
const hrefs = (page: string) => [...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

describe('a source’s themes', () => {
  it('link from the source’s theme list to a page per theme that together hold every measure of the source, each at its permalink', async () => {
    const data = (await (await fetch(siteUrl('/data/themes.json'))).json()) as ThemesData;
    for (const source of data.sources) {
      const filed = data.themes.filter((t) => (t.measures[source] ?? []).length > 0);
      const index = hrefs(await html(`/plans/${source}/themes/`));
      for (const theme of filed) {
        const path = `/plans/${source}/themes/${theme.id}/`;
        expect(index, `${source} lists ${theme.id}`).toContain(path);
        const links = hrefs(await html(path));
        for (const measure of theme.measures[source]) expect(links, `${path} links ${measure.id}`).toContain(measure.url);
      }
    }
  }, 120_000);
});
