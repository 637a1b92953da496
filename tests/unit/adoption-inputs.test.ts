/** The frameworks adoption is measured against when a corpus holds several, and which one a labelled set was judged against (src/lib/adoption/inputs.ts). */
import { describe, expect, it } from 'vitest';
import { adoptedFramework, comparedWith, frameworksByUse, judgedFramework, type SourceLike } from '../../src/lib/adoption/inputs.ts';

const source = (slug: string, role: SourceLike['role'], implementsList: string[] = []): SourceLike => ({ slug, role, title: slug, citedAs: [], implements: implementsList });

describe('the framework adoption is measured against', () => {
  it('is the one most local texts say they implement, wherever it stands in the corpus', () => {
    const sources = [source('a-law', 'framework'), source('b-decision', 'framework'), source('c', 'local', ['b-decision']), source('d', 'local', ['a-law', 'b-decision'])];
    expect(adoptedFramework(sources)?.slug).toBe('b-decision');
    expect(adoptedFramework([...sources].reverse())?.slug).toBe('b-decision');
  });

  it('is the first in the corpus order on a tie or when no local text names one, and none without a framework', () => {
    expect(adoptedFramework([source('a-law', 'framework'), source('b-decision', 'framework'), source('c', 'local')])?.slug).toBe('a-law');
    expect(adoptedFramework([source('a-law', 'framework'), source('b-decision', 'framework'), source('c', 'local', ['a-law']), source('d', 'local', ['b-decision'])])?.slug).toBe(
      'a-law',
    );
    expect(adoptedFramework([source('c', 'local')])).toBeUndefined();
  });
});

describe('the frameworks in the order pages list them', () => {
  it('are every framework, the most implemented first, the corpus order on a tie, and no local text', () => {
    const sources = [
      source('a-law', 'framework'),
      source('b-decision', 'framework'),
      source('c-opinion', 'framework'),
      source('d', 'local', ['b-decision']),
      source('e', 'local', ['c-opinion', 'b-decision']),
      source('f', 'local', ['c-opinion']),
      source('g', 'local'),
    ];
    expect(frameworksByUse(sources).map((s) => s.slug)).toEqual(['b-decision', 'c-opinion', 'a-law']);
    expect(frameworksByUse([source('a-law', 'framework'), source('b-decision', 'framework')]).map((s) => s.slug)).toEqual(['a-law', 'b-decision']);
    expect(frameworksByUse([source('g', 'local')])).toEqual([]);
  });
});

describe('the framework a labelled set was judged against', () => {
  const sources = [source('a-law', 'framework'), source('b-decision', 'framework'), source('c', 'local', ['b-decision'])];
  const sourceOfUnit = (unit: string) => ({ 'a-law-1-0-3': 'a-law', 'c-1-0-1': 'c' })[unit];

  it('is the source of the units it labels as adopted, even when fewer local texts implement it', () => {
    expect(judgedFramework(['a-law-1-0-3'], sourceOfUnit, sources)?.slug).toBe('a-law');
  });

  it('is the most implemented framework when it labels none, or only units that are not a framework’s', () => {
    expect(judgedFramework([], sourceOfUnit, sources)?.slug).toBe('b-decision');
    expect(judgedFramework(['c-1-0-1', 'unknown-1'], sourceOfUnit, sources)?.slug).toBe('b-decision');
  });
});

describe('the local texts a framework is compared with', () => {
  it('are those that implement it and those that name no framework of the corpus, not those that name only another', () => {
    const sources = [
      source('a-law', 'framework'),
      source('b-decision', 'framework'),
      source('c', 'local', ['b-decision']),
      source('d', 'local', ['a-law', 'b-decision']),
      source('e', 'local', ['a-law']),
      source('f', 'local'),
      // Names a document that is not in the corpus: what it implements here is not known.
      source('g', 'local', ['x-national-opinion']),
    ];
    expect(comparedWith(sources[1], sources).map((s) => s.slug)).toEqual(['c', 'd', 'f', 'g']);
    expect(comparedWith(sources[0], sources).map((s) => s.slug)).toEqual(['d', 'e', 'f', 'g']);
  });

  it('include a framework that implements it (a provincial decision under a national opinion), never the framework itself', () => {
    const sources = [source('a-national', 'framework'), source('b-province', 'framework', ['a-national']), source('c', 'local', ['b-province']), source('d', 'local')];
    expect(comparedWith(sources[0], sources).map((s) => s.slug)).toEqual(['b-province', 'd']);
    expect(comparedWith(sources[1], sources).map((s) => s.slug)).toEqual(['c', 'd']);
  });
});
