/**
 * Citations: extraction of 《…》, the normaliser and resolver (on fixture documents), the index
 * on the shipped texts (every 《…》 of every source text is found, at a linkable place; what each
 * source's expectations file says it cites and is cited by, tests/expectations/{slug}.json:
 * citations), and the ingest step that marks cited titles for links without changing the text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { hasGenerated, readGenerated } from '../../scripts/lib/read-generated.ts';
import type { MeasureRecord, PanelRecord, TableRecord } from '../../src/schemas/records.ts';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations/extract.ts';
import { anchorOf, buildCitationIndex, citationAnchor } from '../../src/lib/citations/index.ts';
import { normaliseTitle } from '../../src/lib/citations/normalise.ts';
import { createResolver } from '../../src/lib/citations/resolve.ts';
import { citationUnits } from '../../src/lib/citations/units.ts';
import { linkCitedDocuments } from '../../src/lib/citations/link.ts';
import { readSources } from '../../scripts/steps/read.ts';
import { sourcesDir } from '../../src/lib/corpus-dirs.ts';
import { join } from 'node:path';
import { shippedExpectations } from '../support/expectation-schema.ts';

const documents = (await readSources(sourcesDir)).map(({ settings }) => ({ slug: settings.slug, title: settings.title, citedAs: settings.citedAs }));
const shippedResolver = createResolver(documents);
const shipped = shippedExpectations();

// Fixture documents: a provincial decision whose heading and citations differ as real ones do, and a county plan.
const decision = '中共示范省委关于深入贯彻党的十九大精神 推进城乡基层治理制度创新和能力建设的决定';
const resolver = createResolver([
  { slug: 'province', title: decision, citedAs: ['中共示范省委关于深入贯彻党的十九届四中全会精神推进城乡基层治理制度创新和能力建设的决定'] },
  { slug: 'county', title: '示范县城乡基层治理“十四五”规划', citedAs: undefined },
]);

describe('extract and normalise', () => {
  it('finds every 《…》 with its position, including one that quotes another title in 〈〉', () => {
    const text = '依照示范市委《印发〈关于调整城市新区和产业发展布局的实施方案〉的通知》拟定，本《规划》。';
    const found = extractCitations(text);
    expect(found.map((c) => c.title)).toEqual(['印发〈关于调整城市新区和产业发展布局的实施方案〉的通知', '规划']);
    expect(text.slice(found[0].start, found[0].end)).toBe(found[0].text);
    expect(found[1].before).toBe('本');
  });

  it('maps the ways the decision is cited onto one key', () => {
    const key = normaliseTitle(decision);
    for (const variant of [
      '中共示范省委关于深入贯彻党的十九届四中全会精神推进城乡基层治理制度创新和能力建设的决定',
      '中共示范省委关于深入贯彻党的十九届四中全会精神、推进城乡基层治理制度创新和能力建设的决定',
      '中共示范省委关于深入贯彻党的十九大精神推进城乡基层治理制度创新和能力建设的决定',
      '中共示范省委关于深入贯彻党的十九届四中全会精神　推进城乡基层治理制度创新和能力建设的决定',
    ]) {
      expect(normaliseTitle(variant)).toBe(key);
    }
    expect(normaliseTitle('中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见')).toBe(normaliseTitle('中共中央国务院关于加强基层治理体系和治理能力现代化建设的意见'));
  });

  it('resolves the decision’s variants to it, and a different provincial document to nothing', () => {
    expect(resolver.resolve('中共示范省委关于深入贯彻党的十九届四中全会精神、推进城乡基层治理制度创新和能力建设的决定')?.slug).toBe('province');
    expect(resolver.resolve('中共示范省委关于深入贯彻党的十九届四中全会精神推进城乡基层治理制度创新和能力建设的决定')?.slug).toBe('province');
    expect(resolver.resolve(decision)).toEqual({ slug: 'province', by: 'title' });
    // Same issuer, different document: not the decision.
    expect(resolver.resolve('中共示范省委、示范省人民政府关于进一步加强和完善城乡社区治理的实施意见')).toBeUndefined();
    // Another place's decision with the same wording stays its own document.
    expect(resolver.resolve('中共示范县委关于深入贯彻党的十九届四中全会精神推进城乡基层治理制度创新和能力建设的决定')).toBeUndefined();
    expect(resolver.resolve('示范县城乡基层治理“十四五”规划')?.slug).toBe('county');
    // 本《规划》 in the county's own text is the county plan; 《规划》 without 本, or elsewhere, is not resolved.
    expect(resolver.resolve('规划', { source: 'county', before: '本' })).toEqual({ slug: 'county', by: 'self' });
    expect(resolver.resolve('规划', { source: 'county', before: '的' })).toBeUndefined();
  });
});

describe.each(shipped.filter(({ expected }) => expected.citations?.resolvesFrom || expected.citations?.notResolved || expected.citations?.selfCited))(
  'the shipped settings resolve titles to $slug as its expectations file states',
  ({ slug, expected }) => {
    const want = expected.citations!;
    it('resolves the ways it is cited to it, and look-alike documents to nothing', () => {
      for (const { title, by } of want.resolvesFrom ?? []) {
        expect(shippedResolver.resolve(title)?.slug, title).toBe(slug);
        if (by) expect(shippedResolver.resolve(title)?.by, title).toBe(by);
      }
      for (const { title } of want.notResolved ?? []) expect(shippedResolver.resolve(title), title).toBeUndefined();
      if (want.selfCited) {
        const { title, before, notBefore } = want.selfCited;
        expect(shippedResolver.resolve(title, { source: slug, before })).toEqual({ slug, by: 'self' });
        expect(shippedResolver.resolve(title, { source: slug, before: notBefore })).toBeUndefined();
      }
    });
  },
);

describe('citation index (small input)', () => {
  it('groups a document’s variants, joins a short form to its full title, and keeps each place', () => {
    const index = buildCitationIndex(
      [
        {
          id: 'a-1-1-1',
          source: 'a',
          url: '/plans/a/1/#a-1-1-1',
          text: '根据《中共中央 国务院关于加强基层治理的意见》和《中共示范省委关于深入贯彻党的十九届四中全会精神推进城乡基层治理制度创新和能力建设的决定》',
        },
        { id: 'b-1-1-1', source: 'b', url: '/plans/b/1/#b-1-1-1', text: '落实《关于加强基层治理的意见》《中共中央国务院关于加强基层治理的意见》《某市物业管理条例》' },
      ],
      resolver,
    );
    expect(index[0].slug).toBe('province');
    expect(index[0].anchor).toBe('doc-province');
    const opinion = index.find((d) => d.title.startsWith('中共中央'))!;
    expect(opinion.slug).toBeUndefined();
    expect(opinion.places.map((p) => p.unit).sort()).toEqual(['a-1-1-1', 'b-1-1-1', 'b-1-1-1']);
    expect(opinion.variants).toHaveLength(3);
    const listed = index.find((d) => d.title === '某市物业管理条例')!;
    expect(listed.places).toEqual([{ source: 'b', unit: 'b-1-1-1', url: '/plans/b/1/#b-1-1-1', cited: '《某市物业管理条例》', count: 1 }]);
    expect(anchorOf(normaliseTitle('某市物业管理条例'))).toBe(listed.anchor);
  });
});

describe('citation index on the shipped texts', () => {
  const generated = 'content/generated';
  it('has the generated collections to test against', () => {
    expect(existsSync(`${generated}/measures.json`), 'run `npm run ingest` first').toBe(true);
  });
  const read = <T>(name: string) => (hasGenerated(name) ? readGenerated<T>(name) : []);
  const index = buildCitationIndex(citationUnits(read<MeasureRecord>('measures'), read<TableRecord>('tables'), read<PanelRecord>('panels')), shippedResolver);

  it('finds every 《…》 of every source text at a linkable place', () => {
    for (const { slug } of documents) {
      const raw = readFileSync(join(sourcesDir, `${slug}.txt`), 'utf8');
      const cited = new Set(extractCitations(raw).map((c) => c.text));
      const placed = new Set(index.flatMap((d) => d.places.filter((p) => p.source === slug).map((p) => p.cited)));
      expect([...placed].sort(), slug).toEqual([...cited].sort());
    }
    // Every occurrence in running text is a place of its own (a table's merged cell is one place).
    const occurrences = documents.reduce((n, { slug }) => n + extractCitations(readFileSync(join(sourcesDir, `${slug}.txt`), 'utf8')).length, 0);
    expect(index.reduce((n, d) => n + d.places.length, 0)).toBe(occurrences);
    for (const doc of index) for (const place of doc.places) expect(place.url).toMatch(new RegExp(`^/plans/${place.source}/\\d+/#${place.unit}$`));
  });

  for (const { slug, expected } of shipped.filter(({ expected }) => expected.citations?.citedAt)) {
    it(`resolves ${slug} as the other texts cite it, at the places its expectations file lists`, () => {
      const want = expected.citations!;
      const doc = index.find((d) => d.slug === slug)!;
      expect(doc.places.map((p) => p.unit).sort()).toEqual([...want.citedAt!].sort());
      if (want.someVariantIncludes) expect(doc.variants.some((v) => v.includes(want.someVariantIncludes!))).toBe(true);
      if (want.everyVariantIncludes) expect(doc.variants.every((v) => v.includes(want.everyVariantIncludes!))).toBe(true);
    });
  }

  it('lists titles outside the corpus with their places, source by source', () => {
    const entries = shipped.flatMap(({ expected }) => expected.citations?.outside ?? []);
    expect(entries.length, 'no expectations file lists a title outside the corpus').toBeGreaterThan(0);
    for (const { title, match } of entries) {
      const doc = index.find((d) => (match === 'equals' ? d.title === title : match === 'startsWith' ? d.title.startsWith(title) : d.title.includes(title)))!;
      expect(doc, title).toBeDefined();
      expect(doc.slug, title).toBeUndefined();
      for (const { slug, expected } of shipped) {
        const listed = expected.citations?.outside?.find((entry) => entry.title === title && entry.match === match);
        expect(
          doc.places
            .filter((p) => p.source === slug)
            .map((p) => p.unit)
            .sort(),
          `${slug}: ${title}`,
        ).toEqual([...(listed?.places ?? [])].sort());
        for (const short of listed?.shortForms ?? []) expect(doc.aliases, short).toContain(citationAnchor(short));
      }
    }
    expect(new Set(index.map((d) => d.anchor)).size).toBe(index.length);
  });

  it('gives every title outside the corpus, as written at each place, an anchor of its entry', () => {
    const anchors = index.flatMap((d) => [d.anchor, ...d.aliases]);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const doc of index.filter((d) => !d.slug)) {
      for (const place of doc.places) expect([doc.anchor, ...doc.aliases], place.cited).toContain(citationAnchor(place.cited.slice(1, -1)));
    }
  });
});

describe('marking cited titles at ingest', () => {
  const paragraph = (value: string): Root => ({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] });

  it('wraps every title in a link, corpus titles to their document, and leaves the text unchanged', () => {
    const text =
      '根据《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》《中共示范省委关于深入贯彻党的十九届四中全会精神、推进城乡基层治理制度创新和能力建设的决定》等文件精神制定。';
    const tree = paragraph(text);
    linkCitedDocuments(tree, resolver, 'county');
    expect(toString(tree)).toBe(text);
    const children = (tree.children[0] as { children: Array<{ type: string; name?: string; attributes?: Record<string, string> }> }).children;
    expect(children.map((c) => c.type)).toEqual(['text', 'textDirective', 'textDirective', 'text']);
    expect(children.filter((c) => c.type === 'textDirective').map((c) => c.name)).toEqual(['cited', 'cited']);
    // Outside the corpus: to its entry on /citations/.
    const anchor = citationAnchor('中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见');
    expect(children[1].attributes).toEqual({ anchor, href: `/citations/#${anchor}` });
    expect(children[2].attributes).toEqual({ doc: 'province', href: '/plans/province/' });
    expect(toString(children[2] as never)).toBe('《中共示范省委关于深入贯彻党的十九届四中全会精神、推进城乡基层治理制度创新和能力建设的决定》');
  });

  it('links 本《规划》 to the document itself only in that document', () => {
    const own = paragraph('本《规划》以习近平');
    linkCitedDocuments(own, resolver, 'county');
    expect((own.children[0] as { children: Array<{ type: string; attributes?: Record<string, string> }> }).children[1]).toMatchObject({
      type: 'textDirective',
      attributes: { doc: 'county', href: '/plans/county/' },
    });
    const other = paragraph('本《规划》以习近平');
    linkCitedDocuments(other, resolver, undefined);
    expect((other.children[0] as { children: Array<{ type: string; attributes?: Record<string, string> }> }).children[1].attributes?.href).toMatch(/^\/citations\/#cited-/);
  });
});
