import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/csv.ts';
import { readComparison } from '../../lib/collections.ts';

/**
 * Every theme with its measure ids per source and, for each, the matched terms (or the manual
 * reason): the data behind /compare/, and the measures that mention a theme's terms without
 * carrying it, with the reason. Coverage and the untagged measures come first.
 */
export const GET: APIRoute = async () => {
  const { coverage, sources, themes } = await readComparison();
  return jsonResponse({
    rule: 'A lead-sentence hit of a term scores 3, a body hit 1; a measure carries the theme at minScore (default 2). include/exclude are manual overrides.',
    coverage: { measures: coverage.total, tagged: coverage.tagged, share: Number(coverage.share.toFixed(4)), untagged: coverage.untagged },
    sources,
    themes: themes.map(({ theme, bySource, total, mentionedBySource, mentioned }) => ({
      id: theme.id,
      name: theme.name,
      nameEn: theme.nameEn,
      description: theme.description,
      terms: theme.terms,
      minScore: theme.minScore ?? 2,
      url: `/compare/${theme.id}/`,
      total,
      counts: Object.fromEntries(sources.map((s) => [s, bySource[s].length])),
      measures: Object.fromEntries(
        sources.map((s) => [
          s,
          bySource[s].map((m) => ({
            id: m.id,
            url: m.url,
            via: m.via,
            score: m.score,
            terms: m.hits,
            ...(m.reason ? { reason: m.reason } : {}),
          })),
        ]),
      ),
      // Measures that contain a term but do not carry the theme, and why (score short of minScore, or excluded).
      mentionedTotal: mentioned,
      mentioned: Object.fromEntries(
        sources.map((s) => [s, mentionedBySource[s].map((m) => ({ id: m.id, url: m.url, why: m.why, reason: m.reason, score: m.score, terms: m.hits }))]),
      ),
    })),
  });
};
