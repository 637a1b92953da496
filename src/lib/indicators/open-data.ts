/** The rows of /data/indicators.json and .csv, in one place so the two cannot drift apart. */
import type { KeyedStatement } from './aliases.ts';
import { rowId } from './rows.ts';

export const indicatorFields = [
  'jurisdiction',
  'source',
  'id',
  'dimension',
  'name',
  'targetAsWritten',
  'operator',
  'number',
  'max',
  'unit',
  'attribute',
  'year',
  'url',
  'indicator',
  'indicatorId',
  'origin',
] as const;

export function indicatorRecords(statements: KeyedStatement[]) {
  return statements.map((s) => ({
    jurisdiction: s.jurisdiction,
    source: s.source,
    /** Table or measure id. */
    id: s.unitId,
    dimension: s.dimension,
    name: s.name,
    targetAsWritten: s.targetAsWritten,
    operator: s.target.operator,
    number: Math.round(s.target.number * 1e4) / 1e4,
    max: s.target.max,
    unit: s.target.unit,
    attribute: s.attribute,
    year: s.year,
    url: s.url,
    /** The row of /indicators/ it is on, and that row's anchor. */
    indicator: s.rowName,
    indicatorId: rowId(s.key),
    origin: s.origin,
    /** For a table's target: the body row it is read from, and that row's permalink. */
    rowId: s.rowId,
    rowUrl: s.rowUrl,
  }));
}
