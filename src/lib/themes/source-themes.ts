/**
 * The themes one source's pages list (/plans/{source}/themes/ and a page per theme): those that
 * hold a measure of the source, and, past the wide limit, those whose terms its measures mention
 * without carrying the theme — the theme pages then list only counts of those and link here.
 */
import { readComparison } from '../collections.ts';
import { getSources, wideLimit } from '../plans.ts';

export async function sourceThemes(source: string) {
  const listMentioned = (await getSources()).length > wideLimit;
  const themes = (await readComparison()).themes.filter((entry) => entry.bySource[source].length > 0 || (listMentioned && entry.mentionedBySource[source].length > 0));
  return { themes, listMentioned };
}
