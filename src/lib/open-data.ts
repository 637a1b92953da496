/** The rows of the open data files, in one place so JSON and CSV cannot drift apart. */
import type { CollectionEntry } from 'astro:content';
import { bySourceOrder } from './plans.ts';
import { z } from 'astro/zod';
import type { ResourceSpec, TextResource } from './data-package.ts';
import type { SourceSettings } from '../schemas/source.ts';
import type { SourceText } from '../schemas/source-text.ts';
import { measureSchema, panelSchema, tableSchema } from '../schemas/records.ts';
import { sourceSettings } from '../schemas/source.ts';
import { indicatorStatementSchema, targetSchema } from '../schemas/indicators.ts';
import { adoptionMatchSchema } from '../schemas/adoption.ts';
import { counterpartSchema, passageSchema } from '../schemas/counterparts.ts';
import { themedMeasureSchema } from '../schemas/themes.ts';
import { evaluationSetSchema, type EvaluationSet } from '../schemas/evaluation-sets.ts';
import { citationPlaceSchema } from '../schemas/citations.ts';
import { chainSchema } from '../schemas/chain.ts';
import { indicatorRecords } from './indicators/open-data.ts';
import type { KeyedStatement } from './indicators/aliases.ts';
import { columnSeparator, inheritedColumn, isTotalsLabel, rowIdColumn, tableColumns, totalColumn, totalsLabels } from './tables/open-rows.ts';

export const measureFields = [
  'id',
  'source',
  'jurisdiction',
  'chapterNumber',
  'chapterTitle',
  'sectionNumber',
  'sectionTitle',
  'label',
  'title',
  'text',
  'url',
  'absoluteUrl',
  'line',
] as const;

/** A record as published: its permalink also as an absolute address, null where it has no value. */
const published = <T extends { url: string; line?: number }>(record: T, site: string | URL) => ({
  ...record,
  absoluteUrl: new URL(record.url, site).href,
  line: record.line ?? null,
});

export function measureRows(entries: CollectionEntry<'measures'>[], site: string | URL) {
  // The collection keeps ingest's order within a source; sources go province first.
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => bySourceOrder(a.entry.data.source, b.entry.data.source) || a.index - b.index)
    .map(({ entry }) => published(entry.data, site));
}

export function panelRows(entries: CollectionEntry<'panels'>[], site: string | URL) {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => bySourceOrder(a.entry.data.source, b.entry.data.source) || a.index - b.index)
    .map(({ entry }) => published(entry.data, site));
}

/** tables.json: each table as written (header and cells as the text has them), with which cells were inherited and which rows are totals. */
export function tableRows(entries: CollectionEntry<'tables'>[]) {
  return entries.map((entry) => ({ ...entry.data, isTotal: entry.data.rows.map((row) => isTotalsLabel(row[0] ?? '')) }));
}

/** tables.csv: one row per table. */
export function tableRecords(entries: CollectionEntry<'tables'>[], site: string | URL) {
  return entries.map(({ data }) => ({
    ...published(data, site),
    columns: data.header.length,
    rows: data.rows.length,
    csv: `/data/tables/${data.id}.csv`,
  }));
}

const text = z.string();
const bySource = { fields: 'source', reference: { resource: 'sources', fields: 'slug' } };
const toMeasure = (field: string) => ({ fields: field, reference: { resource: 'measures', fields: 'id' } });

/** Each published CSV as a resource of /data/datapackage.json; descriptions are written here only. */
export const sourcesResource: ResourceSpec = {
  name: 'sources',
  path: 'data/sources.csv',
  title: 'Source documents',
  description: 'One row per source document, with where it was published (provenance).',
  primaryKey: 'slug',
  fields: [
    { name: 'slug', schema: sourceSettings.shape.slug, description: 'The source’s id, used in every other file’s `source` column.' },
    { name: 'jurisdiction', schema: sourceSettings.shape.jurisdiction, description: 'Jurisdiction as written in Chinese.' },
    { name: 'jurisdictionEn', schema: sourceSettings.shape.jurisdictionEn, description: 'English name of the jurisdiction.' },
    { name: 'level', schema: sourceSettings.shape.level, description: 'Administrative level of the jurisdiction.' },
    { name: 'title', schema: sourceSettings.shape.title, description: 'Full title of the document.' },
    { name: 'kind', schema: sourceSettings.shape.kind, description: 'Kind of document (plan, regulation, opinions …).' },
    { name: 'issuer', schema: text, description: 'Issuing body as printed; empty when unknown.' },
    { name: 'documentNumber', schema: text, description: 'Document number (文号) as printed; empty when unknown.' },
    { name: 'issued', schema: text, description: 'Date issued, YYYY-MM-DD (or YYYY-MM, YYYY); empty when unknown.' },
    { name: 'originalUrl', schema: text, description: 'Where the original text is published; empty when unknown.' },
    { name: 'url', schema: text, description: 'The document’s page on this site (relative).' },
    { name: 'absoluteUrl', schema: text, description: 'The same page as an absolute address.' },
  ],
};

