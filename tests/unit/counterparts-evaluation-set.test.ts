/**
 * Each hand-labelled counterparts evaluation set (content/counterparts-evaluation*.json, every file
 * src/schemas/curated.ts lists with that schema) is the sampler's draw, labelled completely: its measures are exactly what scripts/evaluation-sample.ts
 * draws for the recorded seed and per-source count, in the halves it assigned, and each was read
 * against every other local document, so unlisted measures of those documents are true negatives.
 * A second labelling (`secondOf`) repeats some of one set's measures, read the same way. Needs content/generated/measures.json (`npm run ingest`).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireCurated } from '../../scripts/lib/curated.ts';
import { counterpartsEvaluationFileSchema, curatedFiles, curatedNamesWith, type CounterpartsEvaluationFile } from '../../src/schemas/curated.ts';
import { curatedReferences } from '../../scripts/lib/id-registry-references.ts';
import { readGenerated } from '../../scripts/lib/read-generated.ts';
import { listSources, readSource } from '../../scripts/lib/read-source.ts';
import { sourcesDir } from '../../src/lib/corpus-dirs.ts';
import type { MeasureRecord } from '../../src/schemas/records.ts';

const labellings = curatedNamesWith(counterpartsEvaluationFileSchema).map((name) => [curatedFiles[name].path, requireCurated(name) as CounterpartsEvaluationFile] as const);
const sets = labellings.filter(([, set]) => !set.secondOf);
const seconds = labellings.filter(([, set]) => set.secondOf);
type CounterpartsSet = CounterpartsEvaluationFile;
const measures = readGenerated<MeasureRecord>('measures');
const byId = new Map(measures.map((m) => [m.id, m]));
const sourceOf = (id: string) => byId.get(id)?.source;

/** Drawn from the measures the sets it names in `excluded` left: held out when drawn, whatever its role now. */
const heldOutDraw = (set: CounterpartsSet) => (set.sampling.excluded ?? []).length > 0;

/** The sampler itself, run as the file says it was run (its own output, not a copy of its logic). */
function samplerDraw(set: CounterpartsSet): Array<{ measure: string; measureQuote: string; half: string }> {
  const args = ['scripts/evaluation-sample.ts', '--set', set.sampling.set, '--per-source', String(set.sampling.perSource), '--seed', String(set.sampling.seed)];
  for (const file of set.sampling.excluded ?? []) args.push('--exclude', file);
  // A draw from the measures earlier sets left (a held-out draw) puts every measure in the blind half.
  if (heldOutDraw(set)) args.push('--half', 'blind');
  const out = execFileSync(join('node_modules', '.bin', 'tsx'), args, { encoding: 'utf8' });
  return JSON.parse(out).measures;
}

async function localSlugs(): Promise<string[]> {
  const slugs = await listSources(sourcesDir);
  const settings = await Promise.all(slugs.map(async (slug) => (await readSource(sourcesDir, slug)).settings));
  return settings.filter((s) => s.role === 'local').map((s) => s.slug);
}

