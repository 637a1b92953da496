/**
 * The order sources are shown in everywhere: the province first (the framework), then the local
 * plans in the order the project names them, then any plan added later, by slug. Pure, so scripts
 * outside Astro use it too.
 */
export const sourceOrder = ['sichuan', 'suining', 'dazhou', 'guanghan', 'renshou'];

export function bySourceOrder(a: string, b: string) {
  const rank = (slug: string) => (sourceOrder.includes(slug) ? sourceOrder.indexOf(slug) : sourceOrder.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}
