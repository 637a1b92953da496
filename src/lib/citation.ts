/**
 * A GB/T 7714-2015 reference to a place in a document (electronic government document, [Z/OL]):
 *
 *     示范市. 示范市“十五五”社区治理规划[Z/OL]. 第二章 …, 第一节 …. [2026-11-23]. https://….
 */
export function citation(args: { author: string; title: string; where: string; url: string; accessed: string }): string {
  const { author, title, url, accessed } = args;
  // Headings as written carry double and full-width spaces; a lead sentence ends in 。.
  const where = args.where.replace(/[\s\u3000]+/g, ' ').replace(/。$/, '').trim();
  return `${author}. ${title}[Z/OL]. ${where ? `${where}. ` : ''}[${accessed}]. ${url}.`;
}
