import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { describe, expect, it } from 'vitest';
import { remarkGfmTable } from '../../src/plugins/remark-gfm-table.ts';
import { remarkPlanUnits } from '../../src/plugins/remark-plan-units.ts';

async function renderHtml(markdown: string) {
  const processor = await createMarkdownProcessor({ gfm: false, smartypants: false, remarkPlugins: [remarkGfmTable, remarkDirective, remarkPlanUnits] });
  return (await processor.render(markdown)).code;
}

describe('remarkPlanUnits on the display of titles and panels', () => {
  it('names each panel by its own title, so two panels on a page are two distinct landmarks', async () => {
    const html = await renderHtml(':::panel{#demo-1-1-panel1}\n::title[专栏1 甲工程]\n\n正文一。\n:::\n\n:::panel{#demo-1-1-panel2}\n::title[专栏2 乙工程]\n\n正文二。\n:::\n');
    expect(html).toContain('<aside id="demo-1-1-panel1" class="unit panel" data-unit="panel" aria-labelledby="demo-1-1-panel1-title">');
    expect(html).toContain('<p class="panel-title" id="demo-1-1-panel1-title">专栏1 甲工程</p>');
    expect(html).toContain('aria-labelledby="demo-1-1-panel2-title"');
    expect(html).not.toContain('aria-label="专栏"');
  });

  it('shows a section heading and a panel title with one space where the text has ideographic or doubled spaces', async () => {
    const html = await renderHtml(':::section{#demo-1-1}\n## 第一节\u3000重大意义\n\n正文。\n:::\n\n:::panel{#demo-1-1-panel1}\n::title[专栏3  丙工程]\n\n正文。\n:::\n');
    expect(html).toContain('>第一节 重大意义<');
    expect(html).toContain('>专栏3 丙工程</p>');
  });
});
