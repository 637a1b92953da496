/**
 * The units a handout can hold, per source, as the selection page reads them: every section,
 * measure, table, panel and chain with its full text and its place in the document. Written by
 * the build to `/selection/units/{source}.json`; `/selection/units/index.json` says which shard
 * holds which id.
 */
import { getCollection } from 'astro:content';
import { chapterLabel, getChapters, getSources } from '../plans.ts';
import type { SelectionIndex, SelectionShard, SelectionUnit } from '../../schemas/selection-unit.ts';
import { diagramTitle } from '../chains/mermaid.ts';

export const shardFile = (slug: string) => `/selection/units/${slug}.json`;

/** A chain's own anchor on /structure/ (see ChainDiagram). */
export const chainAnchor = (chainId: string) => `chain-${chainId}`;

let memo: Promise<SelectionShard[]> | undefined;

export function getSelectionShards(): Promise<SelectionShard[]> {
  return (memo ??= build());
}

async function build(): Promise<SelectionShard[]> {
  const [sources, chapters, measures, tables, panels, chains] = await Promise.all([
    getSources(),
    getChapters(),
    getCollection('measures'),
    getCollection('tables'),
    getCollection('panels'),
    getCollection('chains'),
  ]);
  // A table or panel record names its chapter only through its permalink, which starts with the chapter's URL.
  const chapterOf = (url: string) => chapters.find(({ data }) => url.startsWith(`${data.url}#`))?.data;
  const placeOf = (url: string) => {
    const chapter = chapterOf(url);
    return chapter ? [chapterLabel(chapter)] : [];
  };

  return sources.map((source) => {
    const units: SelectionUnit[] = [];
    const own = <D extends { source: string }>(list: Array<{ data: D }>): D[] => list.filter((entry) => entry.data.source === source.slug).map((entry) => entry.data);
    const sourceMeasures = own(measures);
    for (const { data: chapter } of chapters.filter(({ data }) => data.source === source.slug)) {
      for (const section of chapter.sections) {
        // Measures carry their section's number; a section's text is its measures in order.
        const inSection = sourceMeasures.filter((m) => m.chapterNumber === chapter.number && m.sectionNumber === section.number);
        units.push({
          id: section.id,
          kind: 'section',
          url: section.url,
          heading: section.heading,
          where: [chapterLabel(chapter)],
          paragraphs: inSection.flatMap((m) => m.text.split('\n')),
        });
      }
    }
    for (const m of sourceMeasures) {
      const chapter = chapterOf(m.url);
      const section = chapter?.sections.find((s) => s.number === m.sectionNumber);
      units.push({
        id: m.id,
        kind: 'measure',
        url: m.url,
        heading: `${m.label}${m.title}`,
        where: [chapter ? chapterLabel(chapter) : m.chapterTitle, ...(section ? [section.heading] : [])],
        paragraphs: m.text.split('\n'),
      });
    }
    for (const t of own(tables)) {
      units.push({ id: t.id, kind: 'table', url: t.url, heading: t.caption, where: placeOf(t.url), paragraphs: [], table: { header: t.header, rows: t.rows } });
    }
    for (const p of own(panels)) {
      units.push({ id: p.id, kind: 'panel', url: p.url, heading: p.title, where: placeOf(p.url), paragraphs: p.text.split('\n') });
    }
    // A chain stands in a measure or panel: its place is that record's.
    const placeOfRecord = new Map(units.map((u) => [u.id, [...u.where, ...(u.kind === 'panel' ? [u.heading] : [])]]));
    for (const c of own(chains)) {
      units.push({
        id: c.id,
        kind: 'chain',
        url: `/structure/${c.source}/#${chainAnchor(c.id)}`,
        heading: diagramTitle({ ...c, jurisdiction: '' }),
        where: placeOfRecord.get(c.record) ?? placeOf(c.url),
        paragraphs: [c.levels.join(' — '), c.sentence],
      });
    }
    return {
      document: {
        slug: source.slug,
        jurisdiction: source.jurisdiction,
        title: source.title,
        url: `/plans/${source.slug}/`,
        kind: source.kind,
        ...(source.issuer ? { issuer: source.issuer } : {}),
        ...(source.documentNumber ? { documentNumber: source.documentNumber } : {}),
        dates: { issued: source.dates.issued, adopted: source.dates.adopted },
      },
      units,
    };
  });
}

export async function getSelectionIndex(): Promise<SelectionIndex> {
  const shards = await getSelectionShards();
  return { shards: Object.fromEntries(shards.map((shard) => [shard.document.slug, { file: shardFile(shard.document.slug), ids: shard.units.map((u) => u.id) }])) };
}
