/** The data package a researcher loads with a Frictionless reader: complete, valid, keyed, licensed. */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { checkPackage } from '../../src/lib/data-package-check.ts';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { pageTree, readJson } from '../support/dist.ts';
import { shippedExpectations, stated } from '../support/expectation-schema.ts';
import { readCurated } from '../../scripts/lib/curated.ts';
import {
  adoptionEvaluationFileSchema,
  counterpartsEvaluationFileSchema,
  curatedFiles,
  curatedNamesWith,
  type AdoptionEvaluationFile,
  type CounterpartsEvaluationFile,
} from '../../src/schemas/curated.ts';

interface Field {
  name: string;
  type: string;
  description: string;
}
interface Resource {
  name: string;
  path: string;
  format: string;
  bytes?: number;
  hash?: string;
  source?: string;
  current?: boolean;
  sources?: Array<Record<string, string>>;
  schema: {
    fields: Field[];
    missingValues: string[];
    primaryKey?: string | string[];
    foreignKeys?: Array<{ fields: string | string[]; reference: { resource: string; fields: string | string[] } }>;
  };
}
interface Package {
  licenses: Array<{ name: string }>;
  sources: Array<{ title: string; slug: string; path?: string; issuer?: string }>;
  resources: Resource[];
}

const pkg = readJson<Package>('data/datapackage.json');
const csv = (path: string) => parseCsv(readFileSync(`dist/${path}`, 'utf8'));

/** The Frictionless Data Package reader for JavaScript (datapackage-js), loaded from its CommonJS build. */
interface FrictionlessResource {
  name: string;
  tabular: boolean;
  read(options: { keyed: boolean; relations: boolean }): Promise<Array<Record<string, unknown>>>;
}
const { Package } = createRequire(import.meta.url)('datapackage') as {
  Package: { load(descriptor: unknown, options: { basePath: string }): Promise<{ valid: boolean; errors: unknown[]; resources: FrictionlessResource[] }> };
};

