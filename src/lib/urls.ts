/** Permalinks, built from a unit's fields (never parsed back): the contract in the README. */

/** A chapter's page, `/plans/{source}/{chapter}/`, or a unit on it, `…#{id}`. */
export function unitUrl(source: string, chapter: number | string, id?: string): string {
  return `/plans/${source}/${chapter}/${id ? `#${id}` : ''}`;
}

/** A framework article's adoption page, `/adoption/{number}/`: every measure that adopts it. */
export function adoptionArticleUrl(number: number): string {
  return `/adoption/${number}/`;
}

/** One source's measures under one theme, `/plans/{source}/themes/{theme}/`, or its list of measures that mention the theme without carrying it (`#mentioned`). */
export function sourceThemeUrl(source: string, theme: string, mentioned = false): string {
  return `/plans/${source}/themes/${theme}/${mentioned ? '#mentioned' : ''}`;
}