export const measuresResource: ResourceSpec = {
  name: 'measures',
  path: 'data/measures.csv',
  title: 'Measures',
  description: 'One row per measure (numbered item or paragraph of policy), in reading order.',
  primaryKey: 'id',
  foreignKeys: [bySource],
  fields: measureFields.map((name) => ({
    name,
    schema: name === 'absoluteUrl' ? text : measureSchema.shape[name],
    description: {
      id: 'Stable id of the measure (never reused); the anchor of its permalink.',
      source: 'The source document’s slug (sources.csv).',
      jurisdiction: 'Jurisdiction as written in Chinese.',
      chapterNumber: 'Chapter number as the heading carries it (0 for front text).',
      chapterTitle: 'Chapter title as written.',
      sectionNumber: 'Section number within the chapter (0 for text before the first section).',
      sectionTitle: 'Section title as written; empty when none.',
      label: 'A numbered item’s number as written, e.g. (十七); empty for an unnumbered paragraph.',
      title: 'Lead sentence or item heading, without number; empty when none.',
      text: 'The full text of the measure, as written.',
      url: 'Permalink on this site (relative).',
      absoluteUrl: 'The same permalink as an absolute address.',
      line: 'Line in the published source text (sources/{source}.txt) where the measure starts, from 1.',
    }[name],
  })),
};

export const panelFields = ['id', 'source', 'jurisdiction', 'chapterNumber', 'sectionNumber', 'number', 'title', 'text', 'url', 'absoluteUrl', 'line'] as const;
export const panelsResource: ResourceSpec = {
  name: 'panels',
  path: 'data/panels.csv',
  title: 'Panels (专栏)',
  description: 'One row per boxed panel (专栏) of a text: its title and full text.',
  primaryKey: 'id',
  foreignKeys: [bySource],
  fields: panelFields.map((name) => ({
    name,
    schema: name === 'absoluteUrl' ? text : panelSchema.shape[name],
    description: {
      id: 'Stable id of the panel (never reused).',
      source: 'The source document’s slug (sources.csv).',
      jurisdiction: 'Jurisdiction as written in Chinese.',
      chapterNumber: 'Chapter number (0 for front text).',
      sectionNumber: 'Section number within the chapter (0 before the first section).',
      number: 'The panel’s count within its section, from 1.',
      title: 'The panel’s title as written.',
      text: 'The panel’s full text, as written.',
      url: 'Permalink on this site (relative).',
      absoluteUrl: 'The same permalink as an absolute address.',
      line: 'Line in the published source text (sources/{source}.txt) where the panel starts, from 1.',
    }[name],
  })),
};

export const themesResource: ResourceSpec = {
  name: 'themes',
  path: 'data/themes.csv',
  title: 'Measures by theme',
  description: 'One row per (measure, theme) pair: the flat form of themes.json.',
  primaryKey: ['measure_id', 'theme_id'],
  foreignKeys: [toMeasure('measure_id')],
  fields: [
    { name: 'measure_id', schema: text, description: 'The measure (measures.csv id).' },
    { name: 'theme_id', schema: text, description: 'The theme’s id (see themes.json for its name and terms).' },
    { name: 'via', schema: themedMeasureSchema.shape.via, description: '`rule` when the theme’s terms matched; `include` when assigned by hand.' },
    { name: 'score', schema: themedMeasureSchema.shape.score, description: 'Term score: a lead-sentence hit scores 3, a body hit 1.' },
  ],
};

