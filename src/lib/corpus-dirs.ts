/**
 * Where the corpus lives. Read here only, so another corpus (tests/fixtures/corpus-b, the scale
 * benchmark's copies) runs the same pipeline and site build by setting two variables:
 * `ATLAS_SOURCES` (texts and settings) and `ATLAS_GENERATED` (what ingest writes).
 */
export const sourcesDir = process.env.ATLAS_SOURCES ?? 'content/sources';
export const generatedDir = process.env.ATLAS_GENERATED ?? 'content/generated';
