/**
 * Content-layer loaders for the chains: `chains` (each with its Mermaid source and build-time SVG)
 * and `chainReports` (what the rule could not read, rejected, or a correction dropped). The build
 * log lists the unreadable ones so they are seen, not only stored.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { chainInputs, findChainsIn } from './source-files.ts';
import { renderDiagrams, renderSettingsKey, unsafeSvg } from './render-svg.ts';

/** The SVG id on every page that shows the diagram. */
export const svgId = (chainId: string) => `chain-svg-${chainId}`;

function watch({ watcher, config }: LoaderContext, reload: () => Promise<void>) {
  if (!watcher) return;
  const files = Object.values(chainInputs).map((path) => new URL(path, config.root).pathname);
  watcher.add(files);
  watcher.on('change', (changed) => files.includes(changed) && void reload());
}

export function chainsLoader(): Loader {
  return {
    name: 'plan-atlas-chains',
    async load(context) {
      const { store, config, parseData, generateDigest, logger } = context;
      const run = async () => {
        const { chains } = findChainsIn(config.root);
        // Chromium takes a second or two to start: render only diagrams whose source changed.
        const settings = renderSettingsKey();
        const digests = new Map(chains.map((chain) => [chain.id, generateDigest(`${settings}\n${chain.mermaid}`)]));
        const stale = chains.filter((chain) => store.get(chain.id)?.digest !== digests.get(chain.id));
        const svgs = await renderDiagrams(stale.map((chain) => ({ id: svgId(chain.id), source: chain.mermaid })));
        const previous = new Map(chains.map((chain) => [chain.id, store.get<{ svg: string }>(chain.id)?.data.svg ?? '']));
        store.clear();
        for (const chain of chains) {
          const svg = svgs.get(svgId(chain.id)) ?? previous.get(chain.id) ?? '';
          if (!svg) throw new Error(`chains: no SVG rendered for ${chain.id}`);
          // Pages inline this SVG: refuse anything that could run script.
          const unsafe = unsafeSvg(svg);
          if (unsafe) throw new Error(`chains: unsafe SVG for ${chain.id}: ${unsafe}`);
          const data = await parseData({ id: chain.id, data: { ...chain, svg } });
          store.set({ id: chain.id, data, digest: digests.get(chain.id) });
        }
        logger.info(`${chains.length} chains, ${stale.length} diagrams rendered to SVG`);
      };
      await run();
      watch(context, run);
    },
  };
}

export function chainReportsLoader(): Loader {
  return {
    name: 'plan-atlas-chain-reports',
    async load(context) {
      const { store, config, parseData, logger } = context;
      const run = async () => {
        const { reports } = findChainsIn(config.root);
        store.clear();
        for (const report of reports) store.set({ id: report.id, data: await parseData({ id: report.id, data: { ...report } }) });
        const unreadable = reports.filter((report) => report.status === 'unreadable');
        const dropped = reports.filter((report) => report.status === 'dropped');
        logger.info(`${reports.length} chain-like lists not drawn: ${unreadable.length} unreadable, ${dropped.length} dropped by corrections, ${reports.length - unreadable.length - dropped.length} rejected`);
        for (const report of unreadable) logger.warn(`unreadable ${report.id} ${report.url}: ${report.raw} — ${report.reason}`);
      };
      await run();
      watch(context, run);
    },
  };
}
