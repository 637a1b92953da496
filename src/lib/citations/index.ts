/**
 * The citation index: every document title cited anywhere in the texts, with every place it is
 * cited. Titles of corpus documents are grouped by the document; other titles by their
 * normalised key, and a short form that leaves out the issuer (《关于…的意见》) joins the one full
 * title that ends with it. Pure: the caller supplies the units' texts.
 */
import { extractCitations } from './extract.ts';
import { normaliseTitle } from './normalise.ts';
import type { Resolver } from './resolve.ts';

/** A unit of text that can be linked: a measure, table or panel. */
export interface TextUnit {
  /** Unit id, e.g. `example-0-0-1` or `example-4-table1`. */
  id: string;
  source: string;
  url: string;
  text: string;
}

export interface CitationPlace {
  source: string;
  unit: string;
  url: string;
  /** The title as written at this place (with 《》). */
  cited: string;
  /** Occurrences in this unit (a merged table cell repeated over rows counts once per row). */
  count: number;
  /** For a corpus document: recognised by its title, by one of its citedAs, or as 本《…》 in itself. */
  resolvedBy?: 'title' | 'citedAs' | 'self';
}

export interface CitedDocument {
  /** Grouping key: `doc:{slug}` for a corpus document, else the normalised title. */
  key: string;
  /** Anchor id on /citations/, derived from the key so it stays put when other titles come and go. */
  anchor: string;
  /**
   * Further anchor ids of the same entry: one per written form whose own key differs (a short
   * form joined to its full title), so a link built from any written form finds the entry.
   */
  aliases: string[];
  /** The most complete way it is written (the longest variant). */
  title: string;
  /** Every way it is written, with 《》. */
  variants: string[];
  /** Corpus document slug, when the title names one. */
  slug?: string;
  places: CitationPlace[];
}

export function buildCitationIndex(units: readonly TextUnit[], resolver: Resolver): CitedDocument[] {
  const groups = new Map<string, CitedDocument>();
  for (const unit of units) {
    for (const cite of extractCitations(unit.text)) {
      const resolution = resolver.resolve(cite.title, { source: unit.source, before: cite.before });
      const key = resolution ? `doc:${resolution.slug}` : normaliseTitle(cite.title);
      let group = groups.get(key);
      if (!group) {
        group = { key, anchor: anchorOf(key), aliases: [], title: cite.title, variants: [], places: [], ...(resolution ? { slug: resolution.slug } : {}) };
        groups.set(key, group);
      }
      addPlace(group, unit, cite.text, resolution?.by);
    }
  }
  mergeShortForms(groups);
  const list = [...groups.values()];
  for (const group of list) {
    if (group.slug) continue;
    const own = new Set([group.anchor]);
    for (const variant of group.variants) {
      const anchor = citationAnchor(variant.slice(1, -1));
      if (own.has(anchor)) continue;
      own.add(anchor);
      group.aliases.push(anchor);
    }
  }
  for (const group of list) {
    group.title = group.variants.reduce((a, b) => (b.length > a.length ? b : a)).slice(1, -1);
  }
  // Corpus documents first, then by how often cited, then by title.
  return list.sort((a, b) => Number(!a.slug) - Number(!b.slug) || b.places.length - a.places.length || a.title.localeCompare(b.title, 'zh-CN'));
}

function addPlace(group: CitedDocument, unit: TextUnit, cited: string, resolvedBy?: CitationPlace['resolvedBy']) {
  if (!group.variants.includes(cited)) group.variants.push(cited);
  const place = group.places.find((p) => p.unit === unit.id && p.cited === cited);
  if (place) place.count++;
  else group.places.push({ source: unit.source, unit: unit.id, url: unit.url, cited, count: 1, ...(resolvedBy ? { resolvedBy } : {}) });
}

/** 《关于X》 joins 《{issuer}关于X》 when exactly one such full title is cited. */
function mergeShortForms(groups: Map<string, CitedDocument>) {
  for (const [key, group] of [...groups]) {
    if (group.slug || !key.startsWith('关于')) continue;
    const fuller = [...groups].filter(([other, g]) => other !== key && !g.slug && other.endsWith(key));
    if (fuller.length !== 1) continue;
    const [, target] = fuller[0];
    for (const place of group.places) {
      if (!target.variants.includes(place.cited)) target.variants.push(place.cited);
      target.places.push(place);
    }
    groups.delete(key);
  }
}

/** Where /citations/ lists a title outside the corpus, from the title as written. */
export function citationAnchor(title: string): string {
  return anchorOf(normaliseTitle(title));
}

/** `doc-{slug}` for a corpus document, `cited-` and an FNV-1a hash of the key otherwise. */
export function anchorOf(key: string): string {
  if (key.startsWith('doc:')) return `doc-${key.slice(4)}`;
  let hash = 0x811c9dc5;
  for (const ch of key) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `cited-${hash.toString(36)}`;
}