export const adoptionResource: ResourceSpec = {
  name: 'adoption',
  path: 'data/adoption.csv',
  title: 'Adoption of framework articles',
  description:
    'One row per (local measure, framework article) pair that the detector found or a review settled: the measure adopts the article — states one of its instruments or reuses its wording — by the verdict that counts (`adopts`: the labeller’s where the measure was reviewed, else the detector’s); detections a review rejected are rows with adopts false. The flat form of adoption.json (which gives the instruments, passages and reasons).',
  primaryKey: ['measure_id', 'article_id'],
  foreignKeys: [toMeasure('measure_id'), toMeasure('article_id'), bySource, { fields: 'framework', reference: { resource: 'sources', fields: 'slug' } }],
  fields: [
    { name: 'measure_id', schema: adoptionMatchSchema.shape.measureId, description: 'The local measure (measures.csv id).' },
    { name: 'article_id', schema: adoptionMatchSchema.shape.articleId, description: 'The framework article: a measure of the framework text (measures.csv id).' },
    { name: 'framework', schema: adoptionMatchSchema.shape.framework, description: 'The framework the article is of (sources.csv slug); each framework is matched on its own.' },
    {
      name: 'article_number',
      schema: adoptionMatchSchema.shape.articleNumber,
      description: 'The article’s number as its text numbers it (17 for (十七), 3 for 第三条); its page is /adoption/{framework}/{article_id}/.',
    },
    { name: 'source', schema: adoptionMatchSchema.shape.source, description: 'The local measure’s source (sources.csv).' },
    {
      name: 'score',
      schema: adoptionMatchSchema.shape.score,
      description: 'Informative characters of verbatim shared passages (0 when adoption is by instrument or reworded clause alone).',
    },
    {
      name: 'adopts',
      schema: adoptionMatchSchema.shape.adopts,
      description: 'The verdict that counts: the review’s where the measure was reviewed (review_file not empty), else the detector’s (always true then).',
    },
    {
      name: 'detected',
      schema: adoptionMatchSchema.shape.detected,
      description:
        'The detector found the pair (by instrument, by reworded clause, or by a score reaching the threshold); its precision and recall are computed from this column alone.',
    },
    {
      name: 'review_file',
      schema: z.string(),
      description:
        'The hand-labelled set (content/, evaluation-sets.csv) in which a labeller judged the measure against every unit of the framework; empty when nobody reviewed it.',
    },
    {
      name: 'review_reason',
      schema: z.string(),
      description: 'The labeller’s reason: why the measure adopts the article, or why a detected pair is not adoption (empty when the labeller gave none).',
    },
  ],
};

export const counterpartsResource: ResourceSpec = {
  name: 'counterparts',
  path: 'data/counterparts.csv',
  title: 'Counterpart measures in other documents',
  description:
    'One row per (measure, counterpart): for each measure, its closest measures in each other document (at most a few per document, score above the threshold), with what links them — an instrument of the curated dictionary or the most distinctive shared phrase — and the matching passage on each side. The flat form of counterparts.json.',
  primaryKey: ['measure_id', 'counterpart_id'],
  foreignKeys: [toMeasure('measure_id'), toMeasure('counterpart_id'), bySource, { fields: 'counterpart_source', reference: { resource: 'sources', fields: 'slug' } }],
  fields: [
    { name: 'measure_id', schema: text, description: 'The measure (measures.csv id).' },
    { name: 'source', schema: text, description: 'Its source (sources.csv).' },
    { name: 'counterpart_id', schema: counterpartSchema.shape.measure, description: 'The counterpart measure in another document (measures.csv id).' },
    { name: 'counterpart_source', schema: counterpartSchema.shape.source, description: 'The counterpart’s source (sources.csv).' },
    { name: 'rank', schema: counterpartSchema.shape.rank, description: '1 for the best counterpart in that document.' },
    {
      name: 'score',
      schema: counterpartSchema.shape.score,
      description:
        'Similarity, 0–1: whole-measure and best-clause character n-gram TF-IDF cosines combined, plus a bonus for a shared instrument and one for a framework article both adopt.',
    },
    { name: 'shared_kind', schema: text, description: '`instrument` (a dictionary instrument both name) or `phrase` (the most distinctive phrase the matching passages share).' },
    { name: 'instrument_id', schema: text, description: 'The shared instrument’s id in the dictionary, when shared_kind is instrument.' },
    { name: 'instrument_name', schema: text, description: 'The shared instrument’s name.' },
    { name: 'shared_phrase', schema: text, description: 'The shared phrase (normalised: no punctuation or spaces), when shared_kind is phrase.' },
    { name: 'passage', schema: passageSchema.shape.text, description: 'The matching passage of the measure.' },
    { name: 'counterpart_passage', schema: passageSchema.shape.text, description: 'The matching passage of the counterpart.' },
    {
      name: 'shared_articles',
      schema: text,
      description:
        'The framework articles (measures.csv ids, as the article_id of adoption.csv) both measures adopt by the verdict that counts (adoption.csv `adopts`: reviewed where a labeller reviewed the measure), separated by spaces; empty when none. counterparts.json also gives `articles`, those the detector found, which the score counts.',
    },
  ],
};

/** Counterparts as flat rows (counterparts.csv), in site order of the measure's source and reading order. */
export function counterpartRows(shards: Array<{ id: string; measures: Array<{ measure: string; counterparts: z.infer<typeof counterpartSchema>[] }> }>) {
  return shards.flatMap((shard) =>
    shard.measures.flatMap((m) =>
      m.counterparts.map((c) => ({
        measure_id: m.measure,
        source: shard.id,
        counterpart_id: c.measure,
        counterpart_source: c.source,
        rank: c.rank,
        score: c.score,
        shared_kind: c.shared.kind,
        instrument_id: c.shared.kind === 'instrument' ? c.shared.instrument : null,
        instrument_name: c.shared.kind === 'instrument' ? c.shared.name : null,
        shared_phrase: c.shared.kind === 'phrase' ? c.shared.phrase : null,
        passage: c.passage.text,
        counterpart_passage: c.counterpartPassage.text,
        shared_articles: c.adoptBoth.length > 0 ? c.adoptBoth.join(' ') : null,
      })),
    ),
  );
}

