/**
 * `npm run themes:report`: how well the theme dictionary covers the measures.
 * Prints the coverage (share of measures with at least one theme), measures per theme and
 * source, how many measures mention a theme's terms without carrying it, and the untagged measures with their opening words, so a curator can add terms or
 * overrides in content/themes.json. Needs content/generated/ (`npm run ingest`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { generatedDir, sourcesDir } from '../src/lib/corpus-dirs.ts';
import { bySlugOrder, sourceOrder } from '../src/lib/source-order.ts';
import { sourceSettings } from '../src/schemas/source.ts';
import { readCurated } from './lib/curated.ts';
import { hasGenerated, readGenerated } from './lib/read-generated.ts';
import { coverage, tagAll, unknownOverrides, type MeasureText } from '../src/lib/themes/tag.ts';
import { whyNotTagged } from '../src/lib/themes/not-tagged.ts';

if (!hasGenerated('measures')) {
  console.error(`${generatedDir}/measures.json is missing: run \`npm run ingest\` first.`);
  process.exit(1);
}
const measures = readGenerated<MeasureText & { source: string; url: string }>('measures');
const { themes } = readCurated('themes');
const tags = tagAll(measures, themes);
const cover = coverage(tags);
// In site order, from the settings.
const settings = readdirSync(sourcesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => sourceSettings.parse(JSON.parse(readFileSync(`${sourcesDir}/${name}`, 'utf8'))));
const sources = [...new Set(measures.map((m) => m.source))].sort(bySlugOrder(sourceOrder(settings)));

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`themes: ${themes.length}, measures: ${cover.total}`);
console.log(`coverage: ${cover.tagged}/${cover.total} measures have at least one theme (${percent(cover.share)}; target ≥ 95%)`);
for (const source of sources) {
  const own = measures.filter((m) => m.source === source);
  const tagged = own.filter((m) => tags.get(m.id)!.length > 0).length;
  console.log(`  ${source.padEnd(9)} ${tagged}/${own.length} (${percent(tagged / own.length)})`);
}

const rows = themes.map((theme) => {
  const row: Record<string, string | number> = { theme: theme.id, name: theme.name };
  let total = 0;
  for (const source of sources) {
    const n = measures.filter((m) => m.source === source && tags.get(m.id)!.some((t) => t.theme === theme.id)).length;
    row[source] = n;
    total += n;
  }
  row.total = total;
  // Measures that contain a term but do not carry the theme (listed on its page with the reason).
  const short = measures.map((m) => (tags.get(m.id)!.some((t) => t.theme === theme.id) ? undefined : whyNotTagged(theme, m))).filter((x) => x !== undefined);
  row.mentioned = short.length;
  row['mentioned, score 1'] = short.filter((x) => x.why === 'score' && x.score === 1).length;
  row.overrides = `+${theme.include.length} −${theme.exclude.length}`;
  return row;
});
console.table(rows);

const themesPer = [...tags.values()].map((list) => list.length);
console.log(`themes per measure: mean ${(themesPer.reduce((a, b) => a + b, 0) / themesPer.length).toFixed(2)}, max ${Math.max(...themesPer)}`);

console.log(`untagged (${cover.untagged.length}):`);
for (const id of cover.untagged) {
  const m = measures.find((x) => x.id === id)!;
  console.log(`  ${id}  ${m.url}  ${m.text.replace(/\s+/g, ' ').slice(0, 60)}`);
}

const unknown = unknownOverrides(themes, new Set(measures.map((m) => m.id)));
if (unknown.length) {
  console.error(`overrides naming no measure: ${unknown.join(', ')}`);
  process.exitCode = 1;
}