describe.each(sets)('the counterparts evaluation set %s', (_file, set) => {
  it('labels exactly the measures the sampler draws for its recorded seed, in the halves it drew them', () => {
    expect(set.measures.map(({ measure, measureQuote, half }) => ({ measure, measureQuote, half }))).toEqual(samplerDraw(set));
  });

  it('has a tuning half and a blind half of equal size, or, held out, draws only from measures no earlier set used', () => {
    if (heldOutDraw(set)) {
      const excluded = set.sampling.excluded!.map((path) => path.replace(/^content\//, ''));
      // Every set it excludes is one of the sets drawn before it.
      expect(excluded.every((file) => sets.some(([other]) => other === file))).toBe(true);
      const earlier = new Set(sets.filter(([file]) => excluded.includes(file)).flatMap(([, other]) => other.measures.map((m) => m.measure)));
      expect(set.measures.filter((m) => earlier.has(m.measure))).toEqual([]);
      expect(set.measures.every((m) => m.half === 'blind')).toBe(true);
      return;
    }
    const tuning = set.measures.filter((m) => m.half === 'tuning').length;
    expect(tuning).toBeGreaterThan(0);
    expect(set.measures.filter((m) => m.half === 'blind').length).toBe(tuning);
  });

  it('records the command that repeats the draw', () => {
    expect(set.sampling.command).toContain(`--seed ${set.sampling.seed}`);
    expect(set.sampling.command).toContain(`--per-source ${set.sampling.perSource}`);
    expect(set.sampling.command).toContain(`--set ${set.sampling.set}`);
  });

  it('reads each drawn measure against every other local document', async () => {
    const locals = await localSlugs();
    for (const entry of set.measures) {
      const own = sourceOf(entry.measure);
      expect(own, entry.measure).toBeDefined();
      expect([...entry.checked].sort(), entry.measure).toEqual(locals.filter((slug) => slug !== own).sort());
    }
  });

  it('never names a counterpart or a near measure in the drawn measure’s own document, nor outside the checked ones', () => {
    for (const entry of set.measures) {
      for (const other of [...entry.counterparts, ...entry.near]) {
        const source = sourceOf(other.measure);
        expect(source, `${entry.measure} → ${other.measure}`).toBeDefined();
        expect(source, `${entry.measure} → ${other.measure}`).not.toBe(sourceOf(entry.measure));
        expect(entry.checked, `${entry.measure} → ${other.measure}`).toContain(source);
      }
    }
  });

  it('never lists one measure both as a counterpart and as near', () => {
    for (const entry of set.measures) {
      const counterparts = new Set(entry.counterparts.map((c) => c.measure));
      expect(
        entry.near.filter((n) => counterparts.has(n.measure)).map((n) => n.measure),
        entry.measure,
      ).toEqual([]);
    }
  });

  it('quotes each counterpart and near measure word for word and names what is shared', () => {
    for (const entry of set.measures) {
      for (const other of [...entry.counterparts, ...entry.near]) {
        expect(byId.get(other.measure)?.text, `${entry.measure} → ${other.measure}`).toContain(other.measureQuote);
      }
      for (const c of entry.counterparts) expect(c.shared.trim().length, `${entry.measure} → ${c.measure}`).toBeGreaterThan(1);
    }
  });
});

describe.each(seconds)('the second labelling %s', (_file, second) => {
  const [, first] = sets.find(([file]) => file === second.secondOf)!;

  it('repeats measures of the set it names, drawn the same way, each read against the same documents', () => {
    expect(first).toBeDefined();
    expect(second.sampling).toEqual(first.sampling);
    const original = new Map(first.measures.map((m) => [m.measure, m]));
    for (const entry of second.measures) {
      expect(original.has(entry.measure), entry.measure).toBe(true);
      expect(entry.measureQuote).toBe(original.get(entry.measure)!.measureQuote);
      expect([...entry.checked].sort(), entry.measure).toEqual([...original.get(entry.measure)!.checked].sort());
    }
  });

  it('quotes each counterpart and near measure word for word, within the documents read', () => {
    for (const entry of second.measures) {
      for (const other of [...entry.counterparts, ...entry.near]) {
        expect(byId.get(other.measure)?.text, `${entry.measure} → ${other.measure}`).toContain(other.measureQuote);
        expect(entry.checked, `${entry.measure} → ${other.measure}`).toContain(sourceOf(other.measure));
      }
    }
  });
});

describe('the counterparts evaluation sets’ references to units', () => {
  it('are found for the drawn measure, its counterparts and its near measures, so ingest checks every quote', () => {
    // Every labelling is checked, held-out sets and second labellings too.
    expect(curatedReferences.filter((c) => labellings.some(([file]) => file === c.file)).map((c) => c.file)).toEqual(labellings.map(([file]) => file));
    const entry = curatedReferences.find((c) => c.file === 'counterparts-evaluation-holdout.json');
    expect(entry).toBeDefined();
    const refs = entry!.references({
      measures: [{ measure: 'x-1-0-1', measureQuote: 'a', counterparts: [{ measure: 'y-2-0-1', measureQuote: 'b' }], near: [{ measure: 'z-3-0-1', measureQuote: 'c' }] }],
    });
    expect(refs.map((r) => [r.entry, r.id, r.quote])).toEqual([
      ['measures[0] measure', 'x-1-0-1', 'a'],
      ['measures[0] x-1-0-1 counterparts[0]', 'y-2-0-1', 'b'],
      ['measures[0] x-1-0-1 near[0]', 'z-3-0-1', 'c'],
    ]);
  });
});
