/**
 * Mermaid flowchart source for a chain: top-down, one box per level, labels exactly as written,
 * with accTitle/accDescr so the SVG carries its own title and description for screen readers.
 */
export interface DiagramInput {
  jurisdiction: string;
  kind: string;
  name: string;
  levels: string[];
  /** Indexes of levels a correction supplied: drawn dashed and marked, never passed off as text. */
  supplied: number[];
}

export const SUPPLIED_MARK = '〔校正补入〕';

/** Mermaid reads `"`, `#`, `<`, `>` and `&` inside labels: write them as its #code; entities. */
export function escapeLabel(text: string): string {
  return text.replace(/[#"<>&]/g, (char) => `#${char.codePointAt(0)};`);
}

/** accTitle/accDescr run to the end of the line: keep them on one line, without Mermaid syntax. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[{}]/g, '');
}

export function levelLabel(level: string, index: number, supplied: number[]): string {
  return supplied.includes(index) ? `${level}${SUPPLIED_MARK}` : level;
}

export function diagramTitle(chain: Pick<DiagramInput, 'jurisdiction' | 'kind' | 'name'>): string {
  return `${chain.jurisdiction} ${chain.name.startsWith(chain.kind) ? chain.name : `${chain.kind} ${chain.name}`}`.trim();
}

export function flowchartSource(chain: DiagramInput): string {
  const labels = chain.levels.map((level, index) => levelLabel(level, index, chain.supplied));
  const description = `自上而下共${chain.levels.length}级：${labels.map((label, index) => `第${index + 1}级 ${label}`).join('；')}`;
  const lines = [
    'flowchart TD',
    `  accTitle: ${oneLine(diagramTitle(chain))}`,
    `  accDescr: ${oneLine(description)}`,
    ...labels.map((label, index) => `  L${index + 1}["${escapeLabel(label)}"]`),
    ...labels.slice(1).map((_, index) => `  L${index + 1} --> L${index + 2}`),
  ];
  if (chain.supplied.length) {
    lines.push('  classDef suppliedLevel stroke-dasharray: 5 4');
    lines.push(`  class ${chain.supplied.map((index) => `L${index + 1}`).join(',')} suppliedLevel`);
  }
  return lines.join('\n');
}
