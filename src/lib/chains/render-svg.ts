/**
 * Build-time SVG for Mermaid diagrams. Mermaid lays text out with a real browser, so this drives
 * Debian's Chromium through playwright-core once per build and renders every diagram in one page.
 * Pages then ship the SVG inline and need no JavaScript.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
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
  // Drawn width as the <svg> width attribute, not an inline max-width style; the page's CSS lets it shrink.
  flowchart: { htmlLabels: false, useMaxWidth: false, wrappingWidth: 480, nodeSpacing: 30, rankSpacing: 30 },
};

const resolveFromProject = () => createRequire(join(process.cwd(), 'package.json'));

/** Part of each diagram's cache digest: a new Mermaid or new settings re-render every diagram. */
export function renderSettingsKey(): string {
  const { version } = resolveFromProject()('mermaid/package.json') as { version: string };
  return `mermaid ${version} ${JSON.stringify(mermaidConfig)} ${withoutThemeStyle.toString()} ${renderDiagrams.toString().length}`;
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

/**
 * Why an SVG may not be inlined in a page, or undefined when it is safe: a script, a foreignObject
 * (HTML inside SVG), an event handler attribute or a `javascript:` link. Elements and attributes are
 * checked, not text: a label that says `<img onerror=…>` is text and is safe.
 */
export function unsafeSvg(svg: string): string | undefined {
  const forbidden = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed']);
  let problem: string | undefined;
  const visit = (node: Nodes) => {
    if (problem) return;
    if (node.type === 'element') {
      const element = node as Element;
      if (forbidden.has(element.tagName.toLowerCase())) problem = `<${element.tagName}> element`;
      for (const [name, value] of Object.entries(element.properties)) {
        if (/^on/i.test(name)) problem = `${name} attribute on <${element.tagName}>`;
        else if (/^\s*javascript:/i.test(String(value))) problem = `javascript: in ${name} on <${element.tagName}>`;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(fromHtml(svg, { fragment: true }));
  return problem;
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
        for (const diagram of diagrams) {
          const { svg } = await mermaid.render(diagram.id, diagram.source);
          const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
          // SVG <text> labels show Mermaid's `#34;` codes as `&#34;`: decode them once, as text.
          const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement?.closest('text')) node.nodeValue = (node.nodeValue ?? '').replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)));
          }
          // Mermaid sanitises accTitle/accDescr as HTML (an `<img …>` in a label loses its text):
          // set them as text, exactly as the source line says.
          for (const [key, selector] of [
            ['accTitle', 'title'],
            ['accDescr', 'desc'],
          ]) {
            const line = new RegExp(`^\\s*${key}: (.*)$`, 'm').exec(diagram.source)?.[1];
            const element = doc.documentElement.querySelector(`:scope > ${selector}`);
            if (line !== undefined && element) element.textContent = line;
          }
          out[diagram.id] = new XMLSerializer().serializeToString(doc);
        }
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
