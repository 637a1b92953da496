/**
 * The one shape of tests/expectations/{slug}.json. Its first part (sha256 … panels) is measured and
 * rewritten by `npm run expectations`; every other part is written by hand, as a reviewer checked
 * it against the text, and kept as it is when the file is rewritten. The tests read the facts from
 * here, source by source, so no test names a source: a new source brings its own file, and a test
 * that needs an example of a kind of thing (a chain, an indicator table, a citation) takes it from
 * the files that state one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { expectationPath, shipped, slugsIn, type Corpus } from './corpora.ts';

const ids = z.array(z.string());
/** A reviewer's note on why a value is what it is (kept from the test comments it replaces). */
const because = z.string().optional();

const chainsSchema = z.strictObject({
  /** Every chain the text yields, levels top to bottom exactly as written. */
  levels: z.record(z.string(), z.array(z.string())),
  /** Chains checked field by field, with the sentence they are written in. */
  described: z.array(z.strictObject({ id: z.string(), fields: z.record(z.string(), z.unknown()), sentence: z.string() })).optional(),
  /** Purpose given by rule from the nearby words. */
  purposes: z.record(z.string(), z.strictObject({ purpose: z.string(), because })).optional(),
  /** Urban or rural by the words just before the chain; null when they say neither. */
  settings: z.record(z.string(), z.strictObject({ setting: z.enum(['urban', 'rural']).nullable(), because })).optional(),
  /** The 级 as stated (`stated` null: none is written). */
  stated: z.record(z.string(), z.strictObject({ kind: z.string(), stated: z.number().nullable(), because })).optional(),
  /** Findings reported as unreadable, in report order. */
  unreadable: z.array(z.strictObject({ id: z.string(), because })),
  /** Raw findings rejected as not organisational units. */
  rejected: z.array(z.string()).optional(),
  /** Findings dropped by the corrections file, in report order. */
  dropped: ids,
  /** Chains the corrections file fixed. */
  corrected: z
    .array(z.strictObject({ id: z.string(), supplied: z.array(z.number()), action: z.string(), reasonIncludes: z.string(), mermaidIncludes: z.array(z.string()) }))
    .optional(),
  /**
   * On /structure/'s comparison of the deepest chains: its column header (first, for the
   * framework), the levels of its column, or the note that it writes none; and the first party chain.
   */
  structurePage: z
    .strictObject({
      deepestHeader: z.string().optional(),
      deepestFirst: z.boolean().optional(),
      deepestColumn: z.array(z.string()).optional(),
      noDeepestNote: z.string().optional(),
      partyThreeFirst: z.array(z.string()).optional(),
      because,
    })
    .optional(),
});

const partsOfTarget = z.strictObject({ name: z.string().optional(), target: z.string(), year: z.string().nullable().optional(), attribute: z.string().optional() });

const indicatorsSchema = z.strictObject({
  /** Targets are stated in this text at all (a framework may state none). */
  statesTargets: z.boolean(),
  /** Statements read from its tables, all tables together. */
  fromTables: z.number(),
  /** Least number of targets read from its running text. */
  fromTextAtLeast: z.number(),
  /** Per table: how many statements, by attribute, a few checked in full, or the whole list. */
  tables: z
    .record(
      z.string(),
      z.strictObject({
        count: z.number(),
        attributes: z.record(z.string(), z.number()).optional(),
        statements: z.array(z.strictObject({ nameStartsWith: z.string(), fields: z.record(z.string(), z.unknown()), because })).optional(),
        listed: z.array(partsOfTarget).optional(),
        because,
      }),
    )
    .optional(),
  /** Per measure: the targets read from its running text, in order (empty: none). */
  measures: z.record(z.string(), z.strictObject({ targets: z.array(partsOfTarget), because })).optional(),
  /** Units none of whose statements survive the alias file's exclusions. */
  excluded: ids.optional(),
  /**
   * Per row (by the start of its indicator name): this source's cells, formatted; the alias reason
   * where one applies; every source on the row, in corpus order, where the reviewer checked that.
   */
  rows: z.record(z.string(), z.strictObject({ cells: z.array(z.string()).optional(), aliasReasonMatches: z.string().optional(), rowSources: ids.optional(), because })).optional(),
  /** Rows this source shares with two or more other plans (the charted ones), by full name. */
  sharedByThreeOrMore: ids.optional(),
  /** On /indicators/: its shared rows, its single-plan list, its links to where targets are stated, cells and filters checked. */
  page: z
    .strictObject({
      sharedRows: z.number(),
      singleRowsAtLeast: z.number(),
      targetLinksAtLeast: z.number(),
      cells: z.record(z.string(), z.strictObject({ target: z.string(), attribute: z.string().optional() })).optional(),
      /** A single-plan indicator, its target, and words of the unit that states it. */
      single: z.strictObject({ name: z.string(), target: z.string(), statedIn: z.string() }).optional(),
      /** A dimension of its tables, and how many indicators the filter then shows. */
      dimension: z.strictObject({ name: z.string(), visible: z.number() }).optional(),
      /** Rows of /data/indicators.json checked field by field. */
      openData: z.array(z.strictObject({ id: z.string(), nameStartsWith: z.string(), fields: z.record(z.string(), z.unknown()) })).optional(),
    })
    .optional(),
});

