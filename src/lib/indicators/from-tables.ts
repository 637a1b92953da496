/**
 * Targets from tables. Recognised by their header, not by id, so a corrected source still parses:
 * - indicator tables: a 指标 column and a 目标值 column (some add 类别 and 属性, or 维度);
 * - year tables: 主要指标 and year columns such as 2021年/2025年 (a task table such as 社会工作站建设任务);
 * - task tables (caption has 任务) with a 合计/总数 row: that row's numbers are the plan-wide targets.
 */
import { parseTargets, unitFromName } from './parse.ts';
import { unitUrl } from '../urls.ts';
import type { IndicatorStatement, TableRecord } from './statement.ts';

const blank = (cell: string | undefined) => !cell || /^(——|—|-|\/|／)?$/.test(cell.trim());
const clean = (cell: string) => cell.replace(/\s+/g, '');

export function statementsFromTable(table: TableRecord): IndicatorStatement[] {
  const header = table.header.map(clean);
  const col = (name: string) => header.indexOf(name);
  // `表2  某市…主要指标` → `表2`; an unnumbered caption is its own label.
  const unitLabel = /^表\s*\d+/.exec(table.caption)?.[0].replace(/\s+/g, '') ?? table.caption;
  const base = { source: table.source, jurisdiction: table.jurisdiction, origin: 'table' as const, unitId: table.id, unitLabel, url: table.url, context: '' };
  const out: IndicatorStatement[] = [];
  // The body row a target is read from, by its anchor minted at collect: the row's own permalink.
  const rowOf = (row: string[]) => {
    const rowId = table.rowIds[table.rows.indexOf(row)];
    return { rowId, rowUrl: unitUrl(table.source, table.chapterPath, rowId) };
  };

  if (col('指标') >= 0 && col('目标值') >= 0) {
    const [category, dim, name, value, attr] = ['类别', '维度', '指标', '目标值', '属性'].map(col);
    for (const row of table.rows) {
      const dimension = [category, dim]
        .filter((i) => i >= 0 && !blank(row[i]))
        .map((i) => row[i].trim())
        .join('·');
      const unit = unitFromName(row[name]);
      for (const target of parseTargets(row[value], unit))
        out.push({ ...base, ...rowOf(row), dimension, name: row[name].trim(), targetAsWritten: row[value].trim(), target, attribute: attr >= 0 ? row[attr].trim() : '', year: '' });
    }
    return out;
  }

  const years = header.map((h, i) => [h, i] as const).filter(([h]) => /^20\d\d年$/.test(h));
  if (col('主要指标') >= 0 && years.length > 0) {
    const attr = header.findIndex((h) => /指标类型|属性/.test(h));
    for (const row of table.rows) {
      for (const [year, i] of years) {
        if (blank(row[i])) continue;
        // `200个（按各地乡镇、街道数计）`: the number is the target, the parentheses explain it.
        const [target] = parseTargets(row[i]);
        if (target)
          out.push({
            ...base,
            ...rowOf(row),
            dimension: table.caption.replace(/^表\s*\d+\s*/, ''),
            name: row[col('主要指标')].trim(),
            targetAsWritten: row[i].trim(),
            target,
            attribute: attr >= 0 ? row[attr].trim() : '',
            year: year.replace('年', ''),
          });
      }
    }
    return out;
  }

  if (/任务/.test(table.caption)) {
    const total = table.rows.find((row) => /^(合计|总数|总计)$/.test(clean(row[0] ?? '')));
    if (!total) return out;
    header.forEach((h, i) => {
      if (i === 0 || blank(total[i]) || h === '备注') return;
      const heading = table.header[i].trim();
      const attribute = /（(预期|约束)指标）/.exec(heading)?.[1];
      const name = heading.replace(/（(预期|约束)指标）/, '');
      const [target] = parseTargets(total[i], unitFromName(name));
      if (target)
        out.push({
          ...base,
          ...rowOf(total),
          dimension: table.caption.replace(/^表\s*\d+\s*/, ''),
          name,
          targetAsWritten: total[i].trim(),
          target,
          attribute: attribute ? `${attribute}性` : '',
          year: '',
        });
    });
  }
  return out;
}