const toSet = { fields: 'set', reference: { resource: 'evaluation-sets', fields: 'set' } };
const evaluationMeasure = evaluationSetSchema.shape.measures.element.shape;
const evaluationLabel = evaluationSetSchema.shape.labels.element.shape;
const count = z.number().int();

export const evaluationSetsResource: ResourceSpec = {
  name: 'evaluation-sets',
  path: 'data/evaluation-sets.csv',
  title: 'Hand-labelled evaluation sets',
  description:
    'One row per hand-labelled set behind the precision and recall the site states — adoption (does a local measure adopt a framework article) and counterparts (does a measure of another document state the same instrument): its definition, how it was drawn (the command repeats the draw) and how it was used (held-out: read once after the method was frozen, the figures to cite; development: tuned on; empty: a second, independent labelling, for agreement). Its drawn measures are in evaluation-measures.csv, its labels in evaluation-labels.csv.',
  primaryKey: 'set',
  fields: [
    { name: 'set', schema: evaluationSetSchema.shape.id, description: 'The set: its curated file name without .json.' },
    { name: 'kind', schema: evaluationSetSchema.shape.kind, description: '`adoption` or `counterparts`.' },
    { name: 'role', schema: evaluationSetSchema.shape.role, description: '`held-out` (the figures to cite), `development` (tuned on), or empty for a second labelling.' },
    { name: 'second_of', schema: evaluationSetSchema.shape.secondOf, description: 'For a second labelling: the set it repeats.' },
    { name: 'measures', schema: count, description: 'Drawn measures labelled (evaluation-measures.csv rows).' },
    { name: 'labels', schema: count, description: 'Positive and near-miss labels (evaluation-labels.csv rows); every other judged pair is a negative.' },
    { name: 'seed', schema: count, description: 'The seed of the draw.' },
    { name: 'per_source', schema: count, description: 'Measures drawn per local source (all of them when it has fewer).' },
    { name: 'drawn_at', schema: evaluationSetSchema.shape.sampling.shape.drawnAt, description: 'When it was drawn.' },
    { name: 'command', schema: evaluationSetSchema.shape.sampling.shape.command, description: 'The command that repeats the draw (scripts/evaluation-sample.ts).' },
    { name: 'definition', schema: evaluationSetSchema.shape.definition, description: 'What counts as a positive.' },
    { name: 'note', schema: evaluationSetSchema.shape.note, description: 'How the set was used (zh-CN).' },
    { name: 'about', schema: evaluationSetSchema.shape.about, description: 'How it was drawn and labelled, by whom and in what order.' },
  ],
};

export const evaluationMeasuresResource: ResourceSpec = {
  name: 'evaluation-measures',
  path: 'data/evaluation-measures.csv',
  title: 'Measures of the evaluation sets',
  description:
    'One row per (set, drawn measure): the half it was drawn into and the documents every unit of which it was judged against — for adoption the framework (each of its articles), for counterparts the other local documents. A judged pair with no row in evaluation-labels.csv is a labelled negative.',
  primaryKey: ['set', 'measure_id'],
  foreignKeys: [toSet, toMeasure('measure_id')],
  fields: [
    { name: 'set', schema: evaluationSetSchema.shape.id, description: 'The set (evaluation-sets.csv).' },
    { name: 'measure_id', schema: evaluationMeasure.measure, description: 'The drawn measure (measures.csv id).' },
    { name: 'half', schema: evaluationMeasure.half, description: '`tuning` or `blind` (a held-out draw is all blind).' },
    { name: 'judged_against', schema: text, description: 'The documents (sources.csv slugs) judged against it, separated by spaces.' },
  ],
};

export const evaluationLabelsResource: ResourceSpec = {
  name: 'evaluation-labels',
  path: 'data/evaluation-labels.csv',
  title: 'Labels of the evaluation sets',
  description:
    'One row per positive or near-miss label: the drawn measure, the unit judged (a framework article for adoption, a measure of another document for counterparts), the label, the words quoted on each side, what is shared and why. Every other pair of a drawn measure and a unit of the documents it was judged against (evaluation-measures.csv) is a negative.',
  primaryKey: ['set', 'measure_id', 'unit_id'],
  foreignKeys: [toSet, toMeasure('measure_id'), toMeasure('unit_id')],
  fields: [
    { name: 'set', schema: evaluationSetSchema.shape.id, description: 'The set (evaluation-sets.csv).' },
    { name: 'measure_id', schema: evaluationLabel.measure, description: 'The drawn measure (measures.csv id).' },
    {
      name: 'unit_id',
      schema: evaluationLabel.unit,
      description: 'The unit judged: a framework article (adoption) or another document’s measure (counterparts), a measures.csv id.',
    },
    { name: 'label', schema: evaluationLabel.label, description: '`adopts` or `counterpart` (positive), or `near` (judged not, though related).' },
    { name: 'unit_quote', schema: evaluationLabel.unitQuote, description: 'Words of the unit’s text, as the labeller quoted them.' },
    { name: 'measure_wording', schema: evaluationLabel.measureWording, description: 'Adoption: the words of the drawn measure that state the article’s instrument.' },
    { name: 'wording', schema: evaluationLabel.wording, description: 'Adoption: `verbatim` (repeats the article’s wording) or `reworded`.' },
    { name: 'shared', schema: evaluationLabel.shared, description: 'The instrument, requirement or target both state (positives).' },
    { name: 'reason', schema: evaluationLabel.reason, description: 'Why, in the labeller’s words.' },
    { name: 'reason_zh', schema: evaluationLabel.reasonZh, description: 'The reason translated into Chinese for the pages, where the set gives a translation.' },
  ],
};

