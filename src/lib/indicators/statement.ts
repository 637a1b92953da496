/** One quantified target as one plan states it: the unit every indicator module passes around. */
import type { Target } from './parse.ts';

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
}

/** The minimal record shapes the extractors need (the collections' data satisfy them). */
export interface TableRecord {
  id: string;
  source: string;
  jurisdiction: string;
  caption: string;
  header: string[];
  rows: string[][];
  url: string;
}
export interface MeasureRecord {
  id: string;
  source: string;
  jurisdiction: string;
  chapterTitle: string;
  sectionTitle: string;
  text: string;
  url: string;
}
