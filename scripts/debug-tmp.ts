import { readSource } from './lib/read-source.ts';
import { parseSource } from './lib/pipeline.ts';
import { toString } from 'mdast-util-to-string';
const slug = process.argv[2];
const s = await readSource('/work/main/content/sources', slug);
const { tree, titleLines } = parseSource(s);
console.log('TITLE', titleLines);
for (const ch of tree.children as any[]) {
  console.log(`CH ${ch.attributes.id} | ${ch.data.heading} | ${ch.data.title}`);
  for (const sec of ch.children) {
    console.log(`  SEC ${sec.attributes.id} | ${sec.data.heading}`);
    for (const u of sec.children) {
      if (u.type !== 'containerDirective') continue;
      const t = toString(u);
      console.log(`    ${u.name} ${u.attributes.id} [${u.data.title}] ${t.length}c: ${t.slice(0, 50)}`);
    }
  }
}
