/**
 * Indicators: the value parser on the forms the plans write, name normalisation, extraction from
 * the real tables and running text, and the curated aliases that put one indicator on one row.
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

describe('the real plans', () => {
  let corpus: Awaited<ReturnType<typeof realCorpus>>;
  let raw: IndicatorStatement[];
  let keyed: KeyedStatement[];
  let rows: IndicatorRow[];
  const aliases: AliasFile = aliasFileSchema.parse(aliasJson);
  const table = (id: string) => corpus.tables.find((t) => t.id === id)!;
  const row = (name: string) => rows.find((r) => r.key.startsWith(`${normaliseName(name)}|`))!;
  const cell = (r: IndicatorRow, source: string) => (r.cells[source] ?? []).map((s) => formatTarget(s.target));

  beforeAll(async () => {
    corpus = await realCorpus();
    raw = [...corpus.tables.flatMap(statementsFromTable), ...corpus.measures.flatMap(statementsFromMeasure)];
    keyed = applyAliases(raw, aliases);
    rows = buildRows(keyed, ['sichuan', 'suining', 'dazhou', 'guanghan', 'renshou']);
  });

  it('reads every row of the three indicator tables, with attributes where stated', () => {
    const dazhou = statementsFromTable(table('dazhou-2-3-table1'));
    expect(dazhou).toHaveLength(37);
    expect(dazhou.filter((s) => s.attribute === '约束性')).toHaveLength(9);
    expect(dazhou.filter((s) => s.attribute === '预期性')).toHaveLength(28);
    expect(dazhou.find((s) => s.name.startsWith('每万人中注册志愿者数量'))).toMatchObject({ dimension: '城乡社区服务', target: { operator: '≥', number: 1800, unit: '人' } });
    expect(dazhou.find((s) => s.name.startsWith('民生诉求响应完成率'))?.dimension).toBe('城乡社区治理·综治保障');
    expect(statementsFromTable(table('guanghan-5-1-table1'))).toHaveLength(35);
    const guarantee = statementsFromTable(table('guanghan-5-2-table1'));
    expect(guarantee).toHaveLength(35);
    // Written 1000 for a coverage rate in the source: kept as written, not corrected silently.
    expect(guarantee.find((s) => s.name.startsWith('志愿服务站点'))?.target.number).toBe(1000);
    expect(guarantee.find((s) => s.name.startsWith('社会工作专业人才数'))?.target).toMatchObject({ number: 0.1, unit: '万人' });
  });

  it('reads dazhou 表4 社会工作站建设任务 by year and the totals of task tables', () => {
    const stations = statementsFromTable(table('dazhou-4-3-table1'));
    expect(stations.map((s) => `${s.name} ${s.year} ${formatTarget(s.target)} ${s.attribute}`)).toEqual([
      '县（市、区）社工服务总站 2025 7 个 约束型',
      '乡镇（街道）社工站 2021 11 个 约束型',
      '乡镇（街道）社工站 2025 200 个 约束型',
      '城乡社区社工室 2021 2 个 预期型',
      '城乡社区社工室 2025 30 个 预期型',
    ]);
    expect(statementsFromTable(table('dazhou-5-5-table1')).map((s) => `${s.name} ${formatTarget(s.target)} ${s.attribute}`)).toEqual([
      '创建省市示范街道（个） 14 个 预期性',
      '创建省市示范社区（个） 40 个 预期性',
    ]);
    // A table of the present state (表1) holds no targets.
    expect(statementsFromTable(table('dazhou-1-2-table1'))).toEqual([]);
  });

  it('reads targets in running text, and none in sections about the past', () => {
    const of = (id: string) => statementsFromMeasure(corpus.measures.find((m) => m.id === id)!);
    expect(of('dazhou-4-1-3').map((s) => `${s.name}: ${formatTarget(s.target)} ${s.year}`)).toEqual([
      '全市所有街道和有条件的乡镇社区养老服务综合体: ≥ 1 个 2025',
      '乡镇（街道）范围具备综合功能的养老服务机构覆盖率: ≥ 60 % 2025',
      '社区养老服务覆盖率: ≥ 90 % 2025',
    ]);
    expect(of('renshou-3-3-2').map((s) => formatTarget(s.target))).toEqual(['30 平方米']);
    expect(of('suining-2-3-1').map((s) => formatTarget(s.target))).toEqual(['100 %', '≥ 80 %', '100 %']);
    expect(of('suining-3-3-1').map((s) => `${s.year} ${formatTarget(s.target)}`)).toEqual(['2022 10 家', '2025 20 家']);
    // 发展基础: “实名注册志愿者超过70万人，占全市常住人口比例达到13%” is a report, not a target.
    expect(of('dazhou-1-2-3')).toEqual([]);
    expect(of('suining-1-1-3')).toEqual([]);
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
    // Excluded conditions are gone.
    expect(keyed.some((s) => s.unitId === 'dazhou-5-1-2')).toBe(false);
  });

  it('puts the same indicator of different plans on one row', () => {
    expect(cell(row('每万人中注册志愿者数量'), 'dazhou')).toEqual(['≥ 1800 人']);
    expect(cell(row('每万人中注册志愿者数量'), 'guanghan')).toEqual(['≥ 2000 人']);
    expect(row('民生诉求响应完成率').sources).toEqual(['dazhou', 'guanghan']);
    expect(row('城乡社区综合服务设施覆盖率').sources).toEqual(['dazhou', 'guanghan']);
    const area = row('每百户居民拥有社区综合服务设施面积');
    expect(area.sources).toEqual(['suining', 'dazhou', 'guanghan', 'renshou']);
    expect(cell(area, 'guanghan')).toEqual(['≥ 35 平方米']);
    expect(area.cells.renshou[0].aliasReason).toMatch(/每百户居民30平方米/);
    // `nth` tells apart the two 达到100% of one sentence: compounds' party organisations, then owners' committees.
    expect(cell(row('小区党组织覆盖率'), 'suining')).toEqual(['100 %', '≥ 80 %']);
    expect(cell(row('小区党组织覆盖率'), 'dazhou')).toEqual(['≥ 2/3']);
    // The same share in percent and per 10,000 stays on two rows: units differ.
    expect(row('注册志愿者占常住人口比例').sources).toEqual(['suining', 'renshou']);
  });

  it('counts what the page reports', () => {
    const fromTables = keyed.filter((s) => s.origin === 'table').length;
    expect(fromTables).toBe(37 + 35 + 35 + 5 + 2 + 3);
    expect(keyed.length - fromTables).toBeGreaterThanOrEqual(80);
    expect(rows.filter((r) => r.sources.length >= 3).map((r) => r.name)).toEqual([
      '每百户居民拥有社区综合服务设施面积（平方米）',
      '城市社区平均社区社会组织数量（个）',
      '每个街道社区养老服务综合体（个）',
      '小区党组织覆盖率（%）',
      '城市社区人口规模（户）',
    ]);
    expect(keyed.some((s) => s.source === 'sichuan')).toBe(false);
  });
});
