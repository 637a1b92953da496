/**
 * Adds a text of one's own: `npm run add -- <file.txt> [--slug <slug>] [flags]`.
 *
 *   1. read the file        (refuse: missing, binary, not UTF-8, empty)
 *   2. detect its settings  (scripts/lib/detect-settings.ts; flags override what is detected)
 *   3. parse it as ingest would (scripts/lib/pipeline.ts + collect-records.ts), lossless check
 *   4. write {slug}.txt byte for byte and {slug}.json beside it, validated by the schema
 *   5. print what was found and what to check
 *
 * Nothing is written when any step refuses. `--dry-run` stops before step 4.
 */
import { constants } from 'node:fs';
import { access, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pinyin } from 'pinyin-pro';
import { readCorpusDocuments } from './lib/corpus-documents.ts';
import type { CorpusDocument } from '../src/lib/citations/resolve.ts';
import { kinds, levels, slugSchema, sourceSettings, statuses, type SourceSettings } from '../src/schemas/source.ts';
import { collectRecords, type SourceRecords } from './lib/collect-records.ts';
import type { Finding } from './lib/detect-findings.ts';
import { englishName, levelOf } from './lib/detect-metadata.ts';
import { detectSettings } from './lib/detect-settings.ts';
import { IngestError } from './lib/errors.ts';
import { formatZodIssues } from './lib/friendly-errors.ts';
import { parseSource } from './lib/pipeline.ts';
import { checkText } from './lib/read-source.ts';

/** A refusal: the message says what to do; nothing was written. */
export class AddError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AddError';
  }
}

/** What a person can say on the command line; each overrides what detection found. */
export interface AddOverrides {
  title?: string;
  jurisdiction?: string;
  jurisdictionEn?: string;
  level?: SourceSettings['level'];
  parents?: string[];
  kind?: SourceSettings['kind'];
  status?: SourceSettings['status'];
  issuer?: string;
  documentNumber?: string;
  url?: string;
  shortName?: string;
  role?: SourceSettings['role'];
  implements?: string[];
}

export interface AddOptions {
  /** The text to add. */
  file: string;
  /** Defaults to the file name without `.txt`, in lower case. */
  slug?: string;
  /** Where sources live (default `content/sources`). */
  sourcesDir?: string;
  /** Detect, parse and report, but write nothing. */
  dryRun?: boolean;
  overrides?: AddOverrides;
}

export interface AddResult {
  slug: string;
  /** The settings as written (before the schema's defaults are filled in). */
  settings: Record<string, unknown>;
  findings: Finding[];
  records: SourceRecords;
  /** Ingest's warnings about the text. */
  warnings: string[];
  /** Paths written; empty on a dry run. */
  written: string[];
}

const exists = (path: string) =>
  access(path, constants.F_OK).then(
    () => true,
    () => false,
  );

/** Reads the file as UTF-8 text, refusing what is not. */
async function readText(file: string): Promise<{ bytes: Buffer; text: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AddError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a text file' : `cannot read it (${code})`}`);
  }
  if (bytes.length === 0) throw new AddError(`${file}: the file is empty`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).toString('latin1').split('\n').length;
    throw new AddError(`${file}:${line}: the file holds a NUL byte: it is binary (a .docx or .pdf?), not text. Save it as plain text (UTF-8) and add that`);
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the line of the first invalid byte sequence, for the message.
    const decoded = new TextDecoder('utf-8').decode(bytes);
    const line = decoded.slice(0, decoded.indexOf('\uFFFD')).split('\n').length;
    throw new AddError(`${file}:${line}: the file is not valid UTF-8 (GBK?). Save it as UTF-8 text and add that`);
  }
  try {
    return { bytes, text: checkText(file, raw) };
  } catch (error) {
    if (error instanceof IngestError) throw new AddError(error.message);
    throw error;
  }
}

/** The slug named by the file: `mianyang-wuye.txt` → `mianyang-wuye`. */
export function slugFromFile(file: string): string {
  return basename(file)
    .replace(/\.txt$/i, '')
    .toLowerCase();
}

/** The titles of the documents already in the sources folder; none when one of their settings is broken (ingest will say which). */
async function corpusDocuments(sourcesDir: string): Promise<CorpusDocument[]> {
  try {
    return readCorpusDocuments(sourcesDir);
  } catch {
    return [];
  }
}

/** Field order of the settings file, as in the hand-written ones. */
const fieldOrder = [
  'slug',
  'jurisdiction',
  'jurisdictionEn',
  'level',
  'parents',
  'title',
  'shortName',
  'kind',
  'status',
  'issuer',
  'documentNumber',
  'dates',
  'url',
  'role',
  'implements',
  'notes',
  'titleLines',
  'frontTitle',
  'headings',
];

