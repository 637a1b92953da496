/**
 * Indicators: the value parser on the forms the plans write, name normalisation, extraction from
 * the shipped tables and running text (facts in each source's tests/expectations/{slug}.json:
 * indicators), and the curated aliases that put one indicator on one row.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import aliasJson from '../../content/indicator-aliases.json';
import { aliasFileSchema, applyAliases, type AliasFile, type KeyedStatement } from '../../src/lib/indicators/aliases.ts';
import { statementsFromTable } from '../../src/lib/indicators/from-tables.ts';
import { statementsFromMeasure } from '../../src/lib/indicators/from-text.ts';
import { formatTarget, normaliseName, parseTargets, unitFromName } from '../../src/lib/indicators/parse.ts';
import { buildRows, type IndicatorRow } from '../../src/lib/indicators/rows.ts';
import type { IndicatorStatement } from '../../src/lib/indicators/statement.ts';
import { realCorpus } from '../support/corpus.ts';
import { shippedExpectations } from '../support/expectation-schema.ts';

const one = (text: string, unit = '') => {
  const targets = parseTargets(text, unit);
  expect(targets, text).toHaveLength(1);
  return targets[0];
};

describe('parseTargets', () => {
  it('reads table cells: ≥30, 100, 80%, 1000, 0.1 with the unit from the name', () => {
    expect(one('≥30', '平方米')).toMatchObject({ operator: '≥', number: 30, unit: '平方米' });
    expect(one('100', '%')).toMatchObject({ operator: '=', number: 100, unit: '%' });
    expect(one('80%')).toMatchObject({ operator: '=', number: 80, unit: '%', asWritten: '80%' });
    expect(one('1000', '%')).toMatchObject({ operator: '=', number: 1000 });
    expect(one('0.1', '万人')).toMatchObject({ operator: '=', number: 0.1, unit: '万人', numberText: '0.1' });
  });

  it('reads a fraction of a share as a percentage but shows it as written', () => {
    const t = one('≥2/3', '%');
    expect(t.operator).toBe('≥');
    expect(t.number).toBeCloseTo(66.667, 2);
    expect(t.numberText).toBe('2/3');
    expect(formatTarget(t)).toBe('≥ 2/3');
    expect(one('2/3').number).toBeCloseTo(0.6667, 3);
  });

  it('reads the words of the running text', () => {
    expect(one('达到100%')).toMatchObject({ operator: '=', number: 100, unit: '%' });
    expect(one('80%以上')).toMatchObject({ operator: '≥', number: 80, unit: '%' });
    expect(one('不低于30平方米')).toMatchObject({ operator: '≥', number: 30, unit: '平方米' });
    expect(one('不少于700个')).toMatchObject({ operator: '≥', number: 700, unit: '个' });
    expect(one('不超过20个')).toMatchObject({ operator: '≤', number: 20 });
    expect(one('超过50万元')).toMatchObject({ operator: '>', number: 50, unit: '万元' });
    expect(one('至少建有一个')).toMatchObject({ operator: '≥', number: 1, unit: '个', numberText: '1', asWritten: '至少建有一个' });
  });

  it('finds two values in “力争达到100%、80%以上”', () => {
    expect(parseTargets('力争达到100%、80%以上').map(formatTarget)).toEqual(['100 %', '≥ 80 %']);
  });

  it('reads ranges with dashes and 至', () => {
    expect(one('1500—4000户')).toMatchObject({ operator: 'range', number: 1500, max: 4000, unit: '户' });
    expect(one('2000至4000户')).toMatchObject({ operator: 'range', number: 2000, max: 4000, numberText: '2000—4000' });
    expect(formatTarget(one('1—2个'))).toBe('1—2 个');
  });

  it('does not take years, plan periods or ordinary words for values', () => {
    for (const text of ['到2025年', '“十四五”末', '一个漏斗', '三级架构', '15分钟社区服务圈', '/', '——', '5G基站', '〔2021〕76号']) expect(parseTargets(text), text).toEqual([]);
  });
});

describe('names', () => {
  it('takes the unit from the last parentheses only when it is a unit', () => {
    expect(unitFromName('城乡社区综合服务设施覆盖率（%）')).toBe('%');
    expect(unitFromName('社会工作专业人才数（万人）')).toBe('万人');
    expect(unitFromName('社会组织孵化园（基地）县（市、区）级覆盖率（%）')).toBe('%');
    expect(unitFromName('智慧小区建成个数')).toBe('');
    expect(unitFromName('党群服务重心社区（村庄）')).toBe('');
  });

  it('normalises units, brackets, quotation marks, scope words and ratio wording', () => {
    expect(normaliseName('全市小区有物业服务企业入驻的比例（%）')).toBe(normaliseName('小区有物业服务企业入驻率'));
    expect(normaliseName('乡镇(街道)社会工作服务覆盖率（%）')).toBe('乡镇（街道）社会工作服务覆盖率');
    expect(normaliseName('政务服务“一网通办”综合实现率（%）')).toBe('政务服务一网通办综合实现率');
    expect(normaliseName('建有党组织的小区所占比例（%）')).toBe('建有党组织小区率');
  });
});

describe('the shipped plans', () => {
  let corpus: Awaited<ReturnType<typeof realCorpus>>;
  let raw: IndicatorStatement[];
  let keyed: KeyedStatement[];
  let rows: IndicatorRow[];
  const aliases: AliasFile = aliasFileSchema.parse(aliasJson);
  const table = (id: string) => corpus.tables.find((t) => t.id === id)!;
  const row = (name: string) => rows.find((r) => r.key.startsWith(`${normaliseName(name)}|`))!;
  const cell = (r: IndicatorRow, source: string) => (r.cells[source] ?? []).map((s) => formatTarget(s.target));
  /** A statement in the shape its expectation is written in: only the fields the reviewer wrote, the target formatted. */
  const asWritten = (statement: IndicatorStatement, want: Record<string, unknown> | undefined) =>
    Object.fromEntries(Object.keys(want ?? {}).map((key) => [key, key === 'target' ? formatTarget(statement.target) : statement[key as keyof IndicatorStatement]]));

  beforeAll(async () => {
    corpus = await realCorpus();
    raw = [...corpus.tables.flatMap(statementsFromTable), ...corpus.measures.flatMap(statementsFromMeasure)];
    keyed = applyAliases(raw, aliases);
    rows = buildRows(
      keyed,
      corpus.sources.map((source) => source.slug),
    );
  });

  it('keeps the alias file honest: every entry has a reason and still matches something', () => {
    const names = new Set(raw.map((s) => normaliseName(s.name)));
    for (const alias of aliases.aliases) {
      expect(alias.reason.length, alias.canonical).toBeGreaterThan(4);
      for (const name of alias.names) expect(names.has(normaliseName(name)), name).toBe(true);
    }
    for (const entry of [...aliases.statements, ...aliases.exclude])
      expect(
        raw.some((s) => s.unitId === entry.unitId && s.targetAsWritten === entry.asWritten),
        `${entry.unitId} ${entry.asWritten}`,
      ).toBe(true);
  });

  it('charts exactly the rows that three or more plans share, as each plan’s expectations list them', () => {
    const charted = rows.filter((r) => r.sources.length >= 3);
    for (const { slug, expected } of shippedExpectations()) {
      const want = expected.indicators?.sharedByThreeOrMore ?? [];
      expect(
        charted
          .filter((r) => r.sources.includes(slug))
          .map((r) => r.name)
          .sort(),
        slug,
      ).toEqual([...want].sort());
    }
  });

  describe.each(shippedExpectations())('$slug', ({ slug, expected }) => {
    const want = expected.indicators;

    it('states its indicators in its expectations file', () => {
      expect(want, `tests/expectations/${slug}.json: indicators`).toBeDefined();
    });
    if (!want) return;

    it('counts what the page reports: statements from tables, and targets in running text', () => {
      const own = keyed.filter((s) => s.source === slug);
      expect(own.some(() => true)).toBe(want.statesTargets);
      expect(own.filter((s) => s.origin === 'table').length).toBe(want.fromTables);
      expect(own.filter((s) => s.origin !== 'table').length).toBeGreaterThanOrEqual(want.fromTextAtLeast);
    });

    for (const [id, t] of Object.entries(want.tables ?? {})) {
      it(`reads every row of ${id}, with attributes where stated`, () => {
        const got = statementsFromTable(table(id));
        expect(got).toHaveLength(t.count);
        for (const [attribute, count] of Object.entries(t.attributes ?? {}))
          expect(
            got.filter((s) => s.attribute === attribute),
            attribute,
          ).toHaveLength(count);
        for (const { nameStartsWith, fields } of t.statements ?? [])
          expect(
            got.find((s) => s.name.startsWith(nameStartsWith)),
            nameStartsWith,
          ).toMatchObject(fields);
        if (t.listed) expect(got.map((s, i) => asWritten(s, t.listed![i] ?? t.listed![0]))).toEqual(t.listed);
      });
    }

    if (want.measures) {
      it('reads targets in running text, and none in sections about the past', () => {
        for (const [id, { targets }] of Object.entries(want.measures!)) {
          const got = statementsFromMeasure(corpus.measures.find((m) => m.id === id)!);
          expect(
            got.map((s, i) => asWritten(s, targets[i] ?? targets[0])),
            id,
          ).toEqual(targets);
        }
      });
    }

    if (want.excluded) {
      it('drops the conditions the alias file excludes', () => {
        for (const id of want.excluded!)
          expect(
            keyed.some((s) => s.unitId === id),
            id,
          ).toBe(false);
      });
    }

    if (want.rows) {
      it('puts the same indicator of different plans on one row', () => {
        for (const [name, { cells, aliasReasonMatches, rowSources }] of Object.entries(want.rows!)) {
          const r = row(name);
          expect(r, name).toBeDefined();
          if (cells) expect(cell(r, slug), name).toEqual(cells);
          if (aliasReasonMatches) expect(r.cells[slug][0].aliasReason, name).toMatch(aliasReasonMatches);
          if (rowSources) expect(r.sources, name).toEqual(rowSources);
        }
      });
    }
  });
});
