/**
 * Reconciles a freshly parsed text with the source's id registry, so that an id never changes
 * meaning. Pure: no I/O; ingest reads and writes `content/ids/{slug}.json` (id-registry-step.ts).
 *
 * Every fresh unit (chapter, section, measure, table, panel; its positional id from assign-ids) is
 * matched to a registered unit of the same kind that is not removed:
 *
 * - **kept**: the same normalised text (hash) under the same parent;
 * - **moved**: the same text under another parent;
 * - **edited**: similar text — character-bigram Dice ≥ `editedThreshold` (0.6) for measures, tables
 *   and panels; for chapters and sections, a similar heading or a share of the units they hold.
 *   Pairs are taken best first, so a unit split in two keeps its id on the larger part (the more
 *   similar one); two units merged keep the id of the larger.
 *
 * Matched units keep their registered ids. A unit without a match gets a new id that no unit ever
 * had, read the way legislation.gov.uk inserts section 2A after 2:
 *
 *     in a registered parent: after its previous sibling `…-4-1-2` → `…-4-1-2a` (then 2b…),
 *                             or the next number when it has never been used (appended: `…-4-1-12`)
 *     in a new parent:        the number the text gives it (`…-4-1a-1`, `…-4-1a-2`)
 *
 * Every word of a unit path still starts with a digit (`4a`, `table1` is the only exception, as
 * before), and no slug word may, so `{slug}-…` splits unambiguously. Registered units without a
 * match are recorded as removed, with their last text; their ids are never given out again.
 * First run (no registry): every unit keeps its positional id.
 */
import { createHash } from 'node:crypto';
import type { IdRegistry, RegistryUnit, UnitKind } from '../../src/schemas/id-registry.ts';

/** A unit of the fresh parse, in document order, parents before their units. */
export interface FreshUnit {
  kind: UnitKind;
  /** Positional id from assign-ids (`example-4-1-3`). */
  id: string;
  /** Positional id of the parent; null for a chapter. */
  parent: string | null;
  /** Last word of the positional id (`3`, `table1`; a chapter's number). */
  key: string;
  /** Text that identifies it: a measure's, table's or panel's text; a chapter's or section's heading. */
  text: string;
  /** A chapter's or section's heading as written, for display (not compared). */
  heading?: string;
}

export type Decision = 'kept' | 'moved' | 'edited' | 'new';

export interface Reconciliation {
  registry: IdRegistry;
  /** Positional id → registry id, for every fresh unit. */
  ids: Map<string, string>;
  /** Registry id → what happened to it in this edition. */
  decisions: Map<string, Decision>;
  /** Ids recorded as removed in this edition. */
  removed: string[];
}

export interface ReconcileOptions {
  slug: string;
  /** Id of the edition being ingested. */
  edition: string;
  /** Hash of the edition's whole text (see `textHash`). */
  textHash: string;
  /** Day to record for a new edition (YYYY-MM-DD); passed in so the function stays pure. */
  today: string;
  /** Least character-bigram Dice for an edited measure, table or panel. */
  editedThreshold?: number;
  /** Least score for a chapter or section (heading similarity or share of its units). */
  containerThreshold?: number;
}

export const defaults = { editedThreshold: 0.6, containerThreshold: 0.5, quoteLength: 20 } as const;

/** NFKC, whitespace removed: what a fingerprint is made of. */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

export function hashText(text: string): string {
  return createHash('sha256').update(normalise(text)).digest('hex').slice(0, 16);
}

/** Hash of a whole edition's text, to tell whether the text has changed since the last run. */
export const textHash = hashText;

export function quoteOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > defaults.quoteLength ? `${flat.slice(0, defaults.quoteLength)}…` : flat;
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...normalise(text)];
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i] + chars[i + 1];
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice coefficient over character bigrams (with multiplicity), 0…1. */
export function dice(a: string, b: string): number {
  return diceOf(bigrams(a), bigrams(b));
}

function diceOf(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of a.values()) sizeA += n;
  for (const [gram, n] of b) {
    sizeB += n;
    shared += Math.min(n, a.get(gram) ?? 0);
  }
  if (sizeA + sizeB === 0) return 0;
  return (2 * shared) / (sizeA + sizeB);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const kindsLeafFirst: UnitKind[] = ['measure', 'table', 'panel', 'section', 'chapter'];

