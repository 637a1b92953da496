/**
 * The curated corrections in content/indicator-aliases.json, checked and applied. Every entry says
 * why, so a reader of the table can see which joins are the site's judgement and not the texts'.
 */
import { z } from 'astro/zod';
import { normaliseName, type Operator } from './parse.ts';
import type { IndicatorStatement } from './statement.ts';

const reason = z.string().min(4);
export const aliasFileSchema = z.object({
  /** Names (any jurisdiction) that mean the same indicator as `canonical`. */
  aliases: z.array(z.object({ canonical: z.string().min(2), names: z.array(z.string().min(2)), units: z.record(z.string(), z.string()).optional(), reason })),
  /** Text targets whose extracted name (or operator) the rules get wrong: fixed by hand. */
  statements: z.array(
    z.object({
      unitId: z.string(),
      quote: z.string().optional(),
      asWritten: z.string(),
      nth: z.number().int().min(0).optional(),
      name: z.string().optional(),
      operator: z.enum(['≥', '≤', '=', '>', '<', 'range']).optional(),
      reason,
    }),
  ),
  /** Numbers in the text that are not targets (conditions, thresholds of a definition). */
  exclude: z.array(z.object({ unitId: z.string(), quote: z.string().optional(), asWritten: z.string(), reason })),
});
export type AliasFile = z.infer<typeof aliasFileSchema>;

export interface KeyedStatement extends IndicatorStatement {
  /** The row it belongs on: canonical name (normalised) and unit. */
  key: string;
  /** The name the row shows. */
  rowName: string;
  /** Why it sits on a row whose name differs from its own, when it does. */
  aliasReason: string;
}

const same = (s: IndicatorStatement, e: { unitId: string; asWritten: string }) => s.unitId === e.unitId && s.targetAsWritten === e.asWritten;

export function applyAliases(statements: IndicatorStatement[], file: AliasFile): KeyedStatement[] {
  const byName = new Map<string, AliasFile['aliases'][number]>();
  for (const alias of file.aliases) for (const name of [alias.canonical, ...alias.names]) byName.set(normaliseName(name), alias);
  const out: KeyedStatement[] = [];
  const seen = new Map<string, number>();
  for (const original of statements) {
    if (file.exclude.some((e) => same(original, e))) continue;
    // `nth` tells apart equal values in one measure (`100个功能服务型和100个兴趣爱好…`).
    const at = `${original.unitId}|${original.targetAsWritten}`;
    const nth = seen.get(at) ?? 0;
    seen.set(at, nth + 1);
    const fix = file.statements.filter((e) => same(original, e) && (e.nth === undefined || e.nth === nth));
    const statement = { ...original, target: { ...original.target } };
    for (const f of fix) {
      if (f.name) statement.name = f.name;
      if (f.operator) statement.target.operator = f.operator as Operator;
    }
    const alias = byName.get(normaliseName(statement.name));
    // `家` and `个` both count organisations: an alias may say which units are one.
    const unit = alias?.units?.[statement.target.unit] ?? statement.target.unit;
    const rowName = alias ? alias.canonical : statement.name.replace(/[（(][^（）()]*[）)]\s*$/, (m) => (unit && m.includes(unit) ? '' : m));
    out.push({
      ...statement,
      key: `${normaliseName(alias?.canonical ?? statement.name)}|${unit}`,
      rowName,
      aliasReason: [...fix.map((f) => f.reason), alias && normaliseName(alias.canonical) !== normaliseName(statement.name) ? alias.reason : ''].filter(Boolean).join('；'),
    });
  }
  return out;
}
