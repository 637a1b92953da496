/**
 * Gives every unit its stable id from its position, usable as a URL fragment:
 *
 *     chapter  {slug}-{c}            example-4
 *     section  {slug}-{c}-{s}        example-4-1    (s = 0: text before the first section)
 *     measure  {slug}-{c}-{s}-{m}    example-4-1-3
 *     table    {slug}-{c}-{s}-table{k}, panel {slug}-{c}-{s}-panel{k}
 *
 * c and s are the numbers the headings carry (第四章 → 4) so ids read like the document; a
 * heading without a number, or a number that repeats, takes the next free one. m counts the
 * measures of a section from 1; a section whose measures are all numbered items (a
 * decision's articles (三)…(九)) uses their own numbers instead, so `example-2-0-3` is article (三).
 *
 * A 第X条 article always carries its own number (articles are numbered through the whole text,
 * so they are unique): 第十二条 in 第二章 第一节 is `{slug}-2-1-12`; in a regulation without
 * chapters it is `{slug}-0-0-12`. Other measures in a section with articles (a paragraph before
 * the first article) take the numbers after the section's last article.
 *
 * In a text with 第X编 parts, chapter numbers restart in each part, so a chapter's number in ids
 * and URLs is part × 100 + chapter: 第二编 第三章 → 203, and the part heading itself is 200
 * (its page holds the part's title and any text before its first chapter). Texts without parts
 * keep their chapter numbers as written.
 */
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { unitOf } from './nest-units.ts';

export interface AssignIdsOptions {
  slug: string;
}

export function assignIds(options: AssignIdsOptions) {
  return (tree: Root) => {
    const chapters = tree.children as ContainerDirective[];
    if (chapters.some((chapter) => unitOf(chapter).part) && chapters.some((chapter) => !unitOf(chapter).part && unitOf(chapter).heading)) {
      for (const chapter of chapters) {
        const data = unitOf(chapter);
        if (data.part) data.number *= 100;
        else if (data.partNumber !== undefined) data.number += data.partNumber * 100;
      }
    }
    numberUnits(chapters, 1);
    for (const chapter of chapters) {
      const c = unitOf(chapter).number;
      chapter.attributes = { id: `${options.slug}-${c}` };
      const sections = chapter.children as ContainerDirective[];
      numberUnits(sections, 1);
      for (const section of sections) {
        const prefix = `${options.slug}-${c}-${unitOf(section).number}`;
        section.attributes = { id: prefix };
        const measures = section.children.filter((node): node is ContainerDirective => node.type === 'containerDirective' && node.name === 'measure');
        const articles = measures.filter((m) => unitOf(m).article);
        if (articles.length > 0) {
          numberUnits(articles, 1);
          let next = Math.max(...articles.map((m) => unitOf(m).number)) + 1;
          for (const measure of measures) if (!unitOf(measure).article) unitOf(measure).number = next++;
        } else {
          const numbered = measures.every((m) => Number.isInteger(unitOf(m).number)) && unique(measures.map((m) => unitOf(m).number));
          measures.forEach((measure, index) => {
            if (!numbered) unitOf(measure).number = index + 1;
          });
        }
        for (const measure of measures) measure.attributes = { id: `${prefix}-${unitOf(measure).number}` };
        for (const name of ['table', 'panel'] as const) {
          section.children
            .filter((node): node is ContainerDirective => node.type === 'containerDirective' && node.name === name)
            .forEach((node, index) => {
              unitOf(node).number = index + 1;
              node.attributes = { ...node.attributes, id: `${prefix}-${name}${index + 1}` };
            });
        }
      }
    }
  };
}

/** Keeps written numbers where they are whole and new; gives the others the next free number. */
function numberUnits(units: ContainerDirective[], first: number) {
  const used = new Set<number>();
  let next = first;
  for (const unit of units) {
    const data = unitOf(unit);
    if (Number.isInteger(data.number) && !used.has(data.number)) {
      used.add(data.number);
      next = Math.max(next, data.number + 1);
      continue;
    }
    while (used.has(next)) next++;
    data.number = next;
    used.add(next);
  }
}

function unique(numbers: number[]) {
  return new Set(numbers).size === numbers.length;
}