/** The registry that a first run writes: every unit under its positional id. */
export function firstRegistry(units: FreshUnit[], options: ReconcileOptions): Reconciliation {
  const empty: IdRegistry = { source: options.slug, editions: [], units: [] };
  return reconcile(empty, units, options, true);
}

export function reconcile(registry: IdRegistry, units: FreshUnit[], options: ReconcileOptions, firstRun = registry.units.length === 0): Reconciliation {
  const editedThreshold = options.editedThreshold ?? defaults.editedThreshold;
  const containerThreshold = options.containerThreshold ?? defaults.containerThreshold;
  const active = registry.units.filter((unit) => !unit.removedIn);
  const byId = new Map(registry.units.map((unit) => [unit.id, unit]));
  const match = new Map<FreshUnit, RegistryUnit>();
  const taken = new Set<RegistryUnit>();
  const take = (unit: FreshUnit, entry: RegistryUnit) => {
    match.set(unit, entry);
    taken.add(entry);
  };
  const childrenOf = new Map<string, FreshUnit[]>();
  for (const unit of units) if (unit.parent) childrenOf.set(unit.parent, [...(childrenOf.get(unit.parent) ?? []), unit]);

  // 1. Measures, tables, panels: identical text first, then the most similar pairs.
  for (const kind of kindsLeafFirst.slice(0, 3)) {
    const fresh = units.filter((unit) => unit.kind === kind);
    const entries = active.filter((entry) => entry.kind === kind);
    const byHash = new Map<string, RegistryUnit[]>();
    for (const entry of entries) byHash.set(entry.hash, [...(byHash.get(entry.hash) ?? []), entry]);
    for (const unit of fresh) {
      const candidates = (byHash.get(hashText(unit.text)) ?? []).filter((entry) => !taken.has(entry));
      const best = candidates.find((entry) => entry.id === unit.id) ?? candidates[0];
      if (best) take(unit, best);
    }
    const restUnits = fresh.filter((unit) => !match.has(unit));
    const restEntries = entries.filter((entry) => !taken.has(entry));
    const pairs: Array<{ unit: FreshUnit; entry: RegistryUnit; score: number }> = [];
    const entryGrams = new Map(restEntries.map((entry) => [entry, bigrams(entry.text)]));
    for (const unit of restUnits) {
      const grams = bigrams(unit.text);
      for (const entry of restEntries) {
        const score = diceOf(grams, entryGrams.get(entry)!);
        if (score >= editedThreshold) pairs.push({ unit, entry, score });
      }
    }
    takeBestFirst(pairs, match, taken, take);
  }

  // 2. Sections, then chapters: by heading, or by the share of their units they still hold.
  for (const kind of ['section', 'chapter'] as const) {
    const fresh = units.filter((unit) => unit.kind === kind);
    const entries = active.filter((entry) => entry.kind === kind);
    const heldBy = (unit: FreshUnit): RegistryUnit[] => {
      const direct = childrenOf.get(unit.id) ?? [];
      // A chapter is judged by its measures too (a chapter split in two keeps its sections' units).
      const all = kind === 'chapter' ? direct.flatMap((child) => [child, ...(childrenOf.get(child.id) ?? [])]) : direct;
      return all.map((child) => match.get(child)).filter((entry): entry is RegistryUnit => Boolean(entry));
    };
    const registeredUnder = new Map<string, number>();
    for (const entry of active) {
      const parent = entry.parent ? byId.get(entry.parent) : undefined;
      for (const ancestor of kind === 'chapter' ? [parent, parent?.parent ? byId.get(parent.parent) : undefined] : [parent]) {
        if (ancestor) registeredUnder.set(ancestor.id, (registeredUnder.get(ancestor.id) ?? 0) + 1);
      }
    }
    const pairs: Array<{ unit: FreshUnit; entry: RegistryUnit; score: number }> = [];
    for (const unit of fresh) {
      const held = heldBy(unit);
      const heldCount = kind === 'chapter' ? (childrenOf.get(unit.id) ?? []).flatMap((c) => [c, ...(childrenOf.get(c.id) ?? [])]).length : (childrenOf.get(unit.id) ?? []).length;
      for (const entry of entries) {
        const under = held.filter((child) => child.parent === entry.id || (kind === 'chapter' && child.parent !== null && byId.get(child.parent)?.parent === entry.id)).length;
        const share = under / Math.max(heldCount, registeredUnder.get(entry.id) ?? 0, 1);
        const titled = normalise(unit.text) !== '' && normalise(entry.text) !== '';
        const heading = titled ? (hashText(unit.text) === entry.hash ? 1 : dice(unit.text, entry.text)) : 0;
        // An untitled unit (front text, a chapter's section 0) with nothing to compare by stays where it was.
        const fallback = !titled && heldCount === 0 && (registeredUnder.get(entry.id) ?? 0) === 0 && unit.id === entry.id ? containerThreshold : 0;
        const score = Math.max(heading, share, fallback);
        if (score >= containerThreshold) pairs.push({ unit, entry, score: score + share / 1000 });
      }
    }
    takeBestFirst(pairs, match, taken, take);
  }

  // 3. Ids: registered ones kept; new ones minted in document order, parents first.
  const used = new Set(registry.units.map((unit) => unit.id));
  const ids = new Map<string, string>();
  const keys = new Map<string, string>();
  const newIds = new Set<string>();
  const decisions = new Map<string, Decision>();
  const lastOfKind = new Map<string, string>(); // `${parentId} ${kind}` → id of the previous sibling
  for (const unit of units) {
    const parentId = unit.parent === null ? null : ids.get(unit.parent)!;
    const entry = match.get(unit);
    let id: string;
    let key: string;
    if (entry) {
      id = entry.id;
      key = entry.key;
      const sameText = hashText(unit.text) === entry.hash;
      decisions.set(id, !sameText ? 'edited' : entry.parent === parentId ? 'kept' : 'moved');
    } else {
      const prefix = parentId ?? options.slug;
      const parentIsNew = parentId !== null && newIds.has(parentId);
      const previous = lastOfKind.get(`${parentId} ${unit.kind}`);
      const previousKey = previous && previous.startsWith(`${prefix}-`) ? keys.get(previous) : undefined;
      key = firstRun || parentIsNew ? unit.key : nextKey(previousKey, unit.kind, (candidate) => used.has(`${prefix}-${candidate}`));
      if (used.has(`${prefix}-${key}`)) key = nextKey(previousKey, unit.kind, (candidate) => used.has(`${prefix}-${candidate}`));
      id = `${prefix}-${key}`;
      newIds.add(id);
      decisions.set(id, 'new');
    }
    used.add(id);
    ids.set(unit.id, id);
    keys.set(id, key);
    lastOfKind.set(`${parentId} ${unit.kind}`, id);
  }

  // 4. The registry after this edition: the text's units in order, then the removed ones.
  const edition = options.edition;
  const positions = new Map<string, number>();
  const fresh: RegistryUnit[] = units.map((unit) => {
    const id = ids.get(unit.id)!;
    const parent = unit.parent === null ? null : ids.get(unit.parent)!;
    const slot = `${parent} ${unit.kind}`;
    positions.set(slot, (positions.get(slot) ?? 0) + 1);
    const before = match.get(unit);
    const hash = hashText(unit.text);
    const earlier = before && before.hash !== hash ? [...(before.earlier ?? []), { until: before.lastSeen, hash: before.hash }] : before?.earlier;
    return entryOf({
      id,
      kind: unit.kind,
      key: keys.get(id)!,
      parent,
      position: positions.get(slot)!,
      hash,
      quote: quoteOf(unit.text),
      text: collapse(unit.text),
      firstSeen: before?.firstSeen ?? edition,
      lastSeen: edition,
      earlier,
    });
  });
  const removedNow = active.filter((entry) => !taken.has(entry));
  const removed = [...registry.units.filter((entry) => entry.removedIn), ...removedNow.map((entry) => entryOf({ ...entry, removedIn: edition }))];
  const editions = registry.editions.some((e) => e.id === edition)
    ? registry.editions.map((e) => (e.id === edition ? { ...e, textHash: options.textHash } : e))
    : [...registry.editions, { id: edition, textHash: options.textHash, recorded: options.today }];
  return {
    registry: { source: options.slug, editions, units: [...fresh, ...removed] },
    ids,
    decisions,
    removed: removedNow.map((entry) => entry.id),
  };
}

