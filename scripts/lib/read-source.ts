/** Reads one source text and its settings, and turns malformed input into clear errors. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sourceSettings, type SourceSettings } from '../../src/schemas/source.ts';
import { IngestError } from './errors.ts';
import { formatZodIssues } from './friendly-errors.ts';
import { isInvisibleLine } from './invisible.ts';
import { bookmarkPattern } from '../plugins/remove-bookmarks.ts';

export interface Source {
  settings: SourceSettings;
  /** Path shown in messages, relative to the project. */
  path: string;
  /** The text, with a BOM removed and line ends normalised to LF. Nothing else is changed. */
  text: string;
}

/** Longest line accepted. Real lines (a whole chapter on one line) stay under 10,000 characters. */
export const maxLineLength = 200_000;

/**
 * The slugs of the sources in a folder: each `{slug}.txt` with its `{slug}.json`. A settings file
 * without its text, or a name ending in `.TXT`, is an error rather than a source silently missed.
 */
export async function listSources(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'ENOTDIR'
          ? 'is not a folder'
          : code === 'EACCES'
            ? 'cannot be read (permission denied)'
            : `cannot be read (${code ?? (error as Error).message})`;
    throw new IngestError(dir, undefined, `the sources folder ${why}; put the texts and their settings in content/sources/ (or pass the folder as the first argument)`);
  }
  for (const name of names) {
    const extension = /\.(txt|json)$/i.exec(name)?.[1];
    if (extension && extension !== extension.toLowerCase()) {
      throw new IngestError(join(dir, name), undefined, `rename it to ${name.toLowerCase()}: sources are named by their slug, in lower case, ending .txt and .json`);
    }
  }
  const texts = new Set(names.filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)));
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const slug = name.slice(0, -5);
    if (!texts.has(slug)) throw new IngestError(join(dir, name), undefined, `settings without a text: add ${slug}.txt beside it, or remove ${name}`);
  }
  if (texts.size === 0) throw new IngestError(dir, undefined, 'no source texts (*.txt) found');
  return [...texts].sort();
}

export async function readSource(dir: string, slug: string): Promise<Source> {
  return readSourceFiles(join(dir, `${slug}.txt`), join(dir, `${slug}.json`), slug);
}

/** One text and its settings file, wherever they are; `slug`, when given, must be the settings' slug. */
export async function readSourceFiles(path: string, settingsPath: string, slug?: string): Promise<Source> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new IngestError(
      path,
      undefined,
      `cannot read the text file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check that it exists and is readable`,
    );
  }
  const raw = decodeUtf8(path, bytes);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(settingsPath, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new IngestError(settingsPath, undefined, 'the settings file is missing: every text needs its settings (`{slug}.json`) beside it (`npm run add` writes one)');
    }
    throw new IngestError(settingsPath, undefined, `the settings file is missing or not valid JSON (${(error as Error).message})`);
  }
  const parsed = sourceSettings.safeParse(json);
  if (!parsed.success) throw new IngestError(settingsPath, undefined, `invalid settings:\n${formatZodIssues(parsed.error)}`);
  if (slug !== undefined && parsed.data.slug !== slug) {
    throw new IngestError(settingsPath, undefined, `"slug" is "${parsed.data.slug}" but the file is named ${slug}.json`);
  }
  const text = checkText(path, raw);
  checkTitleLines(settingsPath, text, parsed.data.titleLines);
  return { settings: parsed.data, path, text };
}

/**
 * Decodes UTF-8 strictly: only bytes that are not UTF-8 are refused, with their line. A U+FFFD
 * written in the text (bytes EF BF BD) is a character like any other.
 */
export function decodeUtf8(path: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const line = bytes.subarray(0, at).filter((byte) => byte === 0x0a).length + 1;
    throw new IngestError(path, line, `the file is not valid UTF-8 (byte ${at + 1} cannot be read); save it as UTF-8 (in Word or WPS: 另存为 → 纯文本 → UTF-8)`);
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1];
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f) || (byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}

/** `titleLines` must leave the document a body: it counts the text's first non-blank lines. */
function checkTitleLines(settingsPath: string, text: string, titleLines: number) {
  const nonBlank = text
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    // As ingest counts them: no blank lines, no lines of Word bookmark debris or invisible characters only.
    .filter(({ line }) => line.replace(bookmarkPattern, '').trim() !== '' && !isInvisibleLine(line));
  const lines = nonBlank.length;
  // Title lines are the text's first lines; a table cell among them means the count is wrong.
  const cell = nonBlank.slice(0, titleLines).find(({ line }) => line.startsWith('\t'));
  if (cell && titleLines < lines) {
    throw new IngestError(
      settingsPath,
      undefined,
      `"titleLines" is ${titleLines}, but line ${cell.number} among them is a table cell (starts with a TAB); set it to the number of title lines above the first table or heading`,
    );
  }
  if (titleLines >= lines) {
    throw new IngestError(
      settingsPath,
      undefined,
      `"titleLines" is ${titleLines}, but the text has only ${lines} non-blank lines; set it to the number of the document's own title lines at the top (usually 1 to 3, or 0)`,
    );
  }
}

/** Normalises what is harmless (BOM, CRLF) and rejects what a parser cannot read or show. */
export function checkText(path: string, raw: string): string {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError(path, undefined, 'the file is empty');
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    // C0 and C1 controls: no text export has them; they come from a wrong encoding or a binary file.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.exec(line);
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
