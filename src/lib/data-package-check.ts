/**
 * Checks a tabular data package against its CSVs as a Frictionless validator does: each header
 * equals the schema's field names, each cell parses as its field's type (or is a missing value),
 * primary keys are unique and foreign keys resolve. Returns the problems, empty when the data is valid.
 */
import { createHash } from 'node:crypto';
import { parseCsv } from './csv.ts';

interface Field {
  name: string;
  type: string;
}
interface Schema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: string | string[];
  foreignKeys?: Array<{ fields: string | string[]; reference: { resource: string; fields: string | string[] } }>;
}
/** A tabular resource has a schema; any other (a source text) is checked against its `bytes` and `hash`. */
interface Resource {
  name: string;
  path: string;
  schema?: Schema;
  bytes?: number;
  hash?: string;
}

const list = (keys: string | string[]) => (Array.isArray(keys) ? keys : [keys]);

const parses: Record<string, (cell: string) => boolean> = {
  string: () => true,
  integer: (cell) => /^-?\d+$/.test(cell),
  number: (cell) => /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(cell),
  boolean: (cell) => cell === 'true' || cell === 'false',
};

export function checkPackage(pkg: { resources: Resource[] }, readText: (path: string) => string): string[] {
  const problems: string[] = [];
  const tables = new Map<string, { header: string[]; rows: string[][] }>();
  for (const resource of pkg.resources) {
    const { schema } = resource;
    if (!schema) {
      problems.push(...checkFile(resource, readText(resource.path)));
      continue;
    }
    const [header = [], ...rows] = parseCsv(readText(resource.path));
    tables.set(resource.name, { header, rows });
    const names = schema.fields.map((f) => f.name);
    if (new Set(names).size !== names.length) problems.push(`${resource.path}: field names repeat: ${names.join(', ')}`);
    if (header.join('\u0000') !== names.join('\u0000')) problems.push(`${resource.path}: header [${header.join(', ')}] is not the schema's [${names.join(', ')}]`);
    const missing = new Set(schema.missingValues ?? ['']);
    rows.forEach((row, r) => {
      if (row.length !== names.length) problems.push(`${resource.path}:${r + 2}: ${row.length} cells, ${names.length} fields`);
      schema.fields.forEach((field, c) => {
        const cell = row[c] ?? '';
        const parse = parses[field.type];
        if (!parse) problems.push(`${resource.path}: field ${field.name} has unknown type ${field.type}`);
        else if (!missing.has(cell) && !parse(cell)) problems.push(`${resource.path}:${r + 2}: ${field.name} = ${JSON.stringify(cell)} is not ${field.type}`);
      });
    });
  }
  const keyOf = (table: { header: string[] }, row: string[], keys: string[]) => keys.map((k) => row[table.header.indexOf(k)] ?? '').join('\u0000');
  for (const resource of pkg.resources) {
    const table = tables.get(resource.name);
    const { schema } = resource;
    if (!schema || !table) continue;
    const { primaryKey, foreignKeys = [] } = schema;
    const missing = new Set(schema.missingValues ?? ['']);
    if (primaryKey) {
      const keys = list(primaryKey);
      const seen = new Set<string>();
      table.rows.forEach((row, r) => {
        const key = keyOf(table, row, keys);
        if (seen.has(key)) problems.push(`${resource.path}:${r + 2}: primary key (${keys.join(', ')}) ${JSON.stringify(key)} repeats`);
        seen.add(key);
      });
    }
    for (const fk of foreignKeys) {
      const target = tables.get(fk.reference.resource);
      if (!target) {
        problems.push(`${resource.path}: foreign key refers to resource ${fk.reference.resource}, which the package does not have`);
        continue;
      }
      const targetKeys = new Set(target.rows.map((row) => keyOf(target, row, list(fk.reference.fields))));
      table.rows.forEach((row, r) => {
        const cells = list(fk.fields).map((k) => row[table.header.indexOf(k)] ?? '');
        if (cells.every((cell) => missing.has(cell))) return; // a missing reference refers to nothing
        const key = cells.join('\u0000');
        if (!targetKeys.has(key)) problems.push(`${resource.path}:${r + 2}: ${list(fk.fields).join(', ')} ${JSON.stringify(key)} is not in ${fk.reference.resource}`);
      });
    }
  }
  return problems;
}

/** A file resource as Frictionless integrity checks read it: its size in bytes and its `sha256:` hash match the file. */
function checkFile(resource: Resource, text: string): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (resource.bytes !== undefined && resource.bytes !== bytes) problems.push(`${resource.path}: ${bytes} bytes, the package says ${resource.bytes}`);
  const [algorithm, digest] = resource.hash?.includes(':') ? resource.hash.split(':') : ['md5', resource.hash];
  if (digest !== undefined && createHash(algorithm).update(text, 'utf8').digest('hex') !== digest) problems.push(`${resource.path}: its ${algorithm} is not the package's hash`);
  if (text.startsWith('\uFEFF')) problems.push(`${resource.path}: starts with a byte order mark`);
  return problems;
}
