/**
 * Sentences and clauses of a Chinese text, as spans into it. One splitter for every analysis that
 * reads a measure piece by piece (indicator statements, chains, counterparts, adoption), so a
 * "sentence" means the same thing everywhere. Pure.
 *
 * Lossless: spans are in order, never overlap, and what lies between them (and before the first,
 * after the last) is whitespace only, so the spans and the gaps concatenated are the text.
 *
 *   splitClauses('建设社区智慧停车系统。开发管理系统，实现车位共享。')
 *   → [{ text: '建设社区智慧停车系统。', start: 0, end: 11 },
 *      { text: '开发管理系统，实现车位共享。', start: 11, end: 25 }]
 */

/** A run of text with its offsets into the text it was cut from: `text === source.slice(start, end)`. */
export interface Clause {
  text: string;
  start: number;
  end: number;
}

export interface ClauseOptions {
  /**
   * A sentence longer than this (in characters) is cut at ，、：(and their ASCII forms) into
   * clauses of at most this length where the punctuation allows. Default 40: a measure's lead
   * sentence, the unit officials copy from one plan to the next, is rarely longer.
   */
  longClause?: number;
}

const defaults: Required<ClauseOptions> = { longClause: 40 };

/** Ends a sentence, and stays with it. A line break also ends one, but belongs to the gap. */
const SENTENCE_END = new Set([...'。；！？;!?']);
/** May end a clause inside a long sentence, and stays with the clause before it. */
const CLAUSE_END = new Set([...'，：,:']);
/** May end a clause only where the pieces between ，and ：are still too long: 、 lists items. */
const LIST_END = new Set([...'、']);
const OPENING = new Set([...'（(“‘《〈【「『〔[']);
const CLOSING = new Set([...'）)”’》〉】」』〕]']);
const whitespace = /\s/u;

/** Narrows [start, end) to exclude leading and trailing whitespace; null when nothing is left. */
function trimmed(text: string, start: number, end: number): Clause | null {
  while (start < end && whitespace.test(text[start])) start++;
  while (end > start && whitespace.test(text[end - 1])) end--;
  return start < end ? { text: text.slice(start, end), start, end } : null;
}

/**
 * The sentences of a text: each ends after 。；！？ (or ; ! ?) or at a line break, with a closing
 * quote or bracket right after the mark kept with it (`……”。` and `。”`).
 */
export function splitSentences(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  const push = (end: number) => {
    const span = trimmed(text, start, end);
    if (span) out.push(span);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || char === '\r') push(i);
    else if (SENTENCE_END.has(char)) {
      let end = i + 1;
      while (end < text.length && (CLOSING.has(text[end]) || SENTENCE_END.has(text[end]))) end++;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return out;
}

/** The places in a span after which it may be cut: these marks outside brackets and quotes. */
function breaksIn(span: Clause, source: string, marks: Set<string>): number[] {
  const breaks: number[] = [];
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const char = source[i];
    if (OPENING.has(char)) depth++;
    else if (CLOSING.has(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && marks.has(char) && i + 1 < span.end) breaks.push(i + 1);
  }
  return breaks;
}

/** Cuts a span at its breaks into pieces as long as possible up to `limit` (a piece with no break inside may be longer). */
function cut(span: Clause, source: string, marks: Set<string>, limit: number): Clause[] {
  if (span.text.length <= limit) return [span];
  const out: Clause[] = [];
  let start = span.start;
  let lastBreak = -1;
  for (const point of [...breaksIn(span, source, marks), span.end]) {
    if (point - start > limit && lastBreak > start) {
      const piece = trimmed(source, start, lastBreak);
      if (piece) out.push(piece);
      start = lastBreak;
    }
    lastBreak = point;
  }
  const rest = trimmed(source, start, span.end);
  if (rest) out.push(rest);
  return out;
}

/**
 * The clauses of a text: its sentences, and a sentence longer than `longClause` cut at ，and ：
 * outside brackets and quotes into pieces as long as possible up to `longClause`; a piece still
 * too long is cut the same way at 、 (a piece with no break inside it may be longer). So short
 * enumerations (`村、社区、小区`) stay whole.
 */
export function splitClauses(text: string, options: ClauseOptions = {}): Clause[] {
  const { longClause } = { ...defaults, ...options };
  return splitSentences(text).flatMap((sentence) => cut(sentence, text, CLAUSE_END, longClause).flatMap((clause) => cut(clause, text, LIST_END, longClause)));
}
