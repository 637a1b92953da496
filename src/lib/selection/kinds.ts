/** Kinds of unit a handout can hold, and their names on the page (no schema import: browser code reads this). */
export const unitKinds = ['section', 'measure', 'table', 'panel', 'chain'] as const;
export type UnitKind = (typeof unitKinds)[number];
export const unitKindLabel: Record<UnitKind, string> = {
  section: '节',
  measure: '条目',
  table: '表格',
  panel: '专栏',
  chain: '层级结构',
};
