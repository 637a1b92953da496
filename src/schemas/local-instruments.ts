/**
 * The local vocabulary of instruments (content/local-instruments.json): mechanisms, bodies and
 * standards that local plans share but the framework's dictionary (content/instruments.json) does
 * not name, such as points systems or compound heads. They belong to no framework article, so an
 * entry has no `article`; otherwise it is written like a dictionary entry, and counterparts
 * (src/lib/counterparts/) find both the same way. Curated, so it may name things.
 */
import { z } from 'astro/zod';
import { checkEntries, instrumentSchema } from './instruments.ts';

export const localInstrumentSchema = instrumentSchema.omit({ article: true, articleQuote: true }).extend({
  /** Stable slug with the `local-` prefix, read as one of the local vocabulary; an id the framework dictionary also uses is refused (src/lib/counterparts/vocabulary.ts). */
  id: z.string().regex(/^local(-[a-z0-9]+)+$/, 'start the id with "local-" and use lower-case letters, digits and hyphens, e.g. "local-points-system"'),
});
export type LocalInstrument = z.infer<typeof localInstrumentSchema>;

export const localInstrumentFileSchema = z
  .object({
    about: z.string(),
    instruments: z.array(localInstrumentSchema),
  })
  .strict()
  .superRefine((file, ctx) => checkEntries(file.instruments, ctx));
export type LocalInstrumentFile = z.infer<typeof localInstrumentFileSchema>;
