/**
 * What a match is called on the pages: 落实 (implements) for a text written to implement the
 * framework; for one that is not (its settings' `implements` lacks it), 措辞同 when it shares wording
 * and 举措同 when it states the same instrument in other words — a likeness, not implementation.
 */
import type { AdoptionMatchEntry } from '../../schemas/adoption.ts';

export function adoptionVerb(match: Pick<AdoptionMatchEntry, 'passages' | 'clauses'>, predates: boolean): string {
  if (!predates) return '落实';
  return match.passages.length + match.clauses.length > 0 ? '措辞同' : '举措同';
}