function takeBestFirst(
  pairs: Array<{ unit: FreshUnit; entry: RegistryUnit; score: number }>,
  match: Map<FreshUnit, RegistryUnit>,
  taken: Set<RegistryUnit>,
  take: (unit: FreshUnit, entry: RegistryUnit) => void,
) {
  // Best score first; on a tie, the unit that stands where the entry stood.
  pairs.sort((a, b) => b.score - a.score || Number(b.unit.id === b.entry.id) - Number(a.unit.id === a.entry.id));
  for (const { unit, entry } of pairs) if (!match.has(unit) && !taken.has(entry)) take(unit, entry);
}

/**
 * The key of a unit inserted after the sibling keyed `previous` (undefined: first in its parent):
 * the next number if no unit ever had it, else the previous key with a letter (2 → 2a, 2a → 2b,
 * 2z → 2za). Tables and panels keep their word: table1 → table2 or table1a.
 */
export function nextKey(previous: string | undefined, kind: UnitKind, isUsed: (key: string) => boolean): string {
  const word = kind === 'table' || kind === 'panel' ? kind : '';
  const parts = /^([a-z]*?)(\d+)([a-z]*)$/.exec(previous ?? `${word}0`);
  const [, prefix, digits, letters] = parts ?? ['', word, '0', ''];
  if (letters === '') {
    const next = `${prefix}${Number(digits) + 1}`;
    if (!isUsed(next)) return next;
  }
  let suffix = letters;
  for (;;) {
    suffix = bumpLetters(suffix);
    const candidate = `${prefix}${digits}${suffix}`;
    if (!isUsed(candidate)) return candidate;
  }
}

