/** The numeral reader lives with the other text helpers (src/lib/text/numerals.ts); ingest's plugins import it from here. */
export { numeralPattern, parseNumeral } from '../../src/lib/text/numerals.ts';
