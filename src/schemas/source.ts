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
  'md2', // ## 二、…  (a text set as Markdown)
  'cn-dun', // 一、
  'cn-paren', // （一） or (一)
  'num-dun', // 1、
  'num-dot', // 1. or 1．
  'bian', // 第一编 (a law's parts, above its chapters)
  'tiao', // 第一条 (a law's or regulation's articles: the article is the measure)
] as const;
export const headingStyle = z.enum(headingStyles);
export type HeadingStyle = z.infer<typeof headingStyle>;

/**
 * A slug: lower-case latin words joined by hyphens, each word starting with a letter. No word may be
 * all digits, because unit ids are `{slug}-{chapter}-…` and a slug such as `example-4` would make
 * `example-4-1` mean both a section of `example` and a chapter of `example-4`.
 */
export const slugSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*$/, 'lower-case latin words joined by hyphens, each word starting with a letter (e.g. `mianyang-plan`; `example-4` is not allowed)');

/** Administrative levels, from the state down. */
export const levels = ['national', 'province', 'municipality', 'prefecture', 'county-city', 'district', 'county', 'township'] as const;
/** Kinds of document. */
export const kinds = ['law', 'regulation', 'rules', 'opinions', 'decision', 'plan', 'notice', 'other'] as const;
/** Where a document stands in its life. */
export const statuses = ['draft', 'in-force', 'revised', 'repealed'] as const;

/** A date as written on the document, in ISO form: `2021-06-30` (or `2021-06`, `2021` when that is all that is known). */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY-MM-DD (or YYYY-MM, YYYY)');

export const sourceSettings = z
  .object({
    /** URL-safe name, same as the file name: `demo-city`. */
    slug: slugSchema,
    /** Jurisdiction as written in Chinese: `示范市`. */
    jurisdiction: z.string().min(1),
    /** English name of the jurisdiction: `Demo City`. */
    jurisdictionEn: z.string().min(1),
    /** Administrative level of the jurisdiction. */
    level: z.enum(levels),
    /** Parents, nearest first: `["示范市", "北原省"]`. Empty for the state or a province. */
    parents: z.array(z.string()),
    /** Full title of the document. */
    title: z.string().min(1),
    /**
     * Short name of the document, used where two documents of one jurisdiction stand side by side
     * (`物业条例` beside `十四五规划`). Optional: without it the jurisdiction labels the document.
     */
    shortName: z.string().min(1).optional(),
    /** Other titles under which other documents cite this one. */
    citedAs: z.array(z.string()).default([]),
    /** What kind of document it is. */
    kind: z.enum(kinds),
    /** Where the document stands: a draft for comment, in force, revised, repealed. Omit when unknown. */
    status: z.enum(statuses).optional(),
    /** Issuing body as printed (`中共北原省委`, `示范市人民政府办公室`); the author of a citation. Omit when unknown. */
    issuer: z.string().min(1).optional(),
    /** Document number (文号) as printed: `川委发〔2020〕1号`. */
    documentNumber: z.string().min(1).optional(),
    /** Dates stated on or about the document; each optional, none invented. */
    dates: z
      .object({
        /** Issued (印发/发布). */
        issued: isoDate.optional(),
        /** Adopted (通过), for laws and regulations. */
        adopted: isoDate.optional(),
        /** Revised or amended (修订/修正), oldest first. */
        revised: z.array(isoDate).default([]),
        /** In force from (施行). */
        effective: isoDate.optional(),
      })
      .strict()
      .default({ revised: [] }),
    /**
     * Editions kept of this text, oldest first (a draft and its final text; a 十四五 plan and its
     * 十五五 successor read as one series). The last is the current text, `{slug}.txt`; each earlier
     * one is `{slug}.editions/{id}.txt`. Ids in the id registry keep their meaning across them.
     * Omit when only the current text is kept.
     */
    editions: z
      .array(
        z
          .object({
            /** URL-safe id: `draft`, `final`, `2021`. */
            id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case latin letters, digits and hyphens (e.g. `draft`)'),
            /** Label shown to readers: `征求意见稿`, `正式印发`. */
            label: z.string().min(1),
            date: isoDate.optional(),
            status: z.enum(statuses).optional(),
          })
          .strict(),
      )
      .min(1)
      .optional(),
    /** Where the original text is published. */
    url: z.url().optional(),
    /**
     * Slugs of the documents in the corpus this text implements (a provincial decision, a national
     * law); several are allowed. Wording shared with a document the text does not implement is
     * reported as common wording, not adoption.
     */
    implements: z.array(slugSchema).default([]),
    /** Whether the document is a framework others implement or a local text compared with others. */
    role: z.enum(['framework', 'local']),
    /**
     * A framework whose adoption pages were published at `/adoption/{n}/` and `/adoption/by/{source}/`,
     * before each framework had its own (`/adoption/{slug}/…`): those addresses keep leading to its
     * pages. At most one source may say so; it must be a framework.
     */
    shortAdoptionUrls: z.boolean().optional(),
    /** Position in lists and columns (lower first); sources without one follow, by level then slug. */
    order: z.number().int().optional(),
    /** Colour of the source in charts, as `#rrggbb`; a colour is derived from the slug when omitted. */
    colour: z
      .string()
      .regex(/^#[0-9a-f]{6}$/i, 'a colour as #rrggbb')
      .optional(),
    /** Known defects of the text and facts a reader should know, said on the site. */
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
  national: '国家',
  province: '省',
  municipality: '直辖市',
  prefecture: '地级市',
  'county-city': '县级市',
  district: '市辖区',
  county: '县',
  township: '乡镇',
};
export const kindLabel: Record<SourceSettings['kind'], string> = {
  law: '法律',
  regulation: '条例',
  rules: '规定·办法',
  opinions: '意见',
  decision: '决定',
  plan: '规划',
  notice: '通知',
  other: '其他',
};
export const statusLabel: Record<NonNullable<SourceSettings['status']>, string> = {
  draft: '征求意见稿',
  'in-force': '现行有效',
  revised: '已修订',
  repealed: '已废止',
};
