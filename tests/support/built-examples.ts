/**
 * Examples of each kind of thing, found in the built site's open data (dist/data/), so a browser
 * test that needs "a chapter with a table" or "a measure that adopts the framework" names no source:
 * it takes the first one the corpus has. Facts a reviewer checked come from the expectations files.
 */
import { readJson } from './dist.ts';

export interface OutlineSource {
  source: string;
  jurisdiction: string;
  title: string;
  url: string;
  chapters: Array<{ number: number; url: string; sections: Array<{ id: string; url: string }> }>;
}
export interface BuiltMeasure {
  id: string;
  source: string;
  jurisdiction: string;
  title: string;
  url: string;
}
export interface BuiltTable {
  id: string;
  source: string;
  url: string;
  header: string[];
}
export interface AdoptionData {
  frameworks: Array<{ framework: string; page: string }>;
  articles: Array<{ id: string; framework: string; number: number; url: string; page: string }>;
  matches: Array<{ measure: string; source: string; jurisdiction: string; measureUrl: string; framework: string; article: string; articleNumber: number }>;
}

/** Every source in the site's order, with its chapters. */
export const outline = () => readJson<OutlineSource[]>('data/outline.json');
export const builtMeasures = () => readJson<BuiltMeasure[]>('data/measures.json');
export const builtTables = () => readJson<BuiltTable[]>('data/tables.json');
export const adoptionData = () => readJson<AdoptionData>('data/adoption.json');

/** The page a unit stands on: its URL without the fragment. */
export const pageOf = (url: string) => url.split('#')[0];

/** Per source that has tables, the chapter page of its widest table (most columns): what a phone must fit. */
export function widestTablePages(): string[] {
  const widest = new Map<string, BuiltTable>();
  for (const table of builtTables()) if ((widest.get(table.source)?.header.length ?? -1) < table.header.length) widest.set(table.source, table);
  return [...widest.values()].map((table) => pageOf(table.url));
}

/** A measure with a lead sentence, in a chapter of its own: the ordinary unit of a plan. */
export const titledMeasure = () => builtMeasures().find((m) => m.title !== '')!;

/** The first local measure that adopts an article of the framework. */
export const adoptingMeasure = () => adoptionData().matches[0];

/** The adoption page (articles × local texts, and the method) of the framework most local texts implement. */
export const adoptionPage = () => adoptionData().frameworks[0].page;

/** The framework's first article that local measures adopt. */
export const adoptedArticle = () => {
  const { articles, matches } = adoptionData();
  return articles.find((article) => matches.some((match) => match.article === article.id))!;
};