/** evaluation-sets.csv, evaluation-measures.csv and evaluation-labels.csv, from the published sets. */
export function evaluationRows(sets: EvaluationSet[]) {
  return {
    sets: sets.map((s) => ({
      set: s.id,
      kind: s.kind,
      role: s.role,
      second_of: s.secondOf,
      measures: s.measures.length,
      labels: s.labels.length,
      seed: s.sampling.seed,
      per_source: s.sampling.perSource,
      drawn_at: s.sampling.drawnAt,
      command: s.sampling.command,
      definition: s.definition,
      note: s.note || null,
      about: s.about,
    })),
    measures: sets.flatMap((s) => s.measures.map((m) => ({ set: s.id, measure_id: m.measure, half: m.half, judged_against: m.judgedAgainst.join(' ') }))),
    labels: sets.flatMap((s) =>
      s.labels.map((l) => ({
        set: s.id,
        measure_id: l.measure,
        unit_id: l.unit,
        label: l.label,
        unit_quote: l.unitQuote,
        measure_wording: l.measureWording,
        wording: l.wording,
        shared: l.shared,
        reason: l.reason,
        reason_zh: l.reasonZh,
      })),
    ),
  };
}

/**
 * The comparison as a word no spreadsheet evaluates (a bare `=` is a formula to Excel, and quoting
 * does not stop that), and as a symbol after `x` (the value), so the cell is text everywhere.
 */
export const operatorWords = { '≥': 'at_least', '≤': 'at_most', '=': 'equal', '>': 'more_than', '<': 'less_than', range: 'range' } as const;
const operatorSymbols = { '≥': 'x≥', '≤': 'x≤', '=': 'x=', '>': 'x>', '<': 'x<', range: 'a≤x≤b' } as const;
/** 约束型 and 预期型 are the same attributes as 约束性 and 预期性, written another way. */
const attributeSpellings: Record<string, string> = { 约束型: '约束性', 预期型: '预期性' };

export const indicatorOpenFields = [
  'jurisdiction',
  'source',
  'id',
  'dimension',
  'name',
  'targetAsWritten',
  'operator',
  'operator_symbol',
  'number',
  'max',
  'unit',
  'attribute',
  'attribute_as_written',
  'year',
  'url',
  'absoluteUrl',
  'indicator',
  'indicatorId',
  'origin',
  'row_id',
  'row_url',
  'row_absoluteUrl',
] as const;
type IndicatorOpenRecord = Record<(typeof indicatorOpenFields)[number], string | number | null>;

/** Indicators as published: operators in words, attributes normalised (original kept), years as numbers, null for missing. */
export function indicatorOpenRecords(statements: KeyedStatement[], site: string | URL): IndicatorOpenRecord[] {
  return indicatorRecords(statements).map((r) => ({
    jurisdiction: r.jurisdiction,
    source: r.source,
    id: r.id,
    dimension: r.dimension || null,
    name: r.name,
    targetAsWritten: r.targetAsWritten,
    operator: operatorWords[r.operator],
    operator_symbol: operatorSymbols[r.operator],
    number: r.number,
    max: r.max ?? null,
    unit: r.unit,
    attribute: r.attribute ? (attributeSpellings[r.attribute] ?? r.attribute) : null,
    attribute_as_written: r.attribute || null,
    year: /^\d{4}$/.test(r.year) ? Number(r.year) : null,
    url: r.url,
    absoluteUrl: new URL(r.url, site).href,
    indicator: r.indicator,
    indicatorId: r.indicatorId,
    origin: r.origin,
    row_id: r.rowId ?? null,
    row_url: r.rowUrl ?? null,
    row_absoluteUrl: r.rowUrl ? new URL(r.rowUrl, site).href : null,
  }));
}

