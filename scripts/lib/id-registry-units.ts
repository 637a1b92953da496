/**
 * The bridge between the ingest tree and the id registry: lists a tree's units with their
 * positional ids (from assign-ids), and puts the registry's ids back on the tree. Pure over the tree.
 */
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { UnitKind } from '../../src/schemas/id-registry.ts';
import { unitOf } from '../plugins/nest-units.ts';
import type { FreshUnit } from './id-registry.ts';

const leafKinds = new Set(['measure', 'table', 'panel']);

function containers(nodes: ContainerDirective['children']): ContainerDirective[] {
  return nodes.filter((node): node is ContainerDirective => node.type === 'containerDirective');
}

/** Every unit of the tree in document order, parents first. */
export function freshUnits(tree: Root): FreshUnit[] {
  const out: FreshUnit[] = [];
  const idOf = (node: ContainerDirective) => String(node.attributes?.id);
  for (const chapter of tree.children as ContainerDirective[]) {
    const chapterId = idOf(chapter);
    out.push({ kind: 'chapter', id: chapterId, parent: null, key: keyOf(chapterId, null), text: unitOf(chapter).title, heading: unitOf(chapter).heading || unitOf(chapter).title });
    for (const section of containers(chapter.children as ContainerDirective['children'])) {
      const sectionId = idOf(section);
      out.push({ kind: 'section', id: sectionId, parent: chapterId, key: keyOf(sectionId, chapterId), text: unitOf(section).title, heading: unitOf(section).heading });
      for (const unit of containers(section.children)) {
        if (!leafKinds.has(unit.name)) continue;
        const id = idOf(unit);
        out.push({ kind: unit.name as UnitKind, id, parent: sectionId, key: keyOf(id, sectionId), text: unit.children.map((child) => toString(child)).join('\n') });
      }
    }
  }
  return out;
}

/** The last word of a positional id: what assign-ids appended to its parent's id. */
function keyOf(id: string, parent: string | null): string {
  return parent === null ? id.slice(id.lastIndexOf('-') + 1) : id.slice(parent.length + 1);
}

/**
 * Replaces positional ids with registry ids, and records each chapter's URL segment (its key) on
 * the chapter's data, so records and URLs carry the registry's ids.
 */
export function applyIds(tree: Root, ids: Map<string, string>, chapterKeys: Map<string, string>) {
  const visit = (node: ContainerDirective) => {
    const positional = node.attributes?.id;
    if (positional && ids.has(positional)) {
      node.attributes = { ...node.attributes, id: ids.get(positional)! };
      if (node.name === 'chapter') unitOf(node).path = chapterKeys.get(ids.get(positional)!);
    }
    if (node.name === 'chapter' || node.name === 'section') containers(node.children as ContainerDirective['children']).forEach(visit);
  };
  (tree.children as ContainerDirective[]).forEach(visit);
}
