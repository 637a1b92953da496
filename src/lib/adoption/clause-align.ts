/**
 * Clause alignment: the clauses of a local measure that restate a clause of a framework article,
 * found by character n-gram TF-IDF cosine (src/lib/similarity/ngram-tfidf.ts) over the articles'
 * clauses (src/lib/text/clauses.ts). Catches reused wording with small edits, reordering and
 * abbreviation that the exact shared-passage test (align.ts, ≥ 8 characters in a row) misses. Pure.
 *
 * The index holds the framework's clauses only, so its weights (how rare a gram is) come from the
 * framework and do not change when local documents are added or removed. A clause that two articles
 * share (a closing slogan) or that restates the framework's own title belongs to no one article and
 * is left out, as match.ts leaves out generic passages.
 */
import { createNgramIndex, ngramText } from '../similarity/ngram-tfidf.ts';
import { splitClauses } from '../text/clauses.ts';
import type { Unit } from './match.ts';

export interface AlignedClause {
  /** The measure's clause: [start, end) in its text, and its words. */
  local: [number, number];
  localText: string;
  /** The article's clause it restates. */
  article: [number, number];
  articleText: string;
  /** TF-IDF cosine of the two clauses, 0..1. */
  similarity: number;
}

export interface ClauseAlignOptions {
  /** Least cosine for a clause to restate another. */
  threshold: number;
  /** Clauses with fewer characters of wording than this are not compared (too short to tell). */
  minChars: number;
  /** Article clauses looked at per measure clause. */
  perClause: number;
}

export const defaultClauseAlignOptions: ClauseAlignOptions = { threshold: 0.5, minChars: 8, perClause: 3 };

export function createClauseAligner(articles: Unit[], options: Partial<ClauseAlignOptions> = {}, stopTexts: string[] = []) {
  const opts = { ...defaultClauseAlignOptions, ...options };
  const all = articles.flatMap((article) => splitClauses(article.text).map((clause, i) => ({ key: `${article.id} ${i}`, article, clause })));
  const everything = createNgramIndex([...all.map((c) => ({ id: c.key, text: c.clause.text })), ...stopTexts.map((text, i) => ({ id: `stop ${i}`, text }))]);
  const articleOf = new Map(all.map((c) => [c.key, c.article.id]));
  // Shared with another article, or restating a stop text, at the same similarity that counts as a restatement.
  const generic = (key: string) => everything.similarTo(key, 5).some(({ id, score }) => score >= opts.threshold && articleOf.get(id) !== articleOf.get(key));
  const clauses = all.filter((c) => !generic(c.key));
  const byKey = new Map(clauses.map((c) => [c.key, c]));
  const index = createNgramIndex(clauses.map((c) => ({ id: c.key, text: c.clause.text })));

  /** Article id → the measure's clauses that restate one of its clauses, best first per article. */
  return function align(text: string): Map<string, AlignedClause[]> {
    const out = new Map<string, AlignedClause[]>();
    for (const clause of splitClauses(text)) {
      if (ngramText(clause.text).text.length < opts.minChars) continue;
      for (const { id, score } of index.similar(clause.text, opts.perClause)) {
        if (score < opts.threshold) continue;
        const found = byKey.get(id)!;
        const list = out.get(found.article.id) ?? [];
        // One article clause per measure clause: the most similar.
        if (list.some((a) => a.local[0] === clause.start)) continue;
        list.push({
          local: [clause.start, clause.end],
          localText: clause.text,
          article: [found.clause.start, found.clause.end],
          articleText: found.clause.text,
          similarity: Math.round(score * 1000) / 1000,
        });
        out.set(found.article.id, list);
      }
    }
    for (const list of out.values()) list.sort((a, b) => b.similarity - a.similarity);
    return out;
  };
}
