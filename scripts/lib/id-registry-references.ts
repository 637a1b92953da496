/**
 * References from the curated files to units: each names a registry id and quotes a few words of
 * the unit's text. Ids are never reused, so a reference can never land on another unit; the quote
 * tells whether the unit still says what the curator read. Ingest checks every reference and stops,
 * naming file and entry, when a quote is no longer in its unit's text or the unit is gone, so a
 * stale reference is never applied (scripts/ingest.ts). Pure: the caller reads the files.
 */
import { normalise } from './id-registry.ts';
import { adoptionEvaluationFileSchema, counterpartsEvaluationFileSchema, curatedFiles, curatedNamesWith } from '../../src/schemas/curated.ts';

export interface UnitReference {
  /** Where in the file, for a person: `themes[3] service-facilities include[0]`. */
  entry: string;
  id: string;
  quote: string | undefined;
}

type Json = Record<string, unknown>;
const list = (value: unknown) => (Array.isArray(value) ? (value as Json[]) : []);
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The units an adoption evaluation set names: each measure, each labelled article, each measure wording. */
function evaluationReferences(json: Json): UnitReference[] {
  return list(json.measures).flatMap((entry, i) => [
    { entry: `measures[${i}] measure`, id: String(entry.measure), quote: str(entry.measureQuote) },
    ...list(entry.adopts).flatMap((adoption, j) => [
      { entry: `measures[${i}] adopts[${j}] article`, id: String(adoption.article), quote: str(adoption.articleQuote) },
      { entry: `measures[${i}] adopts[${j}] measureWording`, id: String(entry.measure), quote: str(adoption.measureWording) },
    ]),
    ...list(entry.near).map((miss, j) => ({ entry: `measures[${i}] near[${j}] article`, id: String(miss.article), quote: str(miss.articleQuote) })),
  ]);
}

/** Every curated file that refers to units, and where its references are. */
export const curatedReferences: Array<{ file: string; references: (json: Json) => UnitReference[] }> = [
  {
    file: 'themes.json',
    references: (json) =>
      list(json.themes).flatMap((theme, i) =>
        (['include', 'exclude'] as const).flatMap((field) =>
          list(theme[field]).map((o, j) => ({ entry: `themes[${i}] ${str(theme.id)} ${field}[${j}]`, id: String(o.id), quote: str(o.quote) })),
        ),
      ),
  },
  {
    file: 'instruments.json',
    references: (json) => list(json.instruments).map((o, i) => ({ entry: `instruments[${i}] ${str(o.id)}`, id: String(o.article), quote: str(o.articleQuote) })),
  },
  {
    file: 'indicator-aliases.json',
    references: (json) =>
      (['statements', 'exclude'] as const).flatMap((field) => list(json[field]).map((o, i) => ({ entry: `${field}[${i}]`, id: String(o.unitId), quote: str(o.quote) }))),
  },
  {
    file: 'chain-corrections.json',
    references: (json) => list(json.corrections).map((o, i) => ({ entry: `corrections[${i}] ${str(o.id) ?? str(o.action)}`, id: String(o.record), quote: str(o.quote) })),
  },
  // The adoption evaluation sets (the sets and their second labellings) have one shape: every file
  // src/schemas/curated.ts lists with it.
  ...curatedNamesWith(adoptionEvaluationFileSchema).map((name) => ({ file: curatedFiles[name].path, references: evaluationReferences })),
  // The counterparts evaluation sets, likewise.
  ...curatedNamesWith(counterpartsEvaluationFileSchema).map((name) => ({ file: curatedFiles[name].path, references: counterpartReferences })),
];

/** The units a counterparts evaluation set names: each drawn measure, each counterpart and near-miss. */
function counterpartReferences(json: Json): UnitReference[] {
  return list(json.measures).flatMap((entry, i) => [
    { entry: `measures[${i}] measure`, id: String(entry.measure), quote: str(entry.measureQuote) },
    ...(['counterparts', 'near'] as const).flatMap((field) =>
      list(entry[field]).map((o, j) => ({ entry: `measures[${i}] ${str(entry.measure)} ${field}[${j}]`, id: String(o.measure), quote: str(o.measureQuote) })),
    ),
  ]);
}

export interface KnownUnit {
  text: string;
  /** Edition from which the unit is gone, for a removed unit. */
  removedIn?: string;
}

/** Problems with the references of one file, each `entry (id): what to do`. */
export function checkReferences(references: UnitReference[], units: Map<string, KnownUnit>): string[] {
  const problems: string[] = [];
  for (const { entry, id, quote } of references) {
    const unit = units.get(id);
    const where = `${entry} (${id})`;
    if (!quote) problems.push(`${where}: add "quote", a few words of the unit's text, so that a revision of the text is noticed`);
    else if (!unit) problems.push(`${where}: no unit has this id; correct the id`);
    else if (unit.removedIn)
      problems.push(`${where}: the unit (“${quote}…”) was removed in edition ${unit.removedIn}; remove the entry, or point it at the unit that now says what it said`);
    else if (!normalise(unit.text).includes(normalise(quote))) {
      problems.push(`${where}: the unit no longer says “${quote}” (it now begins “${unit.text.slice(0, 20)}”); check the entry against the revised text and update its quote`);
    }
  }
  return problems;
}
