/** Themes: every measure tagged by the curated dictionary (src/lib/themes/), per theme and source. */
import { buildComparison } from '../../src/lib/themes/compare.ts';
import type { ThemeComparisonEntry, ThemeCoverageEntry } from '../../src/schemas/themes.ts';
import type { Analysis } from './types.ts';

export const themes: Analysis = {
  name: 'themes',
  curated: ['themes'],
  run(corpus, curated) {
    const comparison = buildComparison(
      curated.themes.themes,
      corpus.measures,
      corpus.sources.map((s) => s.slug),
    );
    const perTheme: ThemeComparisonEntry[] = comparison.themes.map(({ theme, bySource, total, mentionedBySource, mentioned }, order) => ({
      id: theme.id,
      order,
      theme,
      bySource,
      total,
      mentionedBySource,
      mentioned,
    }));
    const summary: ThemeCoverageEntry = { id: 'coverage', sources: comparison.sources, ...comparison.coverage };
    // Measure id → its themes' ids, for the search filter (scripts/analyses/search.ts).
    const measureThemes = [...comparison.tags].map(([id, tags]) => ({ id, themes: tags.map((t) => t.theme) }));
    return { 'theme-comparison': perTheme, 'theme-coverage': [summary], 'measure-themes': measureThemes };
  },
};
