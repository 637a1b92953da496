/** Structure diagrams drawn in Chromium: labels are text exactly as written, and safe to inline. */
import { describe, expect, it } from 'vitest';
import { flowchartSource } from '../../src/lib/chains/mermaid.ts';
import { renderDiagrams, unsafeSvg } from '../../src/lib/chains/render-svg.ts';

const textOf = (svg: string) =>
  [...svg.matchAll(/<tspan[^>]*class="text-inner-tspan"[^>]*>([^<]*)<\/tspan>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('unsafeSvg', () => {
  it('refuses scripts, foreignObject, event handlers and javascript: links', () => {
    expect(unsafeSvg('<svg><script>alert(1)</script></svg>')).toMatch(/script/);
    expect(unsafeSvg('<svg><foreignObject><div></div></foreignObject></svg>')).toMatch(/foreignObject/i);
    expect(unsafeSvg('<svg><g onclick="alert(1)"></g></svg>')).toMatch(/onclick/i);
    expect(unsafeSvg('<svg><a href="javascript:alert(1)"><text>x</text></a></svg>')).toMatch(/javascript/);
  });

  it('accepts a label whose text looks like markup', () => {
    expect(unsafeSvg('<svg><text><tspan>&lt;img src=x onerror=alert(1)&gt; javascript: &lt;script&gt;</tspan></text></svg>')).toBeUndefined();
  });
});

describe('renderDiagrams', () => {
  it('draws labels with quotes, markup and ampersands as the text says, and the SVG passes the safety check', async () => {
    const levels = ['甲"党委', '<img src=x onerror=alert(1)>', '丙&乙#1 &#34;'];
    const source = flowchartSource({ jurisdiction: '某市', kind: '三级', name: '三级架构', levels, supplied: [] });
    const svg = (await renderDiagrams([{ id: 'diagram-test', source }])).get('diagram-test')!;
    expect(unsafeSvg(svg)).toBeUndefined();
    expect(textOf(svg).replace(/\s+/g, '')).toBe(levels.join('').replace(/\s+/g, ''));
    // The description for screen readers keeps the text too (Mermaid would sanitise it as HTML).
    expect(/<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1]).toContain('&lt;img src=x onerror=alert(1)&gt;');
  }, 60_000);
});
