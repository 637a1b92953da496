/**
 * A source text as the open data publishes it (content/generated/source-texts.json): the exact text
 * each edition was built from, so every `line` of the data points into a published file.
 */
import { z } from 'astro/zod';

export const sourceTextSchema = z.object({
  /** `{source}` for the current text, `{source}.editions/{edition}` for an earlier edition. */
  id: z.string(),
  source: z.string(),
  /** Edition id (`draft`, `final`, or the registry's `1`, `2`…). */
  edition: z.string(),
  label: z.string(),
  date: z.string().optional(),
  status: z.string().optional(),
  /** Whether this is the text the site's pages and records (and their `line`s) are built from. */
  current: z.boolean(),
  /** Where the site publishes it, without the leading slash: `data/sources/{id}.txt`. */
  path: z.string(),
  /** The text: UTF-8, no byte order mark, LF line ends (as ingest reads it; nothing else changed). */
  text: z.string(),
  /** sha256 of the text's UTF-8 bytes, in hex. */
  sha256: z.string(),
  bytes: z.number().int(),
  lines: z.number().int(),
});

export type SourceText = z.infer<typeof sourceTextSchema>;