export async function addSource(options: AddOptions): Promise<AddResult> {
  const sourcesDir = options.sourcesDir ?? 'content/sources';
  const overrides = options.overrides ?? {};

  // 1. The slug and the file.
  const slug = options.slug ?? slugFromFile(options.file);
  const validSlug = slugSchema.safeParse(slug);
  if (!validSlug.success) {
    const given = options.slug ? `--slug ${slug}` : `the file name gives the slug "${slug}", which`;
    const suggestion = pinyin(slug.replace(/[^\p{Script=Han}a-z0-9]+/gu, ' '), { toneType: 'none', nonZh: 'consecutive', separator: '' })
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-[0-9]+(?=-|$)/g, '')
      .replace(/^[-0-9]+|-+$/g, '');
    const hint = suggestion && slugSchema.safeParse(suggestion).success ? ` (e.g. --slug ${suggestion})` : '';
    throw new AddError(`${given} is not a valid slug: ${validSlug.error.issues[0].message}. Give one with --slug${hint}`);
  }
  if (!(await exists(sourcesDir))) throw new AddError(`${sourcesDir}: no such folder (run the command from the project's root)`);
  for (const ext of ['txt', 'json']) {
    const path = join(sourcesDir, `${slug}.${ext}`);
    if (await exists(path)) throw new AddError(`${path} already exists: choose another slug with --slug, or remove the old source first`);
  }
  const { bytes, text } = await readText(options.file);

  // 2. Settings: what the text says, then what the flags say.
  const detection = detectSettings(text, { corpus: await corpusDocuments(sourcesDir) });
  const detected = detection.settings;
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const merged: Record<string, unknown> = { slug, role: 'local', ...detected, ...given };
  // What a flag gives replaces what was detected, and so does the level that follows a given jurisdiction.
  const replaced = new Set(Object.keys(given));
  const added: Finding[] = [];
  if (overrides.jurisdiction && !overrides.jurisdictionEn) {
    merged.jurisdictionEn = englishName(overrides.jurisdiction);
    replaced.add('jurisdictionEn');
    added.push({ severity: 'check', topic: 'jurisdictionEn', message: `English name by pinyin: ${merged.jurisdictionEn} — check (or give --jurisdiction-en)` });
  }
  if (overrides.jurisdiction && !overrides.level) {
    const level = levelOf(overrides.jurisdiction, text);
    if (level) {
      merged.level = level.level;
      replaced.add('level');
      added.push({
        severity: level.sure ? 'info' : 'check',
        topic: 'level',
        message: `level ${level.level}, from the name ${overrides.jurisdiction}${level.sure ? '' : ' — check'}`,
      });
    }
  }
  if (merged.parents === undefined) merged.parents = [];
  const findings = [...detection.findings.filter((finding) => !replaced.has(finding.topic) && !(finding.severity === 'missing' && merged[finding.topic] !== undefined)), ...added];
  if (!merged.parents || (merged.parents as string[]).length === 0) {
    if (!['national', 'province', 'municipality'].includes(String(merged.level))) {
      findings.push({ severity: 'check', topic: 'parents', message: 'parents not detected: add the jurisdictions above it, nearest first (e.g. --parents 某市,某省)' });
    }
  }
  const missing = findings.filter((finding) => finding.severity === 'missing');
  if (missing.length) {
    throw new AddError(
      `cannot add ${options.file} yet; nothing was written:\n${missing.map((m) => `  - ${m.message}`).join('\n')}\n\nWhat was detected:\n${formatFindings(findings.filter((f) => f.severity !== 'missing'))}`,
    );
  }
  const settings = Object.fromEntries(fieldOrder.filter((key) => merged[key] !== undefined).map((key) => [key, merged[key]]));
  const valid = sourceSettings.safeParse(settings);
  if (!valid.success) throw new AddError(`the settings would be invalid; nothing was written:\n${formatZodIssues(valid.error)}`);

  // 3. Parse it as ingest will, and refuse what ingest would refuse.
  const path = join(sourcesDir, `${slug}.txt`);
  const parsed = parseSource({ settings: valid.data, path, text });
  const records = collectRecords(parsed);
  if (!records.lossless.ok) {
    const { offset } = records.lossless.difference!;
    throw new AddError(`${path}: ingest would change the text at character ${offset}; nothing was written. Please report this with the text`);
  }
  findings.push(...structureFindings(records, Object.keys(detection.matches).length));

  // 4. Write the text byte for byte, then its settings.
  const written: string[] = [];
  if (!options.dryRun) {
    const settingsPath = join(sourcesDir, `${slug}.json`);
    await writeFile(path, bytes, { flag: 'wx' });
    await writeFile(settingsPath, `${JSON.stringify(settings, null, 2)}\n`, { flag: 'wx' });
    written.push(path, settingsPath);
  }
  return { slug, settings, findings, records, warnings: parsed.warnings, written };
}

/** What the parse shows that a person should look at. */
function structureFindings(records: SourceRecords, stylesSeen: number): Finding[] {
  const out: Finding[] = [];
  const { chapters, measures } = records;
  const headed = chapters.filter((c) => c.heading);
  if (headed.length === 0 && stylesSeen === 0) {
    out.push({ severity: 'check', topic: 'structure', message: 'no chapter headings: everything is in one part' });
  }
  const long = measures.filter((m) => m.text.length > 1500);
  if (long.length) {
    out.push({
      severity: 'check',
      topic: 'structure',
      message: `${long.length} measure${long.length === 1 ? ' is' : 's are'} over 1,500 characters (${long
        .slice(0, 3)
        .map((m) => m.id)
        .join(', ')}): a heading style missed?`,
    });
  }
  return out;
}

