/** Curated references (registry id + quote) checked against the units' texts. */
import { describe, expect, it } from 'vitest';
import { checkReferences, curatedReferences } from '../../../scripts/lib/id-registry-references.ts';

const units = new Map([
  ['demo-1-1-1', { text: '发展社区养老服务，建设街道综合养老服务中心。' }],
  ['demo-1-1-2', { text: '发展普惠托育服务。', removedIn: '2' }],
]);

describe('curated references', () => {
  it('accept a quote found in the unit, whatever the whitespace and width', () => {
    expect(checkReferences([{ entry: 'e', id: 'demo-1-1-1', quote: '建设街道 综合养老' }], units)).toEqual([]);
  });

  it('report a unit whose text no longer holds the quote', () => {
    expect(checkReferences([{ entry: 'pairs[3] measure', id: 'demo-1-1-1', quote: '建设社区食堂' }], units)).toEqual([
      'pairs[3] measure (demo-1-1-1): the unit no longer says “建设社区食堂” (it now begins “发展社区养老服务，建设街道综合养老服务中”); check the entry against the revised text and update its quote',
    ]);
  });

  it('report a removed unit, an unknown id and a missing quote', () => {
    const problems = checkReferences(
      [
        { entry: 'a', id: 'demo-1-1-2', quote: '发展普惠托育' },
        { entry: 'b', id: 'demo-9-9-9', quote: '任何' },
        { entry: 'c', id: 'demo-1-1-1', quote: undefined },
      ],
      units,
    );
    expect(problems.map((p) => p.split(':')[0])).toEqual(['a (demo-1-1-2)', 'b (demo-9-9-9)', 'c (demo-1-1-1)']);
    expect(problems[0]).toContain('was removed in edition 2');
  });

  it('find the references in each curated file where curators write them', () => {
    const referencesOf = (file: string) => curatedReferences.find((c) => c.file === file)!.references;
    const [themes, instruments, aliases, chains] = ['themes.json', 'instruments.json', 'indicator-aliases.json', 'chain-corrections.json'].map(referencesOf);
    expect(themes({ themes: [{ id: 't', include: [{ id: 'x-1-0-1', quote: 'q' }], exclude: [] }] })).toEqual([{ entry: 'themes[0] t include[0]', id: 'x-1-0-1', quote: 'q' }]);
    expect(instruments({ instruments: [{ id: 'dual-report', article: 'y-2-0-3', articleQuote: 'a' }] })).toEqual([
      { entry: 'instruments[0] dual-report', id: 'y-2-0-3', quote: 'a' },
    ]);
    expect(aliases({ statements: [{ unitId: 'x-1-0-1', quote: 's' }], exclude: [{ unitId: 'x-1-0-2', quote: 'e' }] }).map((r) => r.entry)).toEqual(['statements[0]', 'exclude[0]']);
    expect(chains({ corrections: [{ action: 'drop', id: 'x-1-0-1-c1', record: 'x-1-0-1', quote: 'c' }] })).toEqual([
      { entry: 'corrections[0] x-1-0-1-c1', id: 'x-1-0-1', quote: 'c' },
    ]);
  });
});