describe('the data package', () => {
  it('is valid to the Frictionless reader, which reads every resource with its types and resolves every foreign key', async () => {
    const loaded = await Package.load(pkg, { basePath: 'dist' });
    expect(loaded.errors.map(String)).toEqual([]);
    expect(loaded.valid).toBe(true);
    const counts: Record<string, number> = {};
    for (const resource of loaded.resources.filter((r) => r.tabular)) counts[resource.name] = (await resource.read({ keyed: true, relations: true })).length;
    const tables = readJson<Array<{ rows: string[][] }>>('data/tables.json');
    expect(counts).toMatchObject({ sources: 5, measures: 324, panels: 19, tables: tables.length, 'table-rows': tables.flatMap((t) => t.rows).length });
    const measures = await loaded.resources.find((r) => r.name === 'measures')!.read({ keyed: true, relations: false });
    expect(measures[0]).toMatchObject({ id: expect.any(String), chapterNumber: expect.any(Number) });
  });

  it('validates: every header is its field list, every cell its type, every primary key unique, every foreign key resolved', () => {
    expect(checkPackage(pkg, (path) => readFileSync(`dist/${path}`, 'utf8'))).toEqual([]);
  });

  it('lists every CSV and source text the site publishes, and nothing that is not there', () => {
    const published = [
      ...readdirSync('dist/data')
        .filter((f) => f.endsWith('.csv'))
        .map((f) => `data/${f}`),
      ...readdirSync('dist/data/tables').map((f) => `data/tables/${f}`),
    ].sort();
    expect(
      pkg.resources
        .filter((r) => r.format === 'csv')
        .map((r) => r.path)
        .sort(),
    ).toEqual(published);
    const texts = readdirSync('dist/data/sources', { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => `${f.parentPath}/${f.name}`.replace(/^dist\//, ''));
    expect(
      pkg.resources
        .filter((r) => r.format === 'txt')
        .map((r) => r.path)
        .sort(),
    ).toEqual(texts.sort());
    expect(pkg.resources.map((r) => r.name)).toEqual(expect.arrayContaining(['sources', 'measures', 'panels', 'themes', 'adoption', 'indicators']));
  });

  it('describes every field and keys the records by their ids', () => {
    for (const resource of pkg.resources.filter((r) => r.schema))
      for (const field of resource.schema.fields) expect(field.description, `${resource.name}.${field.name}`).not.toBe('');
    const schema = (name: string) => pkg.resources.find((r) => r.name === name)!.schema;
    expect(schema('measures').primaryKey).toBe('id');
    expect(schema('panels').primaryKey).toBe('id');
    expect(schema('themes').foreignKeys).toContainEqual({ fields: 'measure_id', reference: { resource: 'measures', fields: 'id' } });
    expect(schema('adoption').foreignKeys).toContainEqual({ fields: 'article_id', reference: { resource: 'measures', fields: 'id' } });
    expect(schema('indicators').foreignKeys).toContainEqual({ fields: 'source', reference: { resource: 'sources', fields: 'slug' } });
    expect(schema('measures').fields.find((f) => f.name === 'line')!.type).toBe('number');
    expect(schema('tables').primaryKey).toBe('id');
    expect(schema('table-rows').primaryKey).toBe('row_id');
    expect(schema('table-rows').foreignKeys).toContainEqual({ fields: 'table_id', reference: { resource: 'tables', fields: 'id' } });
    expect(schema('indicators').foreignKeys).toContainEqual({ fields: 'row_id', reference: { resource: 'table-rows', fields: 'row_id' } });
    const tableSchemas = pkg.resources.filter((r) => r.path.startsWith('data/tables/')).map((r) => r.schema);
    expect(tableSchemas.length).toBeGreaterThan(0);
    for (const table of tableSchemas) {
      expect(table.primaryKey).toBe('row_id');
      expect(table.foreignKeys).toEqual([{ fields: 'row_id', reference: { resource: 'table-rows', fields: 'row_id' } }]);
      expect(table.fields.map((f) => [f.name, f.type]).filter(([name]) => ['row_id', 'is_total', 'inherited_columns'].includes(name))).toEqual([
        ['row_id', 'string'],
        ['is_total', 'boolean'],
        ['inherited_columns', 'string'],
      ]);
    }
  });

  it('states the data licence and where each source document came from', () => {
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC0-1.0']);
    for (const { slug, fact } of stated('a source’s entry in datapackage.json (openData.package)', (e) => e.openData?.package)) {
      expect(pkg.sources.find((s) => s.slug === slug)).toMatchObject(fact);
    }
    expect(pkg.sources).toHaveLength(shippedExpectations().length);
  });

  it('publishes the panels as data, JSON and CSV alike', () => {
    const panels = readJson<Array<{ id: string; title: string; text: string; url: string }>>('data/panels.json');
    expect(panels).toHaveLength(shippedExpectations().reduce((n, { expected }) => n + expected.panels, 0));
    const [header, ...rows] = csv('data/panels.csv');
    expect(header).toEqual(['id', 'source', 'jurisdiction', 'chapterNumber', 'sectionNumber', 'number', 'title', 'text', 'url', 'absoluteUrl', 'line']);
    expect(rows.map((row) => [row[0], row[6], row[7]])).toEqual(panels.map((p) => [p.id, p.title, p.text]));
    for (const { fact } of stated('a panel of the open data (openData.panel)', (e) => e.openData?.panel)) expect(panels.find((p) => p.id === fact.id)).toMatchObject(fact.fields);
  });

  it('publishes every hand-labelled evaluation set: its draw and use, each drawn measure, each positive and near label, as the curated files have them', () => {
    const files = [...curatedNamesWith(adoptionEvaluationFileSchema), ...curatedNamesWith(counterpartsEvaluationFileSchema)].flatMap((name) => {
      const file = readCurated(name) as AdoptionEvaluationFile | CounterpartsEvaluationFile | undefined;
      return file ? [{ path: curatedFiles[name].path, file }] : [];
    });
    const [setHeader, ...sets] = csv('data/evaluation-sets.csv');
    const [measureHeader, ...measures] = csv('data/evaluation-measures.csv');
    const [labelHeader, ...labels] = csv('data/evaluation-labels.csv');
    const column = (header: string[], name: string) => header.indexOf(name);
    const setOf = (row: string[], header: string[]) => row[column(header, 'set')];
    expect(sets.map((row) => `${row[column(setHeader, 'set')]}.json`)).toEqual(files.map((f) => f.path));
    for (const { path, file } of files) {
      const set = path.replace(/\.json$/, '');
      const row = sets.find((r) => setOf(r, setHeader) === set)!;
      expect(row[column(setHeader, 'command')]).toBe(file.sampling.command);
      expect(row[column(setHeader, 'role')]).toBe(file.secondOf ? '' : (file.use?.role ?? 'development'));
      expect(row[column(setHeader, 'second_of')]).toBe(file.secondOf ?? '');
      // Counted from the file: every drawn measure, and every positive and near label.
      expect(measures.filter((r) => setOf(r, measureHeader) === set).map((r) => r[column(measureHeader, 'measure_id')])).toEqual(file.measures.map((m) => m.measure));
      const positives = file.measures.flatMap((m) => ('adopts' in m ? m.adopts.map((a) => `${m.measure}>${a.article}`) : m.counterparts.map((c) => `${m.measure}>${c.measure}`)));
      const near = file.measures.flatMap((m) => m.near.map((n) => `${m.measure}>${'article' in n ? n.article : n.measure}`));
      const mine = labels.filter((r) => setOf(r, labelHeader) === set);
      const pairsLabelled = (kind: string[]) =>
        mine.filter((r) => kind.includes(r[column(labelHeader, 'label')])).map((r) => `${r[column(labelHeader, 'measure_id')]}>${r[column(labelHeader, 'unit_id')]}`);
      expect(pairsLabelled(['adopts', 'counterpart']).sort()).toEqual(positives.sort());
      expect(pairsLabelled(['near']).sort()).toEqual(near.sort());
      expect(mine.every((r) => r[column(labelHeader, 'reason')].length > 0)).toBe(true);
    }
  });

  it('flattens themes.json and adoption.json into one row per pair', () => {
    const themes = readJson<{ themes: Array<{ id: string; measures: Record<string, Array<{ id: string; via: string }>> }> }>('data/themes.json');
    const pairs = themes.themes.flatMap((t) =>
      Object.values(t.measures)
        .flat()
        .map((m) => [m.id, t.id, m.via]),
    );
    expect(
      csv('data/themes.csv')
        .slice(1)
        .map((row) => row.slice(0, 3)),
    ).toEqual(pairs);
    const adoption = readJson<{
      matches: Array<{ measure: string; article: string; framework: string; score: number; adopts: boolean; detected: boolean; review: { file: string } | null }>;
    }>('data/adoption.json');
    expect(
      csv('data/adoption.csv')
        .slice(1)
        .map((row) => [row[0], row[1], row[2], Number(row[5]), row[6], row[7], row[8]]),
    ).toEqual(adoption.matches.map((m) => [m.measure, m.article, m.framework, m.score, String(m.adopts), String(m.detected), m.review?.file ?? '']));
  });

  it('gives each source an absolute address beside its relative one', () => {
    const [header, ...rows] = csv('data/sources.csv');
    const at = (name: string) => header.indexOf(name);
    for (const row of rows) expect(row[at('absoluteUrl')]).toMatch(new RegExp(`^https?://[^/]+${row[at('url')].replace(/\//g, '\\/')}$`));
  });

  it('gives every measure and panel an absolute address beside its permalink, and null for a missing line in JSON', () => {
    const measures = readJson<Array<{ url: string; absoluteUrl: string; line: number | null }>>('data/measures.json');
    for (const m of measures) expect(m.absoluteUrl).toMatch(new RegExp(`^https?://[^/]+${m.url.replace(/[/#]/g, '\\$&')}$`));
    expect(measures.every((m) => m.line === null || Number.isInteger(m.line))).toBe(true);
  });

  it('writes indicators a spreadsheet reads as text and R reads as numbers: operators in words, attributes normalised, years as integers', () => {
    const json = readJson<Array<Record<string, string | number | null>>>('data/indicators.json');
    const [header, ...rows] = csv('data/indicators.csv');
    const col = (name: string) => rows.map((row) => row[header.indexOf(name)]);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(new Set(col('operator'))).toEqual(new Set(['equal', 'at_least', 'range']));
    expect(new Set(col('attribute'))).toEqual(new Set(['', '约束性', '预期性']));
    expect(new Set(col('attribute_as_written'))).toEqual(new Set(['', '约束性', '预期性', '约束型', '预期型']));
    expect(col('year').every((y) => y === '' || /^20\d\d$/.test(y))).toBe(true);
    expect(json.filter((r) => r.attribute_as_written === '约束型').every((r) => r.attribute === '约束性')).toBe(true);
    expect(json.filter((r) => r.year !== null).every((r) => Number.isInteger(r.year))).toBe(true);
    expect(json.filter((r) => r.year === null).length).toBe(col('year').filter((y) => y === '').length);
    expect(json.find((r) => r.operator === 'range')).toMatchObject({ operator_symbol: 'a≤x≤b', max: expect.any(Number) });
    expect(json.find((r) => r.operator === 'equal')).toMatchObject({ operator_symbol: 'x=', max: null });
  });

  it('flattens citations and structures: one row per place cited, one row per level of a chain', () => {
    const citations = readJson<Array<{ title: string; places: Array<{ unit: string; cited: string }> }>>('data/citations.json');
    expect(
      csv('data/citations.csv')
        .slice(1)
        .map((row) => [row[0], row[1], row[5]]),
    ).toEqual(citations.flatMap((d) => d.places.map((p) => [d.title, p.cited, p.unit])));
    const { chains } = readJson<{ chains: Array<{ id: string; levels: string[] }> }>('data/structures.json');
    expect(
      csv('data/chains.csv')
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(chains.map((c) => c.id));
    expect(
      csv('data/structures.csv')
        .slice(1)
        .map((row) => row.slice(0, 3)),
    ).toEqual(chains.flatMap((c) => c.levels.map((level, i) => [c.id, String(i + 1), level])));
  });

  it('shows on /data/ a data dictionary that lists every field of every flat file as the package does, and the licence', () => {
    const page = pageTree('dist/data/index.html');
    const listed = selectAll('.data-dictionary', page).map((section) => ({
      path: toString(selectAll('h3 a', section)[0]),
      fields: selectAll('tbody tr', section).map((row) => selectAll('td', row).map((cell) => toString(cell))),
    }));
    const flat = pkg.resources.filter((r) => r.schema && !r.path.startsWith('data/tables/'));
    expect(listed).toEqual(flat.map((r) => ({ path: r.path.replace('data/', ''), fields: r.schema.fields.map((f) => [f.name, f.type, f.description]) })));
    expect(toString(page)).toContain('CC0-1.0');
    expect(toString(page)).toContain('MIT');
  });
});
