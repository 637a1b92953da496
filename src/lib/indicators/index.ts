/**
 * Every indicator statement and row, computed once per build from the collections (module-level
 * memo: the page and both data files share one computation).
 */
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { curatedDir } from '../corpus-dirs.ts';
import { bySourceOrder } from '../plans.ts';
import { aliasFileSchema, applyAliases, type KeyedStatement } from './aliases.ts';
import { statementsFromTable } from './from-tables.ts';
import { statementsFromMeasure } from './from-text.ts';
import { buildRows, type IndicatorRow } from './rows.ts';

export interface Indicators {
  statements: KeyedStatement[];
  rows: IndicatorRow[];
}

let memo: Promise<Indicators> | undefined;

export function getIndicators(): Promise<Indicators> {
  memo ??= (async () => {
    const tables = (await getCollection('tables')).map((e) => e.data);
    const measures = (await getCollection('measures')).map((e) => e.data);
    const raw = [...tables.flatMap(statementsFromTable), ...measures.flatMap(statementsFromMeasure)];
    const statements = applyAliases(raw, aliasFileSchema.parse(JSON.parse(readFileSync(`${curatedDir}/indicator-aliases.json`, 'utf8')))).sort((a, b) => bySourceOrder(a.source, b.source));
    const order = [...new Set(statements.map((s) => s.source))].sort(bySourceOrder);
    return { statements, rows: buildRows(statements, order) };
  })();
  return memo;
}
