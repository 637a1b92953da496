/**
 * The instrument dictionary (content/instruments.json): for articles of a framework, the concrete
 * instruments, requirements and targets each states, with the other wordings local plans use for
 * them. A local measure that states one of them (src/lib/instruments/tag.ts) adopts the article,
 * whatever its wording. Curated, so it may name things; the code reading it does not.
 */
import { z } from 'astro/zod';

/** Administrative levels and settings an entry can be restricted to. */
export const levelSchema = z.enum(['province', 'city', 'county', 'township', 'street', 'village', 'community', 'urban', 'rural']);
export type Level = z.infer<typeof levelSchema>;

/** `…` inside a term stands for a few characters of anything in the same sentence: `书记…担任…主任`. */
export const GAP = '…';

export const instrumentSchema = z
  .object({
    /** Stable slug, never reused for another instrument: `dual-report`. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. "dual-report"'),
    /** The framework article's unit id. */
    article: z.string().min(1),
    /** A few words of the article where it states the instrument: ingest stops if a revision changes them. */
    articleQuote: z.string().min(2),
    /** The instrument as the article words it. */
    name: z.string().min(1),
    /** instrument: a mechanism or body to set up; requirement: a rule to apply; target: an outcome to reach. */
    kind: z.enum(['instrument', 'requirement', 'target']),
    /** Wordings that state it: the article's own, synonyms, abbreviations, other word orders; `…` for a short gap. Empty when every wording is a topic term. */
    terms: z.array(z.string().min(2, 'a term needs at least two characters')),
    /**
     * Wordings that name the instrument's topic rather than the instrument: a population, a place, a
     * document or body that exists without the article, a value, a status (流动人口, 居民公约, 示范小区).
     * Many measures name them without adopting the article, so a measure states the instrument by one
     * of them only with corroboration (src/lib/adoption/decide.ts): another instrument of the article
     * named by a `terms` wording, or the article's wording reused beyond the topic word.
     */
    topicTerms: z.array(z.string().min(2, 'a term needs at least two characters')).optional(),
    /** The levels the article restricts it to; a sentence naming only other levels does not state it. */
    scope: z.array(levelSchema).min(1).optional(),
    /** Why these terms mean this instrument (and what they leave out). */
    reason: z.string().min(4),
  })
  .strict();
export type Instrument = z.infer<typeof instrumentSchema>;

/**
 * What every dictionary file requires of its entries, beyond each entry's shape: some wording, ids
 * used once, a wording once per entry (across both lists), `…` only between two words. Shared by
 * the framework dictionary and the local vocabulary (src/schemas/local-instruments.ts).
 */
export function checkEntries(entries: ReadonlyArray<Pick<Instrument, 'id' | 'terms' | 'topicTerms'>>, ctx: z.RefinementCtx): void {
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    if (entry.terms.length + (entry.topicTerms?.length ?? 0) === 0)
      ctx.addIssue({ code: 'custom', path: ['instruments', index, 'terms'], message: `list at least one term for ${entry.id}` });
    if (ids.has(entry.id)) ctx.addIssue({ code: 'custom', path: ['instruments', index, 'id'], message: `the id "${entry.id}" is used twice; give each instrument its own` });
    ids.add(entry.id);
    const terms = new Set<string>();
    const check = (list: 'terms' | 'topicTerms') =>
      (entry[list] ?? []).forEach((term, t) => {
        if (terms.has(term)) ctx.addIssue({ code: 'custom', path: ['instruments', index, list, t], message: `"${term}" is listed twice in ${entry.id}` });
        terms.add(term);
        if (term.startsWith(GAP) || term.endsWith(GAP) || term.includes(GAP + GAP)) {
          ctx.addIssue({ code: 'custom', path: ['instruments', index, list, t], message: `"${term}": put "${GAP}" only between two words` });
        }
      });
    check('terms');
    check('topicTerms');
  });
}

export const instrumentFileSchema = z
  .object({
    about: z.string(),
    instruments: z.array(instrumentSchema),
  })
  .strict()
  .superRefine((file, ctx) => checkEntries(file.instruments, ctx));
export type InstrumentFile = z.infer<typeof instrumentFileSchema>;
