/**
 * The second labelling of the adoption evaluation set's blind half (content/adoption-evaluation-second.json):
 * it labels exactly the measures the sampler draws for the blind half, in its order, and its schema
 * refuses a measure or an adopted article listed twice.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCurated, requireCurated } from '../../scripts/lib/curated.ts';
import { IngestError } from '../../scripts/lib/errors.ts';
import { curatedReferences } from '../../scripts/lib/id-registry-references.ts';

const file = requireCurated('adoptionEvaluationSecond');

describe('the second labelling of the blind half', () => {
  it('labels exactly the blind measures the recorded sampling command draws, in the same order', () => {
    // The command exactly as recorded (`npm run -s evaluation:sample -- …`), so the file says how to draw it again.
    const [command, ...args] = file.sampling.command.split(' ');
    const drawn = JSON.parse(execFileSync(command, args, { encoding: 'utf8' })) as { sampling: Record<string, unknown>; measures: Array<{ measure: string; half: string }> };
    expect(file.measures.map((m) => m.measure)).toEqual(drawn.measures.filter((m) => m.half === 'blind').map((m) => m.measure));
    const { drawnAt: _, ...sampling } = drawn.sampling;
    expect(file.sampling).toMatchObject(sampling);
  });

  it('has its quotes checked by ingest: every measure, adopted article and measure wording is a reference', () => {
    const entry = curatedReferences.find((c) => c.file === 'adoption-evaluation-second.json')!;
    const references = entry.references({
      measures: [{ measure: 'x-1-0-1', measureQuote: 'm', adopts: [{ article: 'y-2-0-3', articleQuote: 'a', measureWording: 'w' }], near: [] }],
    });
    expect(references).toEqual([
      { entry: 'measures[0] measure', id: 'x-1-0-1', quote: 'm' },
      { entry: 'measures[0] adopts[0] article', id: 'y-2-0-3', quote: 'a' },
      { entry: 'measures[0] adopts[0] measureWording', id: 'x-1-0-1', quote: 'w' },
    ]);
  });

  it('refuses a measure labelled twice and an article adopted twice by one measure, naming the entry', () => {
    const real = () => JSON.parse(readFileSync('content/adoption-evaluation-second.json', 'utf8'));
    const refusal = (json: unknown) => {
      try {
        parseCurated('adoptionEvaluationSecond', JSON.stringify(json));
      } catch (error) {
        expect(error).toBeInstanceOf(IngestError);
        return (error as Error).message;
      }
      throw new Error('expected the file to be refused');
    };
    const twiceMeasure = real();
    twiceMeasure.measures.push(twiceMeasure.measures[0]);
    expect(refusal(twiceMeasure)).toContain(`the measure ${twiceMeasure.measures[0].measure} is labelled twice`);
    const twiceArticle = real();
    const withAdoption = twiceArticle.measures.find((m: { adopts: unknown[] }) => m.adopts.length > 0);
    withAdoption.adopts.push(withAdoption.adopts[0]);
    expect(refusal(twiceArticle)).toContain(`adopts ${withAdoption.adopts[0].article} twice`);
  });
});
