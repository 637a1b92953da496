/**
 * Where the corpus lives. Read here only, so another corpus (tests/fixtures/corpus-b, the scale
 * benchmark's copies) runs the same pipeline and site build by setting these variables (all
 * optional; scripts/lib/build-corpus-site.ts sets them together).
 */
export const sourcesDir = process.env.ATLAS_SOURCES ?? 'content/sources';
export const generatedDir = process.env.ATLAS_GENERATED ?? 'content/generated';
/** The id registries (`ATLAS_IDS`): committed for the shipped corpus, the memory of what each id meant. */
export const idsDir = process.env.ATLAS_IDS ?? 'content/ids';
/** Where `astro build` writes the site (`ATLAS_OUT`), so another corpus's site does not replace dist/. */
export const siteOutDir = process.env.ATLAS_OUT ?? './dist';
/** The curated files that go with the corpus (`ATLAS_CURATED`): themes, aliases, chain corrections. */
export const curatedDir = process.env.ATLAS_CURATED ?? 'content';
/** Astro's content store and caches (`ATLAS_CACHE`): one per corpus, so builds of two corpora do not share a store. */
export const astroCacheDir = process.env.ATLAS_CACHE ?? './.astro/cache';
