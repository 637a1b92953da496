/** Reads one source text and its settings, and turns malformed input into clear errors. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sourceSettings, type SourceSettings } from '../../src/schemas/source.ts';
import { IngestError } from './errors.ts';
import { formatZodIssues } from './friendly-errors.ts';

export interface Source {
  settings: SourceSettings;
  /** Path shown in messages, relative to the project. */
  path: string;
  /** The text, with a BOM removed and line ends normalised to LF. Nothing else is changed. */
  text: string;
}

/** Longest line accepted. Real lines (a whole chapter on one line) stay under 10,000 characters. */
export const maxLineLength = 200_000;

export async function readSource(dir: string, slug: string): Promise<Source> {
  const path = join(dir, `${slug}.txt`);
  const settingsPath = join(dir, `${slug}.json`);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new IngestError(path, undefined, 'cannot read the text file');
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(settingsPath, 'utf8'));
  } catch (error) {
    throw new IngestError(settingsPath, undefined, `the settings file is missing or not valid JSON (${(error as Error).message})`);
  }
  const parsed = sourceSettings.safeParse(json);
  if (!parsed.success) throw new IngestError(settingsPath, undefined, `invalid settings:\n${formatZodIssues(parsed.error)}`);
  if (parsed.data.slug !== slug) {
    throw new IngestError(settingsPath, undefined, `"slug" is "${parsed.data.slug}" but the file is named ${slug}.json`);
  }
  return { settings: parsed.data, path, text: checkText(path, raw) };
}

/** Normalises what is harmless (BOM, CRLF) and rejects what a parser cannot read. */
export function checkText(path: string, raw: string): string {
  if (raw.includes('\uFFFD')) {
    const line = raw.slice(0, raw.indexOf('\uFFFD')).split('\n').length;
    throw new IngestError(path, line, 'the file is not valid UTF-8 (save it as UTF-8)');
  }
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError(path, undefined, 'the file is empty');
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(line);
    if (control) {
      const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      throw new IngestError(path, index + 1, `control character U+${code} at column ${control.index + 1}; remove it`);
    }
    if (line.length > maxLineLength) {
      throw new IngestError(path, index + 1, `line is ${line.length} characters long (limit ${maxLineLength}); is this a text file?`);
    }
  });
  return text;
}
