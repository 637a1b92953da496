/** Which framework adoption is measured against when a corpus holds several (src/lib/adoption/inputs.ts). */
import { describe, expect, it } from 'vitest';
import { adoptedFramework, type SourceLike } from '../../src/lib/adoption/inputs.ts';

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
