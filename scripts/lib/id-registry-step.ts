/**
 * Ingest step "register ids": gives one source's units the ids of its registry
 * (`content/ids/{slug}.json`), edition by edition, and returns the registry to write. The matching
 * itself is scripts/lib/id-registry.ts (pure); this file reads the registry and the earlier
 * editions' texts, and renders the registry file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Edition } from '../../src/schemas/edition.ts';
import { idRegistrySchema, type IdRegistry } from '../../src/schemas/id-registry.ts';
import { IngestError } from './errors.ts';
import { formatZodIssues } from './friendly-errors.ts';
import { applyIds, freshUnits } from './id-registry-units.ts';
import { checkReferences, curatedReferences } from './id-registry-references.ts';
import { identifyEdition, reconcile, summarise, textHash } from './id-registry.ts';
import { parseSource, type ParsedSource } from './pipeline.ts';
import { checkText, type Source } from './read-source.ts';

export const registryComment =
  'Id registry: what every id of this source has meant. Written by scripts/ingest.ts (scripts/lib/id-registry.ts); committed so that ids survive a revised text. Do not edit by hand.';

/** An edition as ingest writes it, before the collection adds its place in the series. */
export type EditionUnits = Omit<Edition, 'id' | 'source' | 'order'>;

export interface RegisteredSource {
  /** The current edition, its tree carrying registry ids. */
  parsed: ParsedSource;
  registry: IdRegistry;
  /** Every kept edition (oldest first, the current last) with its units. */
  editions: EditionUnits[];
  /** Beside `editions`: each edition's text as ingest read it (BOM removed, LF line ends), which `line` numbers count in. */
  texts: string[];
  /** One line per edition ingested anew: what changed. */
  report: string[];
}

export async function readRegistry(idsDir: string, slug: string): Promise<IdRegistry | undefined> {
  const path = join(idsDir, `${slug}.json`);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return undefined; // first run: the registry is made from the text's positional ids
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new IngestError(path, undefined, `the id registry is not valid JSON (${(error as Error).message}); restore it from git`);
  }
  const parsed = idRegistrySchema.safeParse(json);
  if (!parsed.success) throw new IngestError(path, undefined, `invalid id registry (restore it from git):\n${formatZodIssues(parsed.error)}`);
  return parsed.data;
}

export function registryFile(registry: IdRegistry): string {
  return `${JSON.stringify({ $comment: registryComment, source: registry.source, editions: registry.editions, units: registry.units }, null, 2)}\n`;
}

/** Parses every kept edition of `source`, oldest first, and gives its units their registry ids. */
export async function registerSource(sourcesDir: string, source: Source, current: ParsedSource, previous: IdRegistry | undefined, today: string): Promise<RegisteredSource> {
  const { slug } = source.settings;
  let registry: IdRegistry = previous ?? { source: slug, editions: [], units: [] };
  const declared = source.settings.editions;
  const report: string[] = [];
  const editions: EditionUnits[] = [];
  const texts: string[] = [];
  const steps = declared
    ? declared.map((edition, index) => ({ ...edition, current: index === declared.length - 1 }))
    : [{ id: undefined as string | undefined, label: '', date: undefined, status: undefined, current: true }];

  for (const step of steps) {
    let parsed = current;
    if (!step.current) {
      const path = join(sourcesDir, `${slug}.editions`, `${step.id}.txt`);
      let raw: string;
      try {
        raw = await readFile(path, 'utf8');
      } catch {
        throw new IngestError(path, undefined, `edition "${step.id}" is listed in ${slug}.json but its text is missing; add it or remove the edition`);
      }
      parsed = parseSource({ ...source, path, text: checkText(path, raw) });
      for (const warning of parsed.warnings) console.warn(warning);
    }
    const hash = textHash(parsed.source.text);
    const last = registry.editions.at(-1);
    // Without declared editions, a changed text is the next numbered edition.
    const edition = step.id ?? (last && last.textHash === hash ? last.id : String(registry.editions.length + 1));
    const recorded = registry.editions.find((e) => e.id === edition);
    const units = freshUnits(parsed.tree);
    let ids: Map<string, string>;
    if (recorded && recorded.textHash === hash) {
      try {
        ids = identifyEdition(registry, units, edition);
      } catch (error) {
        throw new IngestError(parsed.source.path, undefined, `${(error as Error).message}; the registry content/ids/${slug}.json does not match this text (restore it from git)`);
      }
    } else {
      if (recorded && recorded !== last) {
        throw new IngestError(
          parsed.source.path,
          undefined,
          `edition "${edition}" has changed since it was recorded, but a later edition exists; correct the latest edition instead, or add a new edition`,
        );
      }
      const result = reconcile(registry, units, { slug, edition, textHash: hash, today });
      registry = result.registry;
      ids = result.ids;
      const counts = summarise(result);
      report.push(`${slug} edition ${edition}: ${counts.kept} kept, ${counts.edited} edited, ${counts.moved} moved, ${counts.new} new, ${counts.removed} removed`);
    }
    const chapterKeys = new Map(registry.units.filter((u) => u.kind === 'chapter').map((u) => [u.id, u.key]));
    applyIds(parsed.tree, ids, chapterKeys);
    texts.push(parsed.source.text);
    editions.push({
      edition,
      label: step.label || edition,
      ...(step.date ? { date: step.date } : {}),
      ...(step.status ? { status: step.status } : {}),
      current: step.current,
      units: units.map((unit) => ({
        kind: unit.kind,
        id: ids.get(unit.id)!,
        parent: unit.parent === null ? null : ids.get(unit.parent)!,
        text: unit.text,
        ...(unit.heading !== undefined ? { heading: unit.heading } : {}),
      })),
    });
  }
  return { parsed: current, registry, editions, texts, report };
}

/**
 * Checks the curated files beside the sources folder (content/*.json) against the registries: a
 * reference whose unit is gone, or no longer says its quote, stops ingest before anything is written.
 */
export async function checkCuratedReferences(curatedDir: string, registries: IdRegistry[]) {
  const units = new Map(registries.flatMap((registry) => registry.units.map((unit) => [unit.id, { text: unit.text, removedIn: unit.removedIn }] as const)));
  const problems: Array<{ path: string; problem: string }> = [];
  for (const { file, references } of curatedReferences) {
    const path = join(curatedDir, file);
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch {
      continue; // a project without this curated file
    }
    for (const problem of checkReferences(references(JSON.parse(raw) as Record<string, unknown>), units)) problems.push({ path, problem });
  }
  if (problems.length) {
    const lines = problems.map(({ path, problem }) => (path === problems[0].path ? problem : `${path}: ${problem}`));
    throw new IngestError(problems[0].path, undefined, `${problems.length} reference(s) to units need a look:\n  ${lines.join('\n  ')}`);
  }
}

/**
 * Puts the registry's ids on a parsed text that ingest has already recorded (for tools and tests
 * that parse in memory). A text the registry has not seen keeps its positional ids: run ingest.
 */
export function applyRecordedIds(parsed: ParsedSource, registry: IdRegistry | undefined): ParsedSource {
  const hash = textHash(parsed.source.text);
  const edition = registry?.editions.findLast((e) => e.textHash === hash);
  if (!registry || !edition) return parsed;
  const chapterKeys = new Map(registry.units.filter((u) => u.kind === 'chapter').map((u) => [u.id, u.key]));
  applyIds(parsed.tree, identifyEdition(registry, freshUnits(parsed.tree), edition.id), chapterKeys);
  return parsed;
}
