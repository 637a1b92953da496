/** Permalinks, built from a unit's fields (never parsed back): the contract in the README. */

/** A chapter's page, `/plans/{source}/{chapter}/`, or a unit on it, `…#{id}`. */
export function unitUrl(source: string, chapter: number | string, id?: string): string {
  return `/plans/${source}/${chapter}/${id ? `#${id}` : ''}`;
}
