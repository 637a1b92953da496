/**
 * Evaluation sets: every hand-labelled set the corpus has (adoption and counterparts, second
 * labellings too), as the open data publishes them — the labels behind every precision and recall
 * the pages state, so a reader can count them again. Read from the curated files only.
 */
import { judgedFramework } from '../../src/lib/adoption/inputs.ts';
import type { EvaluationSet } from '../../src/schemas/evaluation-sets.ts';
import {
  adoptionEvaluationFileSchema,
  counterpartsEvaluationFileSchema,
  curatedFiles,
  curatedNamesWith,
  type AdoptionEvaluationFile,
  type CounterpartsEvaluationFile,
} from '../../src/schemas/curated.ts';
import type { Analysis } from './types.ts';

const adoptionFiles = curatedNamesWith(adoptionEvaluationFileSchema);
const counterpartsFiles = curatedNamesWith(counterpartsEvaluationFileSchema);

type Common = Pick<EvaluationSet, 'id' | 'file' | 'about' | 'definition' | 'note' | 'secondOf' | 'sampling'>;

function common(path: string, set: AdoptionEvaluationFile | CounterpartsEvaluationFile): Common {
  const { seed, perSource, drawnAt, command } = set.sampling;
  return {
    id: path.replace(/\.json$/, ''),
    file: path,
    about: set.about,
    definition: set.definition,
    note: set.use?.note ?? '',
    secondOf: set.secondOf ?? null,
    sampling: { seed, perSource, drawnAt, command },
  };
}

export const evaluationSets: Analysis = {
  name: 'evaluation-sets',
  curated: [...adoptionFiles, ...counterpartsFiles],
  run(corpus, curated) {
    const sourceOfUnit = new Map(corpus.measures.map((m) => [m.id, m.source]));
    const adoption = adoptionFiles.flatMap((name): Array<Omit<EvaluationSet, 'order'>> => {
      const set = curated[name] as AdoptionEvaluationFile | undefined;
      const framework =
        set &&
        judgedFramework(
          set.measures.flatMap((m) => m.adopts.map((a) => a.article)),
          (unit) => sourceOfUnit.get(unit),
          corpus.sources,
        )?.slug;
      if (!set || !framework) return [];
      return [
        {
          ...common(curatedFiles[name].path, set),
          kind: 'adoption',
          role: set.use?.role ?? null,
          measures: set.measures.map((m) => ({ measure: m.measure, half: m.half, judgedAgainst: [framework] })),
          labels: set.measures.flatMap((m) => [
            ...m.adopts.map((a) => ({
              measure: m.measure,
              unit: a.article,
              label: 'adopts' as const,
              unitQuote: a.articleQuote,
              measureWording: a.measureWording,
              wording: a.wording,
              shared: a.instrument,
              reason: a.reason,
              reasonZh: a.reasonZh ?? null,
            })),
            ...m.near.map((n) => ({
              measure: m.measure,
              unit: n.article,
              label: 'near' as const,
              unitQuote: n.articleQuote,
              measureWording: null,
              wording: null,
              shared: null,
              reason: n.reason,
              reasonZh: n.reasonZh ?? null,
            })),
          ]),
        },
      ];
    });
    const counterparts = counterpartsFiles.flatMap((name): Array<Omit<EvaluationSet, 'order'>> => {
      const set = curated[name] as CounterpartsEvaluationFile | undefined;
      if (!set) return [];
      return [
        {
          ...common(curatedFiles[name].path, set),
          kind: 'counterparts',
          // The first counterparts set has no `use`: it is the development set with its two halves.
          role: set.secondOf ? null : (set.use?.role ?? 'development'),
          measures: set.measures.map((m) => ({ measure: m.measure, half: m.half, judgedAgainst: m.checked })),
          labels: set.measures.flatMap((m) => [
            ...m.counterparts.map((c) => ({
              measure: m.measure,
              unit: c.measure,
              label: 'counterpart' as const,
              unitQuote: c.measureQuote,
              measureWording: null,
              wording: null,
              shared: c.shared,
              reason: c.reason,
              reasonZh: null,
            })),
            ...m.near.map((n) => ({
              measure: m.measure,
              unit: n.measure,
              label: 'near' as const,
              unitQuote: n.measureQuote,
              measureWording: null,
              wording: null,
              shared: null,
              reason: n.reason,
              reasonZh: null,
            })),
          ]),
        },
      ];
    });
    return { 'evaluation-sets': [...adoption, ...counterparts].map((set, order) => ({ ...set, order })) };
  },
};
