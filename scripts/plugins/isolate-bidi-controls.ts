/**
 * Bidi controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates) can reverse how
 * the text after them is shown: a U+202E in a measure would show it backwards. The text keeps
 * them (ingest is lossless), but each is wrapped as `:bidi[…]`, which the site renders as an
 * isolated, labelled `<bdi>` so that its effect ends with it. Each line holding one is a warning.
 *
 *     甲U+202E乙丙   →   甲:bidi[U+202E]乙丙      (shown 甲乙丙, with the control marked)
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bidiControl, bidiControls, nameInvisible } from '../lib/invisible.ts';

export function isolateBidiControls() {
  return (tree: Root, file: VFile) => {
    String(file.value ?? '')
      .split('\n')
      .forEach((line, index) => {
        if (!bidiControl.test(line)) return;
        file.message(
          `bidi control character (${nameInvisible(line.replace(/[^\u202A-\u202E\u2066-\u2069]/g, ''))}) would reorder the text shown; kept, and shown isolated — remove it from the source`,
          {
            place: { line: index + 1, column: line.search(bidiControl) + 1 },
            ruleId: 'bidi-control',
          },
        );
      });
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !bidiControl.test(node.value)) return;
      if (parent.type === 'textDirective' && parent.name === 'bidi') return;
      const pieces: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(bidiControls)) {
        if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
        pieces.push({ type: 'textDirective', name: 'bidi', attributes: {}, children: [{ type: 'text', value: match[0] }] });
        last = match.index + 1;
      }
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
      (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}
