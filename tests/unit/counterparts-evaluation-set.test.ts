/**
 * Each hand-labelled counterparts evaluation set (content/counterparts-evaluation.json, and the
 * held-out content/counterparts-evaluation-holdout.json) is the sampler's draw, labelled completely: its measures are exactly what scripts/evaluation-sample.ts
 * draws for the recorded seed and per-source count, in the halves it assigned, and each was read
 * against every other local document, so unlisted measures of those documents are true negatives.
 * Needs content/generated/measures.json (`npm run ingest`).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireCurated } from '../../scripts/lib/curated.ts';
import { curatedReferences } from '../../scripts/lib/id-registry-references.ts';
import { readGenerated } from '../../scripts/lib/read-generated.ts';
import { listSources, readSource } from '../../scripts/lib/read-source.ts';
import { sourcesDir } from '../../src/lib/corpus-dirs.ts';
import type { MeasureRecord } from '../../src/schemas/records.ts';

const sets = [
  ['counterparts-evaluation.json', requireCurated('counterpartsEvaluation')],
  ['counterparts-evaluation-holdout.json', requireCurated('counterpartsEvaluationHoldout')],
] as const;
type CounterpartsSet = (typeof sets)[number][1];
const measures = readGenerated<MeasureRecord>('measures');
const byId = new Map(measures.map((m) => [m.id, m]));
const sourceOf = (id: string) => byId.get(id)?.source;

/** The sampler itself, run as the file says it was run (its own output, not a copy of its logic). */
function samplerDraw(set: CounterpartsSet): Array<{ measure: string; measureQuote: string; half: string }> {
  const args = ['scripts/evaluation-sample.ts', '--set', set.sampling.set, '--per-source', String(set.sampling.perSource), '--seed', String(set.sampling.seed)];
  for (const file of set.sampling.excluded ?? []) args.push('--exclude', file);
  // A held-out draw puts every measure in the blind half.
  if (set.use?.role === 'held-out') args.push('--half', 'blind');
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
    if (set.use?.role === 'held-out') {
      const earlier = new Set(sets.filter(([, other]) => other !== set).flatMap(([, other]) => other.measures.map((m) => m.measure)));
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

describe('the counterparts evaluation sets’ references to units', () => {
  it('are found for the drawn measure, its counterparts and its near measures, so ingest checks every quote', () => {
    // Every set is checked, the held-out one too.
    expect(curatedReferences.filter((c) => sets.some(([file]) => file === c.file)).map((c) => c.file)).toEqual(sets.map(([file]) => file));
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