const adoptionSchema = z.strictObject({
  /** Framework articles this plan adopts, as a reviewer checked (each article's row counts the plans that list it). */
  adoptsArticles: z.array(z.number()),
  /** Least number of cells of the /adoption/ matrix in this plan's column that link to a list. */
  matrixCellsAtLeast: z.number(),
  /** Least number of its measure × article matches in /data/adoption.json. */
  matchesAtLeast: z.number(),
  /** Adopting measures checked on an article page (`page`) and on the plan's own list. */
  measures: z
    .array(
      z.strictObject({
        id: z.string(),
        page: z.string(),
        /** The framework article's unit id it is matched to in the open data. */
        article: z.string().optional(),
        badge: z.string().optional(),
        whyIncludes: z.string().optional(),
        /** It states an instrument: its whole text is not repeated. */
        statesInstrument: z.boolean().optional(),
        pairsMarksInclude: z.string().optional(),
        /** Instruments named in its why, and how many passage tables it shows. */
        instrumentsNamed: z.array(z.string()).optional(),
        passages: z.number().optional(),
        permalink: z.string().optional(),
        /** On the plan's own list: the link to the article page, and the badge leading there. */
        sideBySide: z.string().optional(),
        badgeArticle: z.string().optional(),
        because,
      }),
    )
    .optional(),
  /** /adoption/by/{source}/: how many badges, and what they say. */
  byPage: z
    .strictObject({
      path: z.string(),
      badgesAtLeast: z.number(),
      badgesMatch: z.string().optional(),
      someBadgeStartsWith: z.string().optional(),
      ledeIncludes: z.string().optional(),
      because,
    })
    .optional(),
});

const openDataSchema = z.strictObject({
  /** A measure of /data/measures.json checked field by field. */
  measure: z.strictObject({ id: z.string(), fields: z.record(z.string(), z.unknown()), textStartsWith: z.string() }).optional(),
  /** A table of /data/tables.json: its header and one row (0-based), as in its CSV. */
  table: z
    .strictObject({ id: z.string(), header: z.array(z.string()), row: z.number(), cells: z.array(z.string()), inheritedFirstRows: z.array(z.string()).optional() })
    .optional(),
  /** Every totals row of its tables, `[row id, label as written]` (none when absent). */
  totals: z.array(z.tuple([z.string(), z.string()])).optional(),
  /** A row label its tables write several ways, read as one. */
  rowLabels: z.array(z.strictObject({ label: z.string(), writtenAs: z.array(z.string()), because })).optional(),
  /** Its entry in datapackage.json's sources. */
  package: z.record(z.string(), z.string()).optional(),
  /** A panel of /data/panels.json checked field by field. */
  panel: z.strictObject({ id: z.string(), fields: z.record(z.string(), z.unknown()) }).optional(),
});

const frameworkSchema = z.strictObject({
  /** How pages name it (省委决定 …). */
  name: z.string(),
  /** Its articles (rows of the /adoption/ matrix), and the first as the matrix heads it. */
  articles: z.number(),
  firstArticle: z.string(),
  /** An article's page: heading, and passages marked in its text. */
  articlePage: z.strictObject({ path: z.string(), heading: z.string(), marksInclude: z.array(z.string()), because }),
});

const themesSchema = z.strictObject({
  /** Measures whose themes a reviewer checked: themes they carry, themes they must not, and the terms that explain a tag. */
  tagged: z.record(
    z.string(),
    z.strictObject({
      contains: ids.optional(),
      notContains: ids.optional(),
      explainedBy: z.strictObject({ theme: z.string(), via: z.string(), term: z.string(), inLead: z.number() }).optional(),
      because,
    }),
  ),
  /** Measures the dictionary includes by hand, with the words of the curator's reason. */
  included: z.array(z.strictObject({ id: z.string(), theme: z.string(), reasonMatches: z.string() })).optional(),
});

