/**
 * `npm run evaluation:sample -- --set adoption --framework {slug}` in a corpus with two frameworks
 * (tests/fixtures/corpus-b, ingested into a scratch folder): an adoption set for one framework is
 * drawn only from the local texts compared with it; a slug that is not a framework stops with the
 * frameworks there are.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/ingest.ts';
import { readGenerated } from '../../scripts/lib/read-generated.ts';
import type { MeasureRecord } from '../../src/schemas/records.ts';
import { corpusB } from '../support/corpora.ts';

let env: NodeJS.ProcessEnv;
let sourceOf: Map<string, string>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-sample-'));
  cpSync(corpusB.sources, join(dir, 'sources'), { recursive: true });
  await ingest(join(dir, 'sources'), join(dir, 'generated'));
  env = { ...process.env, ATLAS_SOURCES: join(dir, 'sources'), ATLAS_GENERATED: join(dir, 'generated') };
  sourceOf = new Map(readGenerated<MeasureRecord>('measures', join(dir, 'generated')).map((m) => [m.id, m.source]));
}, 120_000);

const sample = (...args: string[]) => ['scripts/evaluation-sample.ts', '--set', 'adoption', '--per-source', '50', '--seed', '7', ...args];
/** The sources the drawn measures are of. */
function drawnSources(...args: string[]): string[] {
  const out = execFileSync(join('node_modules', '.bin', 'tsx'), sample(...args), { encoding: 'utf8', env });
  const measures = (JSON.parse(out) as { measures: Array<{ measure: string }> }).measures;
  return [...new Set(measures.map((m) => sourceOf.get(m.measure)!))].sort();
}

describe('the skeleton the sampler prints', () => {
  it('records the command that repeats the draw, so the set’s file validates as it comes', () => {
    const out = execFileSync(join('node_modules', '.bin', 'tsx'), sample('--framework', 'beiyuan'), { encoding: 'utf8', env });
    const { sampling } = JSON.parse(out) as { sampling: { command: string; seed: number } };
    expect(sampling.command).toBe('npm run -s evaluation:sample -- --set adoption --per-source 50 --seed 7 --framework beiyuan');
    expect(sampling.seed).toBe(7);
  });
});

describe('drawing an adoption set for one of several frameworks', () => {
  it('draws from the texts that implement it (the property rules for the regulation; the two plans and the regulation for the opinion)', () => {
    expect(drawnSources('--framework', 'beiyuan-property')).toEqual(['demo-city-property']);
    expect(drawnSources('--framework', 'beiyuan')).toEqual(['beiyuan-property', 'demo-city', 'hexi']);
  });

  it('draws from every local text without --framework', () => {
    expect(drawnSources()).toEqual(['demo-city', 'demo-city-property', 'hexi']);
  });

  it('stops on a slug that is not a framework, naming the frameworks', () => {
    const run = spawnSync(join('node_modules', '.bin', 'tsx'), sample('--framework', 'hexi'), { encoding: 'utf8', env });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--framework hexi: no framework of that slug');
    expect(run.stderr).toContain('the frameworks are beiyuan, beiyuan-property');
  });
});
