/** Permalinks, built from a unit's fields (never parsed back): the contract in the README. */

/** A chapter's page, `/plans/{source}/{chapter}/`, or a unit on it, `…#{id}`. */
export function unitUrl(source: string, chapter: number | string, id?: string): string {
  return `/plans/${source}/${chapter}/${id ? `#${id}` : ''}`;
}

/** A framework's adoption page, `/adoption/{framework}/`: its articles × the local texts, and the method. */
export function adoptionUrl(framework: string): string {
  return `/adoption/${framework}/`;
}

/**
 * A framework article's adoption page, `/adoption/{framework}/{article id}/`, or one adopting measure
 * on it (`#m-{measure}`). Keyed by the article's unit id, not its number: the id keeps its meaning
 * when a revised framework renumbers its articles, and a plan's measures, numbered per section, have
 * unique ids but not unique numbers.
 */
export function adoptionArticleUrl(framework: string, article: string, measure?: string): string {
  return `/adoption/${framework}/${article}/${measure ? `#m-${measure}` : ''}`;
}

/** One local text's measures that adopt a framework, `/adoption/{framework}/by/{source}/`. */
export function adoptionSourceUrl(framework: string, source: string): string {
  return `/adoption/${framework}/by/${source}/`;
}

/** One source's measures under one theme, `/plans/{source}/themes/{theme}/`, or its list of measures that mention the theme without carrying it (`#mentioned`). */
export function sourceThemeUrl(source: string, theme: string, mentioned = false): string {
  return `/plans/${source}/themes/${theme}/${mentioned ? '#mentioned' : ''}`;
}
