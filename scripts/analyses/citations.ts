/** Citations: every 《…》 title cited in the texts, with every place (src/lib/citations/). */
import { buildCitationIndex } from '../../src/lib/citations/index.ts';
import { createResolver } from '../../src/lib/citations/resolve.ts';
import { citationUnits } from '../../src/lib/citations/units.ts';
import type { CitedDocumentEntry } from '../../src/schemas/citations.ts';
import type { Analysis } from './types.ts';

export const citations: Analysis = {
  name: 'citations',
  curated: [],
  run(corpus) {
    const resolver = createResolver(corpus.sources.map(({ slug, title, citedAs }) => ({ slug, title, citedAs })));
    const index = buildCitationIndex(citationUnits(corpus.measures, corpus.tables, corpus.panels), resolver);
    const entries: CitedDocumentEntry[] = index.map((doc, order) => ({ id: doc.anchor, order, ...doc }));
    return { 'cited-documents': entries };
  },
};
