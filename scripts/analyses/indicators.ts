/** Indicators: quantified targets from tables and running text (src/lib/indicators/), on shared rows. */
import { applyAliases } from '../../src/lib/indicators/aliases.ts';
import { statementsFromTable } from '../../src/lib/indicators/from-tables.ts';
import { statementsFromMeasure } from '../../src/lib/indicators/from-text.ts';
import { buildRows } from '../../src/lib/indicators/rows.ts';
import type { IndicatorRowEntry, IndicatorStatementEntry } from '../../src/schemas/indicators.ts';
import type { Analysis } from './types.ts';

export const indicators: Analysis = {
  name: 'indicators',
  curated: ['indicatorAliases'],
  run(corpus, curated) {
    const order = corpus.sources.map((s) => s.slug);
    const rank = (source: string) => order.indexOf(source);
    const raw = [...corpus.tables.flatMap(statementsFromTable), ...corpus.measures.flatMap(statementsFromMeasure)];
    const keyed = applyAliases(raw, curated.indicatorAliases).sort((a, b) => rank(a.source) - rank(b.source));
    const nth = new Map<string, number>();
    const statements: IndicatorStatementEntry[] = keyed.map((s) => {
      const n = (nth.get(s.unitId) ?? 0) + 1;
      nth.set(s.unitId, n);
      return { id: `${s.unitId}#${n}`, ...s };
    });
    const byStatement = new Map(keyed.map((s, i) => [s, statements[i]]));
    const stated = order.filter((slug) => statements.some((s) => s.source === slug));
    const rows: IndicatorRowEntry[] = buildRows(keyed, stated).map((row, i) => ({
      ...row,
      order: i,
      cells: Object.fromEntries(Object.entries(row.cells).map(([source, list]) => [source, list.map((s) => byStatement.get(s)!)])),
    }));
    return { 'indicator-statements': statements, 'indicator-rows': rows };
  },
};