const mark: Record<Finding['severity'], string> = { info: ' ', check: '?', missing: '!' };

export function formatFindings(findings: Finding[]): string {
  return findings.map((f) => `  ${mark[f.severity]} ${f.message}`).join('\n');
}

/** The report printed after an add. */
export function formatReport(result: AddResult): string {
  const { stats } = result.records.document;
  const articles = result.records.measures.filter((m) => /^第.+条$/.test(m.label)).length;
  const lines = [
    result.written.length ? `Added ${result.slug}:\n${result.written.map((p) => `  ${p}`).join('\n')}` : `Dry run: nothing written for ${result.slug}.`,
    '',
    'Found:',
    `  chapters ${stats.chapters}, sections ${stats.sections}, measures ${stats.measures}${articles ? ` (${articles} of them articles 第X条)` : ''}, tables ${stats.tables}, panels ${stats.panels}; chars in ${stats.charsIn} = out ${stats.charsOut}`,
    ...result.records.chapters.map((c) => `  ${c.number}. ${c.heading || c.title}${c.sections.length ? ` (${c.sections.length} sections)` : ''}`),
    '',
    'Detected (? = a guess to check):',
    formatFindings(result.findings),
  ];
  if (result.warnings.length) lines.push('', 'Ingest warnings:', ...result.warnings.map((w) => `  ${w}`));
  lines.push(
    '',
    'Settings:',
    JSON.stringify(result.settings, null, 2).replace(/^/gm, '  '),
    '',
    result.written.length
      ? `Next: check the lines marked ?, edit ${result.written[1]} where a guess is wrong, then run \`npm run ingest\` (or \`npm start\`).`
      : 'Run again without --dry-run to write the files.',
  );
  return lines.join('\n');
}

const usage = `Usage: npm run add -- <file.txt> [--slug <slug>] [options]

Copies the text into content/sources/{slug}.txt, detects its settings, writes {slug}.json,
parses it as ingest will and prints what it found and what to check.

Options (each overrides what is detected):
  --slug <slug>            URL name, e.g. mianyang-wuye (default: the file name)
  --title <title>          the document's full title
  --jurisdiction <name>    e.g. 绵阳市
  --jurisdiction-en <name> e.g. Mianyang (default: by pinyin)
  --level <level>          ${levels.join(' | ')}
  --parents <a,b>          jurisdictions above it, nearest first: 某市,某省
  --kind <kind>            ${kinds.join(' | ')}
  --status <status>        ${statuses.join(' | ')}
  --issuer <body>          issuing body as printed
  --document-number <文号>  e.g. 川委发〔2020〕1号
  --url <url>              where the original is published
  --short-name <name>      short name beside other documents of the jurisdiction
  --role <role>            local (default) | framework
  --implements <a,b>       slugs of corpus documents it implements
  --sources-dir <dir>      default content/sources
  --dry-run                detect and report, write nothing`;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new AddError(`--${name} ${value}: must be one of ${allowed.join(', ')}`);
  return value as T;
}

const list = (value: string | undefined) =>
  value
    ?.split(/[,，、]/)
    .map((item) => item.trim())
    .filter(Boolean);

export function parseCommandLine(argv: string[]): AddOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      title: { type: 'string' },
      jurisdiction: { type: 'string' },
      'jurisdiction-en': { type: 'string' },
      level: { type: 'string' },
      parents: { type: 'string' },
      kind: { type: 'string' },
      status: { type: 'string' },
      issuer: { type: 'string' },
      'document-number': { type: 'string' },
      url: { type: 'string' },
      'short-name': { type: 'string' },
      role: { type: 'string' },
      implements: { type: 'string' },
      'sources-dir': { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new AddError(`give exactly one text file\n\n${usage}`);
  return {
    file: positionals[0],
    slug: values.slug,
    sourcesDir: values['sources-dir'],
    dryRun: values['dry-run'],
    overrides: {
      title: values.title,
      jurisdiction: values.jurisdiction,
      jurisdictionEn: values['jurisdiction-en'],
      level: oneOf('level', values.level, levels),
      parents: list(values.parents),
      kind: oneOf('kind', values.kind, kinds),
      status: oneOf('status', values.status, statuses),
      issuer: values.issuer,
      documentNumber: values['document-number'],
      url: values.url,
      shortName: values['short-name'],
      role: oneOf('role', values.role, ['local', 'framework'] as const),
      implements: list(values.implements),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const options = parseCommandLine(process.argv.slice(2));
    if (options === 'help') {
      console.log(usage);
    } else {
      console.log(formatReport(await addSource(options)));
    }
  } catch (error) {
    if (error instanceof AddError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`add: ${(error as Error).message}`);
      process.exit(1);
    }
    throw error;
  }
}