function bumpLetters(letters: string): string {
  if (letters === '') return 'a';
  const last = letters.at(-1)!;
  return last === 'z' ? `${letters}a` : `${letters.slice(0, -1)}${String.fromCharCode(last.charCodeAt(0) + 1)}`;
}

/** Writes an entry's fields in one fixed order, so the registry's git diff is reviewable. */
function entryOf(unit: RegistryUnit): RegistryUnit {
  return {
    id: unit.id,
    kind: unit.kind,
    key: unit.key,
    parent: unit.parent,
    position: unit.position,
    hash: unit.hash,
    quote: unit.quote,
    text: unit.text,
    firstSeen: unit.firstSeen,
    lastSeen: unit.lastSeen,
    ...(unit.earlier?.length ? { earlier: unit.earlier } : {}),
    ...(unit.removedIn ? { removedIn: unit.removedIn } : {}),
  };
}

/**
 * Ids of the units of an edition the registry has already recorded (an earlier edition kept
 * beside the current one): each unit is the registered unit that had exactly this text in that
 * edition. Throws when the text differs from the recorded one.
 */
export function identifyEdition(registry: IdRegistry, units: FreshUnit[], edition: string): Map<string, string> {
  const order = registry.editions.map((e) => e.id);
  const at = order.indexOf(edition);
  const present = registry.units.filter((entry) => {
    const first = order.indexOf(entry.firstSeen);
    const last = order.indexOf(entry.lastSeen);
    return first <= at && at <= last;
  });
  const hashAt = (entry: RegistryUnit) => entry.earlier?.find((e) => order.indexOf(e.until) >= at)?.hash ?? entry.hash;
  const ids = new Map<string, string>();
  const taken = new Set<RegistryUnit>();
  for (const unit of units) {
    const hash = hashText(unit.text);
    const parentId = unit.parent === null ? null : ids.get(unit.parent);
    const candidates = present.filter((entry) => !taken.has(entry) && entry.kind === unit.kind && hashAt(entry) === hash);
    const best = candidates.find((entry) => entry.parent === parentId) ?? candidates[0];
    if (!best) throw new Error(`${unit.kind} “${quoteOf(unit.text)}” is not in the recorded edition ${edition}`);
    taken.add(best);
    ids.set(unit.id, best.id);
  }
  return ids;
}

/** Counts of decisions, for ingest's report. */
export function summarise(result: Reconciliation) {
  const counts = { kept: 0, moved: 0, edited: 0, new: 0, removed: result.removed.length };
  for (const decision of result.decisions.values()) counts[decision]++;
  return counts;
}
