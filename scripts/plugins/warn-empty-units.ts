/**
 * Warns about a chapter or section heading with nothing under it. The heading is kept (it is
 * source text), and ingest prints the warning with its line so the author can check the source.
 */
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { unitOf } from './nest-units.ts';

export function warnEmptyUnits() {
  return (tree: Root, file: VFile) => {
    for (const chapter of tree.children as ContainerDirective[]) {
      const { heading, line, part } = unitOf(chapter);
      // A 第X编 part heading is usually followed straight by its first chapter.
      if (chapter.children.length === 0 && !part) {
        file.message(`heading “${heading}” has no text under it`, { place: { line: line ?? 1, column: 1 }, ruleId: 'empty-heading' });
      }
      for (const section of chapter.children as ContainerDirective[]) {
        const data = unitOf(section);
        // A section's only child is its own heading when it has no body.
        if (data.heading && section.children.length <= 1) {
          file.message(`heading “${data.heading}” has no text under it`, { place: { line: data.line ?? 1, column: 1 }, ruleId: 'empty-heading' });
        }
      }
    }
  };
}
