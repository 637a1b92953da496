/**
 * Draws the measures of an evaluation set, reproducibly, before anyone labels them.
 *
 *   npm run evaluation:sample -- --set adoption --per-source 16 --seed 20261125
 *
 * The sample is of measures, stratified by local source: each source gives `per-source` measures
 * (all of them when it has fewer), drawn uniformly by a seeded shuffle, and every drawn measure is
 * then labelled against every unit it could be paired with (for adoption: every article of the
 * framework). So the labelled pairs are a cluster sample of all measure × article pairs, not of any
 * detector's candidates, and per-source precision and recall need no weights. Within each source
 * the drawn measures alternate between the tuning half and the blind half.
 *
 * A later, held-out set is drawn from the measures no earlier set used (`--exclude` names the earlier
 * files), all in one half (`--half blind`): once a blind half has been reported it is spent, and only
 * measures nobody has tuned on can test the next version honestly.
 *
 *   npm run evaluation:sample -- --set adoption --per-source 8 --seed 20261127 --exclude content/adoption-evaluation.json --half blind
 *
 * In a corpus with several frameworks, `--framework {slug}` draws an adoption set for one of them:
 * only from the local texts compared with it (src/lib/adoption/inputs.ts comparedWith), each drawn
 * measure to be judged against every unit of that framework. Without it, every local text is drawn from.
 *
 * Prints a JSON skeleton (ids, quotes, half) on stdout for the labeller to fill in.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { readGenerated } from './lib/read-generated.ts';
import { listSources, readSource } from './lib/read-source.ts';
import { sourcesDir } from '../src/lib/corpus-dirs.ts';
import type { MeasureRecord } from '../src/schemas/records.ts';
import { seededRandom, shuffled } from '../src/lib/evaluation/random.ts';
import { comparedWith } from '../src/lib/adoption/inputs.ts';

const quoteOf = (text: string) => text.replace(/\s+/g, '').slice(0, 16);

async function main() {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'adoption' },
      'per-source': { type: 'string', default: '16' },
      seed: { type: 'string', default: '20261125' },
      exclude: { type: 'string', multiple: true, default: [] },
      half: { type: 'string' },
      framework: { type: 'string' },
    },
  });
  const perSource = Number(values['per-source']);
  const seed = Number(values.seed);
  const slugs = await listSources(sourcesDir);
  const settings = await Promise.all(slugs.map(async (slug) => (await readSource(sourcesDir, slug)).settings));
  const framework = values.framework === undefined ? undefined : settings.find((s) => s.slug === values.framework && s.role === 'framework');
  if (values.framework !== undefined && !framework) {
    const frameworks = settings.filter((s) => s.role === 'framework').map((s) => s.slug);
    throw new Error(`--framework ${values.framework}: no framework of that slug in ${sourcesDir}; the frameworks are ${frameworks.join(', ') || 'none'}`);
  }
  const locals = (framework ? comparedWith(framework, settings) : settings.filter((s) => s.role === 'local')).map((s) => s.slug);
  const measures = readGenerated<MeasureRecord>('measures');
  const excluded = new Set(values.exclude.flatMap((path) => (JSON.parse(readFileSync(path, 'utf8')) as { measures: Array<{ measure: string }> }).measures.map((m) => m.measure)));
  const random = seededRandom(seed);
  const drawn = locals.flatMap((slug) => {
    const own = measures.filter((m) => m.source === slug && !excluded.has(m.id));
    return shuffled(own, random)
      .slice(0, perSource)
      .map((m, i) => ({ measure: m.id, measureQuote: quoteOf(m.text), half: values.half ?? (i % 2 === 0 ? 'tuning' : 'blind') }));
  });
  const population = Object.fromEntries(locals.map((slug) => [slug, measures.filter((m) => m.source === slug).length]));
  console.log(
    JSON.stringify(
      {
        sampling: {
          set: values.set,
          seed,
          perSource,
          population,
          ...(excluded.size ? { excluded: values.exclude } : {}),
          drawnAt: new Date().toISOString().slice(0, 10),
          // The command that repeats this draw, as the set's file records it.
          command: ['npm run -s evaluation:sample --', ...process.argv.slice(2)].join(' '),
        },
        measures: drawn,
      },
      null,
      1,
    ),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
