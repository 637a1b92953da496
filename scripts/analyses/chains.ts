/**
 * Chains: tiered structures read by rule from measures and panels (src/lib/chains/), fixed by
 * content/chain-corrections.json, each drawn as an SVG flowchart (cached by content).
 */
import { applyCorrections } from '../../src/lib/chains/corrections.ts';
import { collectChains, type TextRecord } from '../../src/lib/chains/collect.ts';
import { svgId } from '../../src/lib/chains/svg-id.ts';
import type { ChainRecord } from '../../src/schemas/chain.ts';
import { cachedDiagrams } from '../lib/diagram-cache.ts';
import type { Analysis } from './types.ts';

export const chains: Analysis = {
  name: 'chains',
  curated: ['chainCorrections'],
  async run(corpus, curated) {
    const records: TextRecord[] = [...corpus.measures, ...corpus.panels];
    const { chains: found, reports } = applyCorrections(records, collectChains(records), curated.chainCorrections.corrections);
    const { svgs, drawn } = await cachedDiagrams(found.map((chain) => ({ id: svgId(chain.id), source: chain.mermaid })));
    const withSvg: ChainRecord[] = found.map((chain) => {
      const svg = svgs.get(svgId(chain.id)) ?? '';
      if (!svg) throw new Error(`chains: no SVG rendered for ${chain.id}`);
      // Pages inline this SVG: refuse anything that could run script.
      if (/<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(svg)) throw new Error(`chains: unsafe SVG for ${chain.id}`);
      return { ...chain, svg };
    });
    const unreadable = reports.filter((r) => r.status === 'unreadable');
    console.log(
      `chains: ${found.length} chains (${drawn} diagrams drawn, ${found.length - drawn} from the cache); ${reports.length} lists not drawn, ${unreadable.length} unreadable`,
    );
    for (const report of unreadable) console.warn(`chains: unreadable ${report.id} ${report.url}: ${report.raw} — ${report.reason}`);
    return { chains: withSvg, 'chain-reports': reports };
  },
};