const indicatorDescriptions: Record<(typeof indicatorOpenFields)[number], [z.ZodType, string]> = {
  jurisdiction: [indicatorStatementSchema.shape.jurisdiction, 'Jurisdiction as written in Chinese.'],
  source: [indicatorStatementSchema.shape.source, 'The source document’s slug (sources.csv).'],
  id: [indicatorStatementSchema.shape.unitId, 'The table or measure that states the target (measures.csv or tables.json id).'],
  dimension: [indicatorStatementSchema.shape.dimension, 'Dimension (维度/类别) as written; missing when none.'],
  name: [indicatorStatementSchema.shape.name, 'Indicator name as written.'],
  targetAsWritten: [indicatorStatementSchema.shape.targetAsWritten, 'The target exactly as written.'],
  operator: [text, 'Comparison in words: at_least (≥), at_most (≤), equal (=), more_than (>), less_than (<), range (number to max).'],
  operator_symbol: [text, 'The same comparison as a symbol after x, the value (x≥, x=, a≤x≤b): text, never a formula.'],
  number: [targetSchema.shape.number, 'The target value (the lower bound of a range).'],
  max: [targetSchema.shape.max, 'Upper bound of a range; missing otherwise.'],
  unit: [targetSchema.shape.unit, 'Unit as written; empty when none.'],
  attribute: [text, 'Attribute, normalised: 约束性 (binding) or 预期性 (expected); missing when not stated.'],
  attribute_as_written: [indicatorStatementSchema.shape.attribute, 'Attribute as the text writes it (约束型 …); missing when not stated.'],
  year: [z.number().int(), 'Target year; missing when not stated.'],
  url: [indicatorStatementSchema.shape.url, 'Permalink of the table or measure (relative).'],
  absoluteUrl: [text, 'The same permalink as an absolute address.'],
  indicator: [indicatorStatementSchema.shape.rowName, 'The row of /indicators/ it is on.'],
  indicatorId: [text, 'That row’s anchor on /indicators/.'],
  origin: [indicatorStatementSchema.shape.origin, '`table` or `text`: where the target is stated.'],
  row_id: [
    text,
    'For a target read from a table: the table row it is read from (table-rows.csv row_id, the row’s anchor on the reading page); missing for a target in running text.',
  ],
  row_url: [text, 'Permalink of that table row (relative); missing for a target in running text.'],
  row_absoluteUrl: [text, 'The same row permalink as an absolute address; missing for a target in running text.'],
};
export const indicatorsResource: ResourceSpec = {
  name: 'indicators',
  path: 'data/indicators.csv',
  title: 'Quantified targets',
  description: 'One row per quantified target a plan states, in a table or in its text.',
  foreignKeys: [bySource, { fields: 'row_id', reference: { resource: 'table-rows', fields: 'row_id' } }],
  fields: indicatorOpenFields.map((name) => ({ name, schema: indicatorDescriptions[name][0], description: indicatorDescriptions[name][1] })),
};

export const citationsResource: ResourceSpec = {
  name: 'citations',
  path: 'data/citations.csv',
  title: 'Citations of documents',
  description: 'One row per place a document title is cited in 《》: the flat form of citations.json.',
  primaryKey: ['cited_title', 'unit_id', 'cited_as_written'],
  foreignKeys: [bySource, { fields: 'cited_source', reference: { resource: 'sources', fields: 'slug' } }],
  fields: [
    { name: 'cited_title', schema: text, description: 'The cited document’s title (the corpus title when it is in the corpus).' },
    { name: 'cited_as_written', schema: citationPlaceSchema.shape.cited, description: 'The title as written at this place, with 《》.' },
    { name: 'in_corpus', schema: z.boolean(), description: 'True when the cited document is one of the source documents.' },
    { name: 'cited_source', schema: text, description: 'The cited document’s slug (sources.csv) when in the corpus; missing otherwise.' },
    { name: 'source', schema: citationPlaceSchema.shape.source, description: 'The citing document’s slug (sources.csv).' },
    { name: 'unit_id', schema: citationPlaceSchema.shape.unit, description: 'The citing measure, panel or table (an id of measures.csv, panels.csv or tables.json).' },
    { name: 'count', schema: citationPlaceSchema.shape.count, description: 'How many times the title is cited there.' },
    { name: 'url', schema: citationPlaceSchema.shape.url, description: 'Permalink of the citing unit (relative).' },
    { name: 'absoluteUrl', schema: text, description: 'The same permalink as an absolute address.' },
  ],
};

