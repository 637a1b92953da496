/**
 * The Frictionless Data Package of /data/ (https://specs.frictionlessdata.io/data-package/): every
 * CSV the site publishes, its fields with types taken from the record schemas (src/schemas/) and
 * the descriptions written once here, its keys, the licence and each source's provenance. The CSV
 * endpoints write their columns from the same field lists, so header and package cannot drift.
 */
import { z } from 'astro/zod';
import type { SourceSettings } from '../schemas/source.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

export interface FieldSpec {
  name: string;
  /** The schema the values come from: the field's type is read from it. */
  schema: z.ZodType;
  description: string;
}

export interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

export interface ResourceSpec {
  name: string;
  /** Path under the site root, without the leading slash: `data/measures.csv`. */
  path: string;
  title: string;
  description: string;
  fields: FieldSpec[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
}

/** A Table Schema type from a Zod schema: integers, numbers and booleans as such; everything else text. */
export function fieldType(schema: z.ZodType): FieldType {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as { type?: string | string[]; anyOf?: Array<{ type?: string }> };
  const types = [json.type, ...(json.anyOf ?? []).map((option) => option.type)].flat().filter((t): t is string => typeof t === 'string' && t !== 'null');
  if (types.length === 1 && (types[0] === 'integer' || types[0] === 'number' || types[0] === 'boolean')) return types[0];
  return 'string';
}

/** Cells left empty in every CSV mean "no value" (the JSON files write null or leave the key out). */
export const missingValues = [''];

/**
 * The licence of the data. The texts are public government documents (laws, regulations and
 * documents of an administrative nature are outside copyright: 著作权法 第五条); what the site
 * derives from them — ids, structure, analyses — is dedicated to the public domain.
 */
export const dataLicence = {
  name: 'CC0-1.0',
  path: 'https://creativecommons.org/publicdomain/zero/1.0/',
  title: 'Creative Commons Zero v1.0 Universal (the derived data); the source texts are public government documents',
};

/**
 * A resource that is not a table: a source text, published byte for byte as the site was built
 * from it, with its size, hash and provenance (a Frictionless data resource).
 */
export interface TextResource {
  name: string;
  path: string;
  title: string;
  description: string;
  profile: 'data-resource';
  format: 'txt';
  mediatype: 'text/plain';
  encoding: 'utf-8';
  bytes: number;
  /** `sha256:` and the hex digest of the file's bytes. */
  hash: string;
  /** Where the text comes from: the document's title, original address, issuer, document number, dates. */
  sources: Array<Record<string, string>>;
  [property: string]: unknown;
}

export interface PackageOptions {
  /** The site's address (src/lib/site-address.ts), for the package's homepage and absolute paths. */
  site: string;
  sources: SourceSettings[];
  resources: ResourceSpec[];
  /** The source texts, after the tables; a package with texts is a data package, no longer only tabular. */
  texts?: TextResource[];
}

export function dataPackage({ site, sources, resources, texts = [] }: PackageOptions) {
  return {
    profile: texts.length ? 'data-package' : 'tabular-data-package',
    name: 'plan-atlas',
    title: '规划对照 Plan Atlas: policy texts as data',
    description:
      'Measures, panels, tables, indicators, theme tags and adoption scores read from public government documents, and the texts themselves. Every CSV is UTF-8 without a byte order mark, CRLF rows and RFC 4180 quoting; an empty cell is a missing value. Every `line` counts lines in the published source text (data/sources/{source}.txt).',
    homepage: new URL('/data/', site).href,
    licenses: [dataLicence],
    sources: sources.map((source) => ({
      title: source.title,
      ...(source.url ? { path: source.url } : {}),
      ...(source.issuer ? { issuer: source.issuer } : {}),
      ...(source.documentNumber ? { documentNumber: source.documentNumber } : {}),
      ...(source.dates.issued ? { issued: source.dates.issued } : {}),
      jurisdiction: source.jurisdiction,
      slug: source.slug,
      rights: 'public government document',
    })),
    resources: [...resources.map(tabularResource), ...texts],
  };
}

/** A CSV as a Frictionless tabular data resource: its dialect, fields with types, missing values and keys. */
function tabularResource(resource: ResourceSpec) {
  return {
    name: resource.name,
    path: resource.path,
    title: resource.title,
    description: resource.description,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: resource.fields.map((field) => ({ name: field.name, type: fieldType(field.schema), description: field.description })),
      missingValues,
      ...(resource.primaryKey ? { primaryKey: resource.primaryKey } : {}),
      ...(resource.foreignKeys ? { foreignKeys: resource.foreignKeys } : {}),
    },
  };
}

export type DataPackage = ReturnType<typeof dataPackage>;
export type TabularResource = ReturnType<typeof tabularResource>;

/** The package's CSVs, as against its plain-text resources (the source texts). */
export const isTabular = (resource: DataPackage['resources'][number]): resource is TabularResource => 'schema' in resource;

/** A CSV row in the order of a resource's fields; undefined and null become empty cells. */
export function rowOf(resource: Pick<ResourceSpec, 'fields'>, record: Record<string, unknown>): Array<string | number | undefined> {
  return resource.fields.map(({ name }) => {
    const value = record[name];
    return value === null || value === undefined ? undefined : typeof value === 'number' ? value : String(value);
  });
}
