/**
 * A bidi control in a heading of a fixture text (tests/fixtures/corpus-b/sources: a U+202E in a
 * chapter heading) cannot reorder what any page shows: on every page of the fixture corpus's site
 * each one is either alone in its own <bdi>, or, where no markup is possible (<title>), closed at once.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const site = inject('corpusBSite');
const htmlFiles = (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'));
const sources = readdirSync('tests/fixtures/corpus-b/sources').filter((f) => f.endsWith('.txt'));

/** The bidi controls a page shows unisolated: isolated ones, closed ones and attributes taken out. */
function unisolated(html: string): string[] {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<bdi class="bidi-control"[^>]*>[\u202A-\u202E\u2066-\u2069]<\/bdi>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\u202A-\u202E]\u202C|[\u2066-\u2068]\u2069/g, '');
  return [...text.matchAll(/.{0,12}[\u202A-\u202E\u2066-\u2069].{0,12}/g)].map((m) => m[0]);
}

describe('bidi controls in headings of the fixture corpus', () => {
  it('has a chapter heading with U+202E in a fixture text', () => {
    const headings = sources
      .flatMap((f) => readFileSync(join('tests/fixtures/corpus-b/sources', f), 'utf8').split('\n'))
      .filter((line) => /^[一二三四五六七八九十]+、.*\u202E/.test(line));
    expect(headings.length).toBeGreaterThan(0);
  });

  it('shows the heading on its chapter page and in the contents with the control isolated', () => {
    const pages = htmlFiles.filter((f) => /^plans\/[^/]+\/(\d+\/)?index\.html$/.test(f)).map((f) => readFileSync(join(site, f), 'utf8'));
    const isolated = pages.filter((html) => /<h1[^>]*>[^<]*<bdi class="bidi-control" title="双向控制字符 U\+202E（原文如此）">\u202E<\/bdi>/.test(html));
    expect(isolated.length, 'a chapter page whose h1 isolates the U+202E').toBeGreaterThan(0);
    const contents = pages.filter((html) => /class="toc-chapters"[\s\S]*<bdi class="bidi-control"[^>]*>\u202E<\/bdi>/.test(html));
    expect(contents.length, 'a document page whose contents isolate it').toBeGreaterThan(0);
  });

  it('leaves no bidi control unisolated on any page', () => {
    expect(htmlFiles.length).toBeGreaterThan(0);
    const found = htmlFiles.flatMap((f) => unisolated(readFileSync(join(site, f), 'utf8')).map((context) => `${f}: ${JSON.stringify(context)}`));
    expect(found).toEqual([]);
  });
});