export const chainsResource: ResourceSpec = {
  name: 'chains',
  path: 'data/chains.csv',
  title: 'Tiered chains',
  description: 'One row per tiered chain of levels a text states (街道—社区—网格 …): the flat form of structures.json’s chains.',
  primaryKey: 'id',
  foreignKeys: [bySource],
  fields: [
    { name: 'id', schema: chainSchema.shape.id, description: 'The chain’s id: the n-th chain-like list in its measure or panel.' },
    { name: 'source', schema: chainSchema.shape.source, description: 'The source document’s slug (sources.csv).' },
    { name: 'record', schema: chainSchema.shape.record, description: 'The measure or panel it is written in (measures.csv or panels.csv id).' },
    { name: 'kind', schema: chainSchema.shape.kind, description: '五级 / 四级 / 三级, from the number of levels.' },
    { name: 'stated', schema: z.number().int(), description: 'The N of “N级” written in the text; missing when the text states no count.' },
    { name: 'purpose', schema: chainSchema.shape.purpose, description: 'party, governance, services or response.' },
    { name: 'setting', schema: text, description: 'urban or rural when the text says which; missing otherwise.' },
    { name: 'name', schema: chainSchema.shape.name, description: 'The structure the text names right after the list.' },
    { name: 'sentence', schema: chainSchema.shape.sentence, description: 'The sentence that states the chain, as written.' },
    { name: 'url', schema: chainSchema.shape.url, description: 'Permalink of the measure or panel (relative).' },
    { name: 'absoluteUrl', schema: text, description: 'The same permalink as an absolute address.' },
  ],
};

export const structuresResource: ResourceSpec = {
  name: 'structures',
  path: 'data/structures.csv',
  title: 'Levels of the tiered chains',
  description: 'One row per level of each chain, top to bottom.',
  primaryKey: ['chain_id', 'level_order'],
  foreignKeys: [{ fields: 'chain_id', reference: { resource: 'chains', fields: 'id' } }],
  fields: [
    { name: 'chain_id', schema: chainSchema.shape.id, description: 'The chain (chains.csv id).' },
    { name: 'level_order', schema: z.number().int(), description: 'The level’s place in the chain, 1 at the top.' },
    { name: 'level', schema: text, description: 'The level’s name as written.' },
    { name: 'supplied', schema: z.boolean(), description: 'True when a correction supplied the level (it is not in the text).' },
  ],
};

export const tableFields = [
  'id',
  'source',
  'jurisdiction',
  'chapterNumber',
  'sectionNumber',
  'number',
  'caption',
  'captionDerived',
  'columns',
  'rows',
  'csv',
  'url',
  'absoluteUrl',
  'line',
] as const;
export const tablesResource: ResourceSpec = {
  name: 'tables',
  path: 'data/tables.csv',
  title: 'Tables',
  description: 'One row per table of a text; its rows are in table-rows.csv and its cells in its own CSV (column csv).',
  primaryKey: 'id',
  foreignKeys: [bySource],
  fields: tableFields.map((name) => ({
    name,
    schema:
      ({ columns: z.number().int(), rows: z.number().int(), csv: text, absoluteUrl: text } as Record<string, z.ZodType>)[name] ??
      tableSchema.shape[name as keyof typeof tableSchema.shape],
    description: {
      id: 'Stable id of the table (never reused); the anchor of its permalink.',
      source: 'The source document’s slug (sources.csv).',
      jurisdiction: 'Jurisdiction as written in Chinese.',
      chapterNumber: 'Chapter number (0 for front text).',
      sectionNumber: 'Section number within the chapter (0 before the first section).',
      number: 'The table’s count within its section, from 1.',
      caption: 'The caption as written (表1  …), or the section’s title when the text gives none.',
      captionDerived: 'True when the text has no caption line and the caption is the section’s title.',
      columns: 'Number of columns.',
      rows: 'Number of body rows (the header not counted).',
      csv: 'The table’s own CSV on this site (relative): its header and cells.',
      url: 'Permalink on this site (relative).',
      absoluteUrl: 'The same permalink as an absolute address.',
      line: 'Line in the published source text (sources/{source}.txt) where the table starts.',
    }[name],
  })),
};

const inheritedDescription = `Names of the columns whose cell the text leaves empty under a merged cell, filled here from the row above, joined by ${columnSeparator} (pandas: .str.split('${columnSeparator}'); R: strsplit(x, '${columnSeparator}', fixed = TRUE)); missing when every cell is written.`;
const totalDescription = `True when the row’s label (first cell, whitespace normalised) is ${totalsLabels.join(', ')}: a totals or subtotals row, to leave out when summing.`;

export const tableRowFields = ['row_id', 'table_id', 'source', 'row_number', 'label', 'label_as_written', 'is_total', 'inherited_columns', 'url', 'absoluteUrl'] as const;
export const tableRowsResource: ResourceSpec = {
  name: 'table-rows',
  path: 'data/table-rows.csv',
  title: 'Table rows',
  description: 'One row per body row of every table: its id (the anchor of the row on the reading page), label, totals flag and inherited cells.',
  primaryKey: 'row_id',
  foreignKeys: [{ fields: 'table_id', reference: { resource: 'tables', fields: 'id' } }, bySource],
  fields: tableRowFields.map((name) => ({
    name,
    schema: ({ row_number: z.number().int(), is_total: z.boolean() } as Record<string, z.ZodType>)[name] ?? text,
    description: {
      row_id: 'Stable id of the row, {table}-r{n} as minted by ingest; the anchor of the row on the reading page.',
      table_id: 'The table (tables.csv id).',
      source: 'The source document’s slug (sources.csv).',
      row_number: 'The row’s place under the header, from 1.',
      label: 'The row’s first cell with its whitespace normalised (渠  县 and 渠　县 → 渠县).',
      label_as_written: 'The row’s first cell as written (tables.json keeps every cell so).',
      is_total: totalDescription,
      inherited_columns: inheritedDescription,
      url: 'Permalink of the row (relative).',
      absoluteUrl: 'The same permalink as an absolute address.',
    }[name],
  })),
};

