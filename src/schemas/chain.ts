/** Schemas of the chain records (src/lib/chains/collect.ts builds them, the `chains` loader stores them). */
import { z } from 'astro/zod';
import { PURPOSES } from '../lib/chains/purpose.ts';

const pattern = z.enum(['dash', 'plus', 'enumeration', 'run', 'count-only', 'correction']);

/** Where a chain-like list stands: shared by chains and reports. */
const place = z.object({
  /** `{record}-c{n}`: the n-th chain-like list the rule met in that measure or panel. */
  id: z.string(),
  source: z.string(),
  jurisdiction: z.string(),
  /** The measure (or panel) the list is written in. */
  record: z.string(),
  chapterNumber: z.number(),
  /** Permalink of that measure: `/plans/{source}/{chapter}/#{record}`. */
  url: z.string(),
});

export const chainSchema = place.extend({
  /** 五级 / 四级 / 三级, from the number of levels. */
  kind: z.string(),
  /** N of the “N级” written in the text; null when the text states no count. */
  stated: z.number().nullable(),
  purpose: z.enum(PURPOSES),
  /** 城市 or 农村 when the text right before the chain says which (城区建立… / 农村建立…). */
  setting: z.enum(['urban', 'rural']).nullable(),
  /** The structure the text names right after the list: 组织架构, 政务服务网络… */
  name: z.string(),
  /** Levels top to bottom as written. */
  levels: z.array(z.string()),
  /** Indexes of levels a correction supplied (not in the text). */
  supplied: z.array(z.number()),
  sentence: z.string(),
  raw: z.string(),
  pattern,
  correction: z.object({ action: z.enum(['fix', 'add']), reason: z.string() }).nullable(),
  /** Mermaid flowchart source, with accTitle/accDescr. */
  mermaid: z.string(),
  /** Build-time SVG of that flowchart; empty when rendering failed (the text list still shows). */
  svg: z.string(),
});

export const chainReportSchema = place.extend({
  /** unreadable: the rule could not settle it; rejected: not a hierarchy; dropped: by a correction. */
  status: z.enum(['unreadable', 'rejected', 'dropped']),
  pattern,
  levels: z.array(z.string()),
  raw: z.string(),
  sentence: z.string(),
  reason: z.string(),
});

export type ChainRecord = z.infer<typeof chainSchema>;
export type ChainReport = z.infer<typeof chainReportSchema>;
