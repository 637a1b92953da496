/**
 * Settings of one source text: `content/sources/{slug}.json`, beside `{slug}.txt`.
 * Read by ingest (to parse the text) and by the site (to describe the document).
 */
import { z } from 'astro/zod';

/** Heading styles the parser knows. Each source says which style is which unit. */
export const headingStyles = [
  'zhang', // 第一章
  'jie', // 第一节
  'qianyan', // 前言 / 前　　言
  'fujian', // 附件
  'md2', // ## 二、…  (sichuan)
  'cn-dun', // 一、
  'cn-paren', // （一） or (一)
  'num-dun', // 1、
  'num-dot', // 1. or 1．
] as const;
export const headingStyle = z.enum(headingStyles);
export type HeadingStyle = z.infer<typeof headingStyle>;

export const sourceSettings = z
  .object({
    /** URL-safe name, same as the file name: `suining`. */
    slug: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case latin letters, digits and hyphens'),
    /** Jurisdiction as written in Chinese: `遂宁市`. */
    jurisdiction: z.string().min(1),
    /** English name of the jurisdiction: `Suining`. */
    jurisdictionEn: z.string().min(1),
    /** Administrative level. */
    level: z.enum(['province', 'prefecture', 'county-city', 'county']),
    /** Parents, nearest first: `["德阳市", "四川省"]`. Empty for the province. */
    parents: z.array(z.string()),
    /** Full title of the document. */
    title: z.string().min(1),
    /** Other titles under which other documents cite this one. */
    citedAs: z.array(z.string()).default([]),
    /** What kind of document it is. */
    kind: z.enum(['decision', 'plan', 'opinions']),
    /** True for a draft (征求意见稿). */
    draft: z.boolean(),
    /**
     * False for a local text written to implement another provincial document than the framework
     * (renshou implements the 2018 provincial opinions, which predate the decision): wording it
     * shares with the framework comes from a common ancestor, so the site says 措辞同, not 落实.
     */
    implementsFramework: z.boolean().default(true),
    /** Whether the document is the provincial framework or a local plan compared with others. */
    role: z.enum(['framework', 'local']),
    /** Known defects of the text, said on the site. */
    notes: z.array(z.string()).default([]),
    /** How many leading non-blank lines form the document's own title block. */
    titleLines: z.number().int().min(0).default(0),
    /** Title for text that stands before the first chapter heading without a heading of its own. */
    frontTitle: z.string().default('前言'),
    /** Which heading style is which unit. A style not listed is ordinary text. */
    headings: z.object({
      chapter: z.array(headingStyle).min(1),
      section: z.array(headingStyle).default([]),
      /** Numbered items that are measures (the line's lead sentence or the heading is the measure's title). */
      item: z.array(headingStyle).default([]),
    }),
  })
  .strict();
export type SourceSettings = z.infer<typeof sourceSettings>;

export const levelLabel: Record<SourceSettings['level'], string> = {
  province: '省',
  prefecture: '地级市',
  'county-city': '县级市',
  county: '县',
};
export const kindLabel: Record<SourceSettings['kind'], string> = {
  decision: '决定',
  plan: '规划',
  opinions: '实施意见',
};
