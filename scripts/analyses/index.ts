/**
 * Every analysis, in the order they run (a later one may read what an earlier one gave: search
 * reads the themes, counterparts the adoption matches). To add one: write scripts/analyses/{name}.ts exporting an `Analysis`, its
 * entry schema in src/schemas/{name}.ts, list it here, and declare its collection in
 * src/content.config.ts. See the README's Architecture section.
 */
import { adoption } from './adoption.ts';
import { chains } from './chains.ts';
import { citations } from './citations.ts';
import { counterparts } from './counterparts.ts';
import { evaluationSets } from './evaluation-sets.ts';
import { indicators } from './indicators.ts';
import { search } from './search.ts';
import { themes } from './themes.ts';
import type { Analysis } from './types.ts';

export const analyses: Analysis[] = [themes, indicators, adoption, counterparts, citations, chains, search, evaluationSets];
