/**
 * Inter-rater agreement between two labellings of the same (measure, article) pairs: each labelling
 * says, for every measure, the articles it adopts, and every other article of the list is a negative.
 * Pure: the caller reads the files and chooses the measures (all of them, or one source's).
 *
 * Reported, as a researcher citing the figures needs them (Cohen 1960; Cicchetti & Feinstein 1990):
 * - raw agreement: the share of pairs both labellings put on the same side;
 * - Cohen's kappa: raw agreement corrected for the agreement expected by chance from each
 *   labeller's own rate of positives, (po − pe) / (1 − pe);
 * - positive agreement 2·both / (a + b), a and b each labelling's positives, and negative agreement
 *   likewise: with few positives among many pairs, raw agreement is high whatever happens on the
 *   positives, so the positives are reported apart.
 */

/** For each measure, the articles a labelling says it adopts. */
export type Labelling = ReadonlyMap<string, ReadonlySet<string>>;

/** The 2×2 table of two labellings over the same pairs. */
export interface AgreementTable {
  /** Pairs both labellings call adoption. */
  both: number;
  /** Pairs only the first labelling calls adoption. */
  firstOnly: number;
  /** Pairs only the second labelling calls adoption. */
  secondOnly: number;
  /** Pairs neither calls adoption. */
  neither: number;
}

export interface Agreement extends AgreementTable {
  pairs: number;
  /** Share of pairs labelled alike. */
  raw: number;
  /** Cohen's kappa; null when chance agreement is 1 (both labellings put every pair on one side). */
  kappa: number | null;
  /** 2·both / (first's positives + second's positives); null when neither has a positive. */
  positive: number | null;
  /** 2·neither / (first's negatives + second's negatives); null when neither has a negative. */
  negative: number | null;
}

/** A pair one labelling calls adoption while the other does not. */
export interface Disagreement {
  measure: string;
  article: string;
  /** Which labelling says the measure adopts the article. */
  saidBy: 'first' | 'second';
}

/**
 * Counts the table over measures × articles. A measure missing from either labelling, or an article
 * a labelling names that is not in `articles`, is an error: the two would not cover the same pairs.
 */
export function agreementTable(measures: readonly string[], articles: readonly string[], first: Labelling, second: Labelling): AgreementTable {
  const table: AgreementTable = { both: 0, firstOnly: 0, secondOnly: 0, neither: 0 };
  for (const measure of measures) {
    const [a, b] = [adoptedBy(first, 'first', measure, articles), adoptedBy(second, 'second', measure, articles)];
    for (const article of articles) {
      if (a.has(article) && b.has(article)) table.both++;
      else if (a.has(article)) table.firstOnly++;
      else if (b.has(article)) table.secondOnly++;
      else table.neither++;
    }
  }
  return table;
}

/** Raw, chance-corrected and specific agreement of a table. */
export function agreementOf(table: AgreementTable): Agreement {
  const { both, firstOnly, secondOnly, neither } = table;
  const pairs = both + firstOnly + secondOnly + neither;
  if (pairs === 0) throw new Error('no pairs to compare: give at least one measure and one article');
  const raw = (both + neither) / pairs;
  const firstRate = (both + firstOnly) / pairs;
  const secondRate = (both + secondOnly) / pairs;
  const chance = firstRate * secondRate + (1 - firstRate) * (1 - secondRate);
  const specific = (agreed: number, disagreed: number) => (agreed + disagreed === 0 ? null : (2 * agreed) / (2 * agreed + disagreed));
  return {
    ...table,
    pairs,
    raw,
    kappa: chance === 1 ? null : (raw - chance) / (1 - chance),
    positive: specific(both, firstOnly + secondOnly),
    negative: specific(neither, firstOnly + secondOnly),
  };
}

/** agreementTable then agreementOf. */
export function agreement(measures: readonly string[], articles: readonly string[], first: Labelling, second: Labelling): Agreement {
  return agreementOf(agreementTable(measures, articles, first, second));
}

/** The pairs the two labellings disagree on, measure by measure in the given order. */
export function disagreements(measures: readonly string[], articles: readonly string[], first: Labelling, second: Labelling): Disagreement[] {
  return measures.flatMap((measure) => {
    const [a, b] = [adoptedBy(first, 'first', measure, articles), adoptedBy(second, 'second', measure, articles)];
    return articles.flatMap((article): Disagreement[] => (a.has(article) === b.has(article) ? [] : [{ measure, article, saidBy: a.has(article) ? 'first' : 'second' }]));
  });
}

function adoptedBy(labelling: Labelling, which: string, measure: string, articles: readonly string[]): ReadonlySet<string> {
  const adopted = labelling.get(measure);
  if (!adopted) throw new Error(`the ${which} labelling has no entry for ${measure}: both must label the same measures`);
  for (const article of adopted)
    if (!articles.includes(article)) throw new Error(`the ${which} labelling says ${measure} adopts ${article}, which is not among the articles compared`);
  return adopted;
}

/** A labelled measure as an evaluation file holds it: the articles it adopts, by id. */
export interface LabelledMeasure {
  measure: string;
  half: string;
  adopts: ReadonlyArray<{ article: string }>;
}

/** The labelling of an evaluation file, or of one half of it, with its measures in the file's order. */
export function labellingOf(measures: readonly LabelledMeasure[], half?: string): { measures: string[]; labelling: Labelling } {
  const chosen = half === undefined ? measures : measures.filter((m) => m.half === half);
  return { measures: chosen.map((m) => m.measure), labelling: new Map(chosen.map((m) => [m.measure, new Set(m.adopts.map((a) => a.article))])) };
}