/** A table's own CSV: the row id, its columns (header and cells whitespace-normalised), the totals flag and the inherited columns. */
export function tableResource(table: { id: string; caption: string; header: string[] }): ResourceSpec {
  const columns = tableColumns(table.header);
  return {
    name: `table-${table.id}`,
    path: `data/tables/${table.id}.csv`,
    title: table.caption,
    description: `Table ${table.id}, one row per body row: its row id, its cells with whitespace normalised (as written in tables.json), merged cells filled from the row above and named in ${inheritedColumn}.`,
    primaryKey: rowIdColumn,
    foreignKeys: [{ fields: rowIdColumn, reference: { resource: 'table-rows', fields: 'row_id' } }],
    fields: [
      { name: rowIdColumn, schema: text, description: 'Stable id of the row (table-rows.csv row_id); the anchor of the row on the reading page.' },
      ...columns.map((name, c) => ({ name, schema: text, description: `Column “${table.header[c]}” as the header writes it; cells with whitespace normalised.` })),
      { name: totalColumn, schema: z.boolean(), description: totalDescription },
      { name: inheritedColumn, schema: text, description: inheritedDescription },
    ],
  };
}

/** Every resource of the package, tables after the fixed files. */
export function openDataResources(tables: Array<{ id: string; caption: string; header: string[] }>): ResourceSpec[] {
  return [
    sourcesResource,
    measuresResource,
    panelsResource,
    themesResource,
    adoptionResource,
    counterpartsResource,
    evaluationSetsResource,
    evaluationMeasuresResource,
    evaluationLabelsResource,
    indicatorsResource,
    citationsResource,
    chainsResource,
    structuresResource,
    tablesResource,
    tableRowsResource,
    ...tables.map(tableResource),
  ];
}

/**
 * A source text as a resource of the package: the file the site was built from (for an earlier
 * edition, that edition's file), its size and sha256, and where it comes from (the settings).
 */
export function sourceTextResource(text: Omit<SourceText, 'text'>, settings: SourceSettings): TextResource {
  const status = text.status ?? (text.current ? settings.status : undefined);
  return {
    name: text.current ? `text-${text.source}` : `text-${text.source}.${text.edition}`,
    path: text.path,
    title: text.current ? settings.title : `${settings.title}（${text.label}）`,
    description: text.current
      ? `The text of ${settings.title} exactly as the site was built from it: UTF-8 without a byte order mark, LF line ends. Every line column of the CSVs (measures, panels, tables) with source ${text.source} counts lines in it, from 1.`
      : `Edition ${text.label} (${text.edition}) of ${settings.title}, kept as an earlier text: UTF-8 without a byte order mark, LF line ends. The CSVs are built from the current text.`,
    profile: 'data-resource',
    format: 'txt',
    mediatype: 'text/plain',
    encoding: 'utf-8',
    bytes: text.bytes,
    hash: `sha256:${text.sha256}`,
    lines: text.lines,
    source: text.source,
    edition: text.edition,
    editionLabel: text.label,
    current: text.current,
    ...(status ? { status } : {}),
    ...(text.date ? { editionDate: text.date } : {}),
    sources: [
      {
        title: settings.title,
        ...(settings.url ? { path: settings.url } : {}),
        ...(settings.issuer ? { issuer: settings.issuer } : {}),
        ...(settings.documentNumber ? { documentNumber: settings.documentNumber } : {}),
        ...(settings.dates.issued ? { issued: settings.dates.issued } : {}),
        ...(settings.dates.adopted ? { adopted: settings.dates.adopted } : {}),
        ...(settings.dates.effective ? { effective: settings.dates.effective } : {}),
        ...(settings.dates.revised.length ? { revised: settings.dates.revised.join(', ') } : {}),
        ...(settings.status ? { status: settings.status } : {}),
      },
    ],
  };
}

/** Every source text as a resource, in the order of the sources. */
export function sourceTextResources(texts: Array<Omit<SourceText, 'text'>>, sources: SourceSettings[]): TextResource[] {
  return sources.flatMap((settings) => texts.filter((t) => t.source === settings.slug).map((t) => sourceTextResource(t, settings)));
}
