/**
 * Finds the document titles cited in a text: every 《…》 (a title may quote another inside
 * 〈…〉, as in 《印发〈关于…的实施方案〉的通知》). Pure.
 */
export interface CitedTitle {
  /** The title as written, without the book-title marks. */
  title: string;
  /** The whole match as written, with 《》. */
  text: string;
  start: number;
  end: number;
  /** The character just before 《, to recognise a self-reference such as 本《规划》. */
  before: string;
}

const TITLE = /《([^《》\n]+)》/g;

export function extractCitations(text: string): CitedTitle[] {
  return [...text.matchAll(TITLE)].map((match) => ({
    title: match[1],
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    before: match.index > 0 ? text[match.index - 1] : '',
  }));
}
