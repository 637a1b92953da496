/** Helpers for ingest tests: run the pipeline on a small text, list units, read the real sources. */
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { parseSource, type ParsedSource } from '../../scripts/lib/pipeline.ts';
import { checkText, readSource, type Source } from '../../scripts/lib/read-source.ts';
import { sourceSettings, type SourceSettings } from '../../src/schemas/source.ts';
import { unitOf } from '../../scripts/plugins/nest-units.ts';
import { applyRecordedIds, readRegistry } from '../../scripts/lib/id-registry-step.ts';

import { dirname, join } from 'node:path';
import { idsDir, sourcesDir } from '../../src/lib/corpus-dirs.ts';
import { slugsIn } from './corpora.ts';

export { sourcesDir };
/** The shipped corpus's slugs, found on disk. */
export const slugs = slugsIn(sourcesDir);

export function testSource(text: string, settings: Partial<SourceSettings> = {}): Source {
  const base = sourceSettings.parse({
    slug: 'test',
    jurisdiction: '测试市',
    jurisdictionEn: 'Test',
    level: 'prefecture',
    parents: ['测试省'],
    title: '测试规划',
    kind: 'plan',
    role: 'local',
    headings: { chapter: ['qianyan', 'zhang'], section: ['jie'] },
    ...settings,
  });
  return { settings: base, path: 'test.txt', text: checkText('test.txt', text) };
}

export function parseText(text: string, settings: Partial<SourceSettings> = {}): ParsedSource {
  return parseSource(testSource(text, settings));
}

/** A real source parsed in memory, with the ids of its registry (content/ids/ beside the sources), as ingest gives them. */
export async function parseReal(slug: string, dir = sourcesDir): Promise<ParsedSource> {
  return applyRecordedIds(parseSource(await readSource(dir, slug)), await readRegistry(dir === sourcesDir ? idsDir : join(dirname(dir), 'ids'), slug));
}

/** Every unit container in document order: `measure test-1-2-1 标题`. */
export function units(tree: Root, names = ['chapter', 'section', 'measure', 'table', 'panel']) {
  const out: Array<{ name: string; id: string; title: string; heading: string; text: string }> = [];
  const walk = (nodes: Root['children']) => {
    for (const node of nodes) {
      if (node.type !== 'containerDirective') continue;
      const directive = node as ContainerDirective;
      if (names.includes(directive.name)) {
        const data = unitOf(directive);
        out.push({ name: directive.name, id: String(directive.attributes?.id), title: data.title, heading: data.heading, text: toString(directive) });
      }
      walk(directive.children as Root['children']);
    }
  };
  walk(tree.children);
  return out;
}
