/**
 * Renders the plan units that ingest writes as directives into semantic HTML with their ids.
 *
 *     ::::section{#example-1-2}         <section id="example-1-2" class="unit section">
 *     ## 第二节 发展基础                   <h2>第二节 发展基础 <a class="permalink" …></h2>
 *     :::measure{#example-1-2-1}          <div id="example-1-2-1" class="unit measure">
 *     :lead[治理体系日臻完善。]…            <p><strong class="lead">治理体系日臻完善。</strong>…
 *
 * Every unit gets a permalink that shows its id, and copy/cite buttons that stay hidden until
 * the page's small script enables them (they do nothing without it).
 */
import type { Root, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { collapseSpaces, displayTitle } from '../lib/display.ts';
// Declares `data.hName`, `hProperties` and `hChildren` on mdast nodes.
import type {} from 'mdast-util-to-hast';

type Directive = ContainerDirective | LeafDirective | TextDirective;
type HastChild = { type: 'element'; tagName: string; properties: Record<string, unknown>; children: HastChild[] } | { type: 'text'; value: string };

const toText = (node: { children: Array<{ type: string; value?: string }> }) => node.children.map((child) => child.value ?? '').join('');

const el = (tagName: string, properties: Record<string, unknown>, children: HastChild[] = []): HastChild => ({ type: 'element', tagName, properties, children });

/**
 * The permalink and the copy/cite/collect/print controls of one unit; `permalink` is printed on
 * paper, `place` (settled at ingest) is where the citation says the unit is.
 */
export function unitTools(id: string, permalink: string, place = ''): HastChild {
  return el('span', { className: ['unit-tools'] }, [
    el('a', { className: ['permalink'], href: `#${id}`, ariaLabel: `本条链接 ${id}`, dataPermalink: permalink }, [{ type: 'text', value: `#${id}` }]),
    el('button', { type: 'button', className: ['copy-link'], dataId: id, hidden: true }, [{ type: 'text', value: '复制链接' }]),
    el('button', { type: 'button', className: ['cite'], dataId: id, dataPlace: place, hidden: true }, [{ type: 'text', value: '引用' }]),
    el('button', { type: 'button', className: ['add-to-selection'], dataId: id, hidden: true, ariaPressed: 'false' }, [{ type: 'text', value: '加入讲义' }]),
    el('button', { type: 'button', className: ['print-unit'], dataId: id, hidden: true }, [{ type: 'text', value: '打印此条' }]),
  ]);
}

const containers: Record<string, { tag: string; className: string[] }> = {
  section: { tag: 'section', className: ['unit', 'section'] },
  measure: { tag: 'div', className: ['unit', 'measure'] },
  table: { tag: 'figure', className: ['unit', 'table'] },
  panel: { tag: 'aside', className: ['unit', 'panel'] },
  imprint: { tag: 'div', className: ['imprint'] },
  contents: { tag: 'div', className: ['imprint', 'contents'] },
};

export interface RemarkPlanUnitsOptions {
  /** The site's public address, for the full permalinks shown in print. */
  site?: string;
}

export function remarkPlanUnits(options: RemarkPlanUnitsOptions = {}) {
  return (tree: Root, file: VFile) => {
    // The chapter's own URL, from the frontmatter that ingest writes.
    const page = (file.data.astro as { frontmatter?: { url?: string } } | undefined)?.frontmatter?.url ?? '';
    const permalink = (id: string) => (options.site ? new URL(`${page}#${id}`, options.site).href : `${page}#${id}`);
    visit(tree, (node) => {
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return;
      const directive = node as Directive;
      const data = (directive.data ??= {});
      const id = directive.attributes?.id ?? undefined;
      if (directive.type === 'containerDirective' && containers[directive.name]) {
        const { tag, className } = containers[directive.name];
        data.hName = tag;
        data.hProperties = { id, className, dataUnit: directive.name };
        if (directive.name === 'panel') data.hProperties.ariaLabel = '专栏';
        // Row and paragraph anchors are minted by ingest and listed on the unit (`rows`, `paragraphs`).
        const listed = (name: string) => (directive.attributes?.[name] ?? '').split(' ').filter(Boolean);
        if (directive.name === 'table') {
          const table = directive.children.find((child) => child.type === 'table');
          const rowIds = listed('rows');
          table?.children.slice(1).forEach((row, n) => {
            if (rowIds[n]) row.data = { ...row.data, hProperties: { ...row.data?.hProperties, id: rowIds[n] } };
          });
        }
        if (directive.name === 'table') {
          const label = directive.attributes?.label;
          if (label) {
            // A caption that the source lacks: named after the section, marked as supplied.
            directive.children.unshift({
              type: 'paragraph',
              data: { hName: 'figcaption', hProperties: { className: ['derived'] } },
              children: [{ type: 'text', value: `${label}（表题为本站所加）` }],
            });
          }
        }
        if (directive.name === 'measure') {
          const paragraphIds = listed('paragraphs');
          directive.children
            .filter((child) => child.type === 'paragraph')
            .forEach((paragraph, n) => {
              if (paragraphIds[n]) paragraph.data = { ...paragraph.data, hProperties: { ...paragraph.data?.hProperties, id: paragraphIds[n] } };
            });
        }
        if (id && directive.name !== 'section') {
          directive.children.push({
            type: 'paragraph',
            data: { hName: 'div', hProperties: { className: ['tools-row'] }, hChildren: [unitTools(id, permalink(id), directive.attributes?.place ?? '')] as never },
            children: [],
          });
        }
        return;
      }
      if (directive.type === 'leafDirective' && directive.name === 'caption') {
        data.hName = 'figcaption';
        return;
      }
      if (directive.type === 'leafDirective' && directive.name === 'title') {
        data.hName = 'p';
        data.hProperties = { className: ['panel-title'] };
        return;
      }
      if (directive.type === 'textDirective' && directive.name === 'lead') {
        data.hName = 'strong';
        data.hProperties = { className: ['lead'] };
        return;
      }
      if (directive.type === 'textDirective' && directive.name === 'bidi') {
        // A bidi control from the source, kept as text; isolated so it cannot reorder what follows.
        const code = [...toText(directive)].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase()}`).join(' ');
        data.hName = 'bdi';
        data.hProperties = { className: ['bidi-control'], title: `双向控制字符 ${code}（原文如此）` };
        return;
      }
      if (directive.type === 'textDirective' && directive.name === 'cited') {
        // A cited title, resolved at ingest (src/lib/citations/link.ts): to the corpus document, or
        // to its entry on /citations/.
        const doc = directive.attributes?.doc ?? undefined;
        const href = directive.attributes?.href ?? undefined;
        data.hName = 'a';
        data.hProperties = doc ? { href, className: ['cited-doc'], dataCited: doc } : { href, className: ['cited-ref'], title: '本站未收录此文件：查看各处引用' };
        return;
      }
      if (directive.type === 'textDirective' && directive.name === 'inherited') {
        data.hName = 'span';
        data.hProperties = { className: ['inherited'], title: '合并单元格：沿用上一行' };
        return;
      }
      // An unknown directive is source text that looked like one: show it as written.
      data.hName = directive.type === 'containerDirective' ? 'div' : directive.type === 'leafDirective' ? 'p' : 'span';
    });
    // A panel is a landmark (aside); several on one page need distinct names, so each is named by its own title.
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'panel' || !node.attributes?.id) return;
      const title = node.children.find((child): child is LeafDirective => child.type === 'leafDirective' && child.name === 'title');
      if (!title) return;
      showTitleSpacing(title);
      const titleId = `${node.attributes.id}-title`;
      title.data = { ...title.data, hProperties: { ...title.data?.hProperties, id: titleId } };
      // The title names the panel instead of the generic label set above.
      const properties = node.data?.hProperties as Record<string, unknown> | undefined;
      if (!properties) return;
      delete properties.ariaLabel;
      properties.ariaLabelledBy = titleId;
    });
    // Section headings carry the section's permalink.
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'section' || !node.attributes?.id) return;
      const heading = node.children.find((child) => child.type === 'heading');
      if (heading) {
        showTitleSpacing(heading);
        // The heading's own id, so Astro does not make one from its text (which holds the button labels).
        heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: `${node.attributes.id}-title` } };
        heading.children.push({
          type: 'text',
          value: '',
          data: { hName: 'span', hChildren: [unitTools(node.attributes.id, permalink(node.attributes.id), node.attributes.place ?? '')] as never },
        } as never);
      }
    });
  };
}

/** A heading's or panel title's spacing as shown (src/lib/display.ts); the Markdown keeps it as written. */
function showTitleSpacing(node: { children: Array<{ type: string }> }) {
  const texts = node.children.filter((child): child is Text => child.type === 'text');
  if (texts.length === 1 && node.children.length === 1) texts[0].value = displayTitle(texts[0].value);
  else for (const text of texts) text.value = collapseSpaces(text.value);
}
