/** The data package: types read from the schemas, provenance from the settings, and a checker that catches bad data. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkPackage } from '../../src/lib/data-package-check.ts';
import { dataPackage, fieldType, rowOf, type ResourceSpec } from '../../src/lib/data-package.ts';
import { parseCsv, toCsv, toDataCsv } from '../../src/lib/csv.ts';
import { sourceSettings } from '../../src/schemas/source.ts';

const places: ResourceSpec = {
  name: 'places',
  path: 'data/places.csv',
  title: 'Places',
  description: 'Fixture places.',
  primaryKey: 'slug',
  fields: [
    { name: 'slug', schema: z.string(), description: 'Id.' },
    { name: 'rank', schema: z.number().int(), description: 'Rank.' },
  ],
};
const notes: ResourceSpec = {
  name: 'notes',
  path: 'data/notes.csv',
  title: 'Notes',
  description: 'Fixture notes.',
  primaryKey: ['place', 'n'],
  foreignKeys: [{ fields: 'place', reference: { resource: 'places', fields: 'slug' } }],
  fields: [
    { name: 'place', schema: z.string(), description: 'Place.' },
    { name: 'n', schema: z.number(), description: 'Count.' },
    { name: 'done', schema: z.boolean().optional(), description: 'Done.' },
  ],
};
const settings = sourceSettings.parse({
  slug: 'demo-city',
  jurisdiction: '示范市',
  jurisdictionEn: 'Demo City',
  level: 'prefecture',
  parents: [],
  title: '示范市城乡基层治理规划',
  kind: 'plan',
  issuer: '示范市人民政府',
  url: 'https://www.example.gov.cn/plan.html',
  role: 'local',
  headings: { chapter: ['zhang'] },
});
const pkg = dataPackage({ site: 'https://plans.example.org/', sources: [settings], resources: [places, notes] });
const files = (contents: Record<string, string>) => (path: string) => contents[path];

describe('the data package', () => {
  it('reads each field type from its schema: integers, numbers, booleans, everything else text', () => {
    expect(fieldType(z.number().int())).toBe('integer');
    expect(fieldType(z.number().optional())).toBe('number');
    expect(fieldType(z.boolean())).toBe('boolean');
    expect(fieldType(z.enum(['rule', 'include']))).toBe('string');
    expect(fieldType(z.array(z.string()))).toBe('string');
  });

  it('describes every resource with its fields, keys, missing values and CSV dialect', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.homepage).toBe('https://plans.example.org/data/');
    expect(pkg.resources[1]).toMatchObject({
      name: 'notes',
      path: 'data/notes.csv',
      format: 'csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: {
        fields: [
          { name: 'place', type: 'string', description: 'Place.' },
          { name: 'n', type: 'number', description: 'Count.' },
          { name: 'done', type: 'boolean', description: 'Done.' },
        ],
        missingValues: [''],
        primaryKey: ['place', 'n'],
        foreignKeys: [{ fields: 'place', reference: { resource: 'places', fields: 'slug' } }],
      },
    });
  });

  it('states a licence and where each source came from, from its settings', () => {
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/' })]);
    expect(pkg.sources).toEqual([
      {
        title: '示范市城乡基层治理规划',
        path: 'https://www.example.gov.cn/plan.html',
        issuer: '示范市人民政府',
        jurisdiction: '示范市',
        slug: 'demo-city',
        rights: 'public government document',
      },
    ]);
  });

  it('writes a missing value as an empty cell, in the order of the fields', () => {
    expect(rowOf(notes, { done: null, n: 2, place: 'a' })).toEqual(['a', 2, undefined]);
    expect(toDataCsv(['place', 'n', 'done'], [rowOf(notes, { place: 'a', n: 2 })])).toBe('place,n,done\r\na,2,\r\n');
  });

  it('writes the open data without a byte order mark, so the first column is named as the package names it', () => {
    expect(toDataCsv(['id'], [['a']]).charCodeAt(0)).toBe('i'.charCodeAt(0));
    expect(toCsv(['id'], [['a']]).charCodeAt(0)).toBe(0xfeff);
  });

  it('reads back quoted cells with commas, quotes and line breaks, ignoring the BOM', () => {
    expect(parseCsv(toCsv(['a', 'b'], [['x,"y"', '1\r\n2']]))).toEqual([
      ['a', 'b'],
      ['x,"y"', '1\r\n2'],
    ]);
  });
});

describe('the package checker', () => {
  const good = { 'data/places.csv': '\uFEFFslug,rank\r\na,1\r\nb,2\r\n', 'data/notes.csv': 'place,n,done\r\na,1,true\r\na,2.5,\r\nb,1,false\r\n' };

  it('finds nothing wrong with data that matches its package', () => {
    expect(checkPackage(pkg, files(good))).toEqual([]);
  });

  it('reports a header that differs from the fields', () => {
    expect(checkPackage(pkg, files({ ...good, 'data/places.csv': 'slug,order\r\na,1\r\n' }))).toContainEqual(expect.stringContaining('data/places.csv: header [slug, order]'));
  });

  it('reports a cell that does not parse as its type', () => {
    expect(checkPackage(pkg, files({ ...good, 'data/places.csv': 'slug,rank\r\na,1.5\r\nb,2\r\n' }))).toEqual(['data/places.csv:2: rank = "1.5" is not integer']);
  });

  it('reports a repeated primary key', () => {
    expect(checkPackage(pkg, files({ ...good, 'data/places.csv': 'slug,rank\r\na,1\r\na,2\r\nb,3\r\n' }))).toEqual([
      expect.stringContaining('data/places.csv:3: primary key (slug)'),
    ]);
  });

  it('reports a foreign key that resolves to nothing', () => {
    expect(checkPackage(pkg, files({ ...good, 'data/notes.csv': 'place,n,done\r\nc,1,true\r\n' }))).toEqual(['data/notes.csv:2: place "c" is not in places']);
  });

  it('lets a missing reference stand: an empty foreign key refers to nothing', () => {
    expect(checkPackage(pkg, files({ ...good, 'data/notes.csv': 'place,n,done\r\n,1,true\r\n' }))).toEqual([]);
  });
});
