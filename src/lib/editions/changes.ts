/**
 * What changed between two editions of a source: measures, tables and panels added, removed and
 * edited, matched by their registry ids (which keep their meaning across editions). Edits come
 * as a character diff, to be rendered as <ins>/<del> nodes (never as HTML strings).
 */
import { diffChars } from 'diff';
import type { Edition, EditionUnit } from '../../schemas/edition.ts';

export interface DiffPart {
  op: 'same' | 'ins' | 'del';
  text: string;
}

export interface EditionChanges {
  added: EditionUnit[];
  removed: EditionUnit[];
  edited: Array<{ before: EditionUnit; after: EditionUnit; parts: DiffPart[] }>;
  /** Units found under another chapter or section than before, with the same text. */
  moved: Array<{ before: EditionUnit; after: EditionUnit }>;
  unchanged: number;
}

const leaf = (unit: EditionUnit) => unit.kind === 'measure' || unit.kind === 'table' || unit.kind === 'panel';
const flat = (text: string) => text.replace(/\s+/g, '');

export function characterDiff(before: string, after: string): DiffPart[] {
  return diffChars(before, after).map((part) => ({ op: part.added ? 'ins' : part.removed ? 'del' : 'same', text: part.value }));
}

export function editionChanges(older: Edition, newer: Edition): EditionChanges {
  const before = new Map(older.units.filter(leaf).map((unit) => [unit.id, unit]));
  const after = newer.units.filter(leaf);
  const afterIds = new Set(after.map((unit) => unit.id));
  const changes: EditionChanges = { added: [], removed: [], edited: [], moved: [], unchanged: 0 };
  for (const unit of after) {
    const old = before.get(unit.id);
    if (!old) changes.added.push(unit);
    else if (flat(old.text) !== flat(unit.text)) changes.edited.push({ before: old, after: unit, parts: characterDiff(old.text, unit.text) });
    else if (old.parent !== unit.parent) changes.moved.push({ before: old, after: unit });
    else changes.unchanged++;
  }
  changes.removed = older.units.filter((unit) => leaf(unit) && !afterIds.has(unit.id));
  return changes;
}

/** The edition before `edition` in its series, if any. */
export function previousEdition(series: Edition[], edition: Edition): Edition | undefined {
  return [...series]
    .sort((a, b) => a.order - b.order)
    .filter((e) => e.order < edition.order)
    .at(-1);
}
