/** One quantified target as one plan states it: the unit every indicator module passes around. */
import type { Target } from './parse.ts';
import type { MeasureRecord as MeasureData, TableRecord as TableData } from '../../schemas/records.ts';

export interface IndicatorStatement {
  source: string;
  jurisdiction: string;
  /** Where it is stated: an indicator table, a task table, or a measure's running text. */
  origin: 'table' | 'text';
  /** Id of the table or measure, which is also the anchor of its permalink. */
  unitId: string;
  /** How the page names the place: `表2`, `基层治理指标体系`, or `正文`. */
  unitLabel: string;
  /** Dimension as the plan groups it (table 类别·维度 / 维度), or the chapter of a measure. */
  dimension: string;
  /** Indicator name as written (for text targets: the words before or after the value). */
  name: string;
  /** The target as written: the table cell, or the value's words in the sentence. */
  targetAsWritten: string;
  target: Target;
  /** 约束性 / 预期性 (or 约束型 / 预期型) where the plan says so; empty otherwise. */
  attribute: string;
  /** Target year where the plan states one (表4's 2021/2025 columns, 到2025年 in the text). */
  year: string;
  /** For text targets: the sentence it comes from. */
  context: string;
  url: string;
  /** For a table's target: the body row it is read from (the row's anchor, minted at collect) and that row's permalink. */
  rowId?: string;
  rowUrl?: string;
}

/** The fields of the records (src/schemas/records.ts) the extractors read: one shape, picked. */
export type TableRecord = Pick<TableData, 'id' | 'source' | 'jurisdiction' | 'chapterPath' | 'caption' | 'header' | 'rows' | 'rowIds' | 'url'>;
export type MeasureRecord = Pick<MeasureData, 'id' | 'source' | 'jurisdiction' | 'chapterTitle' | 'sectionTitle' | 'text' | 'url'>;
