/**
 * Traditional → simplified characters, for readers who type 黨群服務中心 or paste from a Hong Kong
 * or Taiwan source. The table is generated at build time from OpenCC for the characters of the
 * corpus (trad-simp-map.ts, written to `/search-trad-simp.json`) and installed here once, before
 * any text is indexed, so index and query are normalised by the same table (normalise.ts).
 * Character to character, so highlight offsets map back one to one.
 */
const table = new Map<string, string>();
let version = 0;

export const tradToSimp: ReadonlyMap<string, string> = table;

/** Which table normalise.ts last compiled against: it rebuilds its caches when this changes. */
export const tradSimpVersion = () => version;

/** Installs the table: pairs run together, traditional first (`黨党區区…`), as the build writes them. */
export function useTradSimp(pairs: string) {
  const chars = [...pairs];
  if (chars.length % 2 !== 0) throw new Error('traditional → simplified table: an odd number of characters (pairs are traditional then simplified)');
  table.clear();
  for (let i = 0; i < chars.length; i += 2) if (chars[i] !== chars[i + 1]) table.set(chars[i], chars[i + 1]);
  version++;
}
