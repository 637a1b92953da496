/**
 * Removed units, for the notices their URLs show: the registry keeps each removed unit's last text
 * and the edition from which it is gone, and its place (parents), so its chapter page can answer.
 */
import type { IdRegistry, RegistryUnit } from '../../schemas/id-registry.ts';

export interface RemovedNotice {
  id: string;
  kind: RegistryUnit['kind'];
  text: string;
  /** Last edition the unit stood in, and the one from which it is gone (ids, see `editionLabel`). */
  lastSeen: string;
  removedIn: string;
  /** Registry id of the chapter the unit last stood in. */
  chapter: string;
  /** That chapter's URL segment. */
  chapterPath: string;
  /** Whether that chapter is itself removed (its URL shows a notice page). */
  chapterRemoved: boolean;
}

export function removedNotices(registry: IdRegistry): RemovedNotice[] {
  const byId = new Map(registry.units.map((unit) => [unit.id, unit]));
  const chapterOf = (unit: RegistryUnit): RegistryUnit => {
    let at = unit;
    while (at.parent && byId.has(at.parent)) at = byId.get(at.parent)!;
    return at;
  };
  return registry.units
    .filter((unit) => unit.removedIn)
    .map((unit) => {
      const chapter = chapterOf(unit);
      return {
        id: unit.id,
        kind: unit.kind,
        text: unit.text,
        lastSeen: unit.lastSeen,
        removedIn: unit.removedIn!,
        chapter: chapter.id,
        chapterPath: chapter.key,
        chapterRemoved: Boolean(chapter.removedIn),
      };
    });
}

/** How an edition is named to readers: its declared label, or the day ingest first saw it. */
export function editionLabel(registry: IdRegistry, edition: string, labels: Map<string, string> = new Map()): string {
  const label = labels.get(edition);
  if (label) return label;
  const recorded = registry.editions.find((e) => e.id === edition)?.recorded;
  return recorded ? `第${edition}版（${recorded}收录）` : `第${edition}版`;
}

export const kindName: Record<RegistryUnit['kind'], string> = { chapter: '章', section: '节', measure: '措施', table: '表格', panel: '专栏' };
