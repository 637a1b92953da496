/** Printing a page to an A4 PDF in Chromium and reading its text back with poppler's pdftotext. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface PrintedPdf {
  /** The text of every page, as pdftotext reads it. */
  text: string;
  /** Same text without any whitespace: line breaks fall anywhere in CJK text. */
  flat: string;
  /** Same, also without hyphens (see `flattenHyphens`). */
  flatNoHyphens: string;
  pages: number;
}

export const flatten = (text: string) => text.replace(/\s+/g, '');
/**
 * For text with hyphens (dates, URLs): pdftotext joins a line ending in "-" with the next and drops
 * the hyphen, as if the word were hyphenated, so hyphens are left out on both sides.
 */
export const flattenHyphens = (text: string) => flatten(text).replace(/-/g, '');

export async function printToPdf(page: Page): Promise<PrintedPdf> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
  const file = join(mkdtempSync(join(tmpdir(), 'plan-atlas-print-')), 'page.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return { text, flat: flatten(text), flatNoHyphens: flattenHyphens(text), pages };
}