const citationsSchema = z.strictObject({
  /** Titles, as other texts cite this one, that resolve to it (`by`: how, where the reviewer checked it). */
  resolvesFrom: z.array(z.strictObject({ title: z.string(), by: z.enum(['title', 'citedAs', 'self']).optional() })).optional(),
  /** Titles that look like this one's but are other documents. */
  notResolved: z.array(z.strictObject({ title: z.string(), because })).optional(),
  /** A short title (本《规划》) that is this document in its own text after `before`, and nothing after `notBefore`. */
  selfCited: z.strictObject({ title: z.string(), before: z.string(), notBefore: z.string(), because }).optional(),
  /** Every unit of the corpus that cites this document, and words its citations carry. */
  citedAt: ids.optional(),
  someVariantIncludes: z.string().optional(),
  everyVariantIncludes: z.string().optional(),
  /** Its page, its entry's anchor on /citations/, and words of its heading. */
  document: z.strictObject({ page: z.string(), anchor: z.string(), headingIncludes: z.string() }).optional(),
  /** Reading pages whose unit links to it: the one cited title (`linkText`, the unit's only link) or words of it. */
  linkedFrom: z
    .array(
      z.strictObject({
        page: z.string(),
        unit: z.string(),
        linkText: z.string().optional(),
        linkTextIncludes: z.string().optional(),
        textIncludes: z.string().optional(),
        because,
      }),
    )
    .optional(),
  /**
   * Documents outside the corpus this text cites: every unit of this text that cites each (a
   * source that lists no entry for the title cites it nowhere), and short forms with their own anchor.
   */
  outside: z
    .array(
      z.strictObject({
        title: z.string(),
        match: z.enum(['equals', 'startsWith', 'includes']),
        places: ids,
        shortForms: z.array(z.string()).optional(),
        /** A reading page whose unit cites it, and the place's link on /citations/. */
        reachedFrom: z.strictObject({ page: z.string(), unit: z.string(), placeUrl: z.string() }).optional(),
        because,
      }),
    )
    .optional(),
});

const readingSchema = z.strictObject({
  /** A chapter page as a reader sees it: heading, page title, sections, contents, a table, and the way on. */
  chapterPage: z
    .strictObject({
      path: z.string(),
      heading: z.string(),
      title: z.string(),
      sections: z.array(z.string()),
      contents: z.number(),
      table: z.strictObject({ id: z.string(), caption: z.string(), rows: z.number(), columns: z.number() }),
      prev: z.string(),
      next: z.string(),
      document: z.string(),
    })
    .optional(),
  /** A measure reached by a deep link, with the words it holds and its GB/T 7714 citation up to the access date. */
  deepLink: z.strictObject({ path: z.string(), id: z.string(), textIncludes: z.string(), citationBeforeDate: z.string() }).optional(),
  /** A measure of several paragraphs, each anchored. */
  paragraphs: z.strictObject({ path: z.string(), measure: z.string(), count: z.number(), paragraph: z.string(), startsWith: z.string() }).optional(),
  /** A printed measure's permalink, as the print stylesheet writes it out. */
  printed: z.strictObject({ path: z.string(), measure: z.string(), permalink: z.string() }).optional(),
});

export const sourceExpectationsSchema = z.strictObject({
  /** Of the text file, byte for byte: the text is never edited by hand. */
  sha256: z.string(),
  chapters: z.array(z.string()),
  /** Sections per chapter. */
  sections: z.array(z.number()),
  measures: z.number(),
  /** `[caption, columns, rows]` per table. */
  tables: z.array(z.tuple([z.string(), z.number(), z.number()])),
  panels: z.number(),
  /**
   * Least share of the source's measures the theme dictionary should tag, as a reviewer states it
   * (kept as set when the file is rewritten). A plan about grassroots governance: 0.95; a law that
   * is simply about other things: lower, or null for no expectation.
   */
  themeCoverageAtLeast: z.number().nullable(),
  chains: chainsSchema.optional(),
  indicators: indicatorsSchema.optional(),
  themes: themesSchema.optional(),
  citations: citationsSchema.optional(),
  /** A local plan: what it adopts of the framework. */
  adoption: adoptionSchema.optional(),
  openData: openDataSchema.optional(),
  /** The framework only. */
  asFramework: frameworkSchema.optional(),
  reading: readingSchema.optional(),
});

export type SourceExpectations = z.infer<typeof sourceExpectationsSchema>;
/** What `npm run expectations` measures; the rest is hand-written. */
export const measuredKeys = ['sha256', 'chapters', 'sections', 'measures', 'tables', 'panels'] as const;

export function readExpectations(corpus: Corpus, slug: string): SourceExpectations {
  const path = expectationPath(corpus, slug);
  const parsed = sourceExpectationsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * The facts of one kind the shipped sources' files state, each with its source: the examples a test
 * checks. None is an error, not an empty test: a corpus must state at least one example of each kind.
 */
export function stated<T>(what: string, pick: (expected: SourceExpectations) => T | undefined): Array<{ slug: string; fact: T }> {
  const found = shippedExpectations().flatMap(({ slug, expected }) => {
    const fact = pick(expected);
    return fact === undefined ? [] : [{ slug, fact }];
  });
  if (found.length === 0) throw new Error(`tests/expectations: no source states ${what}; add one to a source's expectations file`);
  return found;
}

/** Every source of the shipped corpus that has an expectations file, in slug order, with its expectations. */
export function shippedExpectations(): Array<{ slug: string; expected: SourceExpectations }> {
  return slugsIn(shipped.sources)
    .filter((slug) => existsSync(expectationPath(shipped, slug)))
    .map((slug) => ({ slug, expected: readExpectations(shipped, slug) }));
}
