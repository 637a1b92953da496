/**
 * Build-time SVG for Mermaid diagrams. Mermaid lays text out with a real browser, so this drives
 * Debian's Chromium through playwright-core once per build and renders every diagram in one page.
 * Pages then ship the SVG inline and need no JavaScript.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchChromium } from '../chromium.ts';

/** Noto Sans CJK is installed on the build machine; Chinese labels are measured in it. */
export const diagramFont = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export interface DiagramSource {
  /** Becomes the SVG's id: unique on any page that shows the diagram. */
  id: string;
  source: string;
}

export const mermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'neutral',
  fontFamily: diagramFont,
  // SVG <text> labels rather than HTML in <foreignObject>: they scale, print and read as text.
  htmlLabels: false,
  flowchart: { htmlLabels: false, useMaxWidth: true, wrappingWidth: 480, nodeSpacing: 30, rankSpacing: 30 },
};

const resolveFromProject = () => createRequire(join(process.cwd(), 'package.json'));

/** Part of each diagram's cache digest: a new Mermaid or new settings re-render every diagram. */
export function renderSettingsKey(): string {
  const { version } = resolveFromProject()('mermaid/package.json') as { version: string };
  return `mermaid ${version} ${JSON.stringify(mermaidConfig)} ${withoutThemeStyle.toString()}`;
}

declare const mermaid: {
  initialize(config: Record<string, unknown>): void;
  render(id: string, source: string): Promise<{ svg: string }>;
};

/**
 * Mermaid embeds ~7 kB of theme CSS in every SVG; with thirty diagrams on a page that is most of its
 * weight. The few rules a flowchart needs live once in ChainDiagram.astro instead (same font and
 * size, so the boxes Mermaid measured still fit their labels).
 */
export function withoutThemeStyle(svg: string): string {
  return svg.replace(/<style>[\s\S]*?<\/style>/, '');
}

export async function renderDiagrams(diagrams: DiagramSource[]): Promise<Map<string, string>> {
  const rendered = new Map<string, string>();
  if (diagrams.length === 0) return rendered;
  const script = resolveFromProject().resolve('mermaid/dist/mermaid.min.js');
  const browser = await launchChromium('Drawing the structure diagrams (src/lib/chains/render-svg.ts)');
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html lang="zh-CN"><body style="font-family:${diagramFont.replace(/"/g, "'")}"></body></html>`);
    await page.addScriptTag({ path: script });
    const svgs = await page.evaluate(
      async ({ diagrams, config }) => {
        mermaid.initialize(config);
        const out: Record<string, string> = {};
        for (const diagram of diagrams) out[diagram.id] = (await mermaid.render(diagram.id, diagram.source)).svg;
        return out;
      },
      { diagrams, config: mermaidConfig },
    );
    for (const [id, svg] of Object.entries(svgs)) rendered.set(id, withoutThemeStyle(svg));
  } finally {
    await browser.close();
  }
  return rendered;
}
