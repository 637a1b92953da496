/**
 * Random mixtures of the odd lines users' texts contain (headings in every numbering, invisible and
 * bidi characters, bookmarks, `#`, TAB cells, imprints, contents, panels), under random settings:
 * each either ingests losslessly with unique ids, or stops with a clear `IngestError`. The lossless
 * message ("ingest would change the text") must never be reachable. Seeded: the same run every time.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../../scripts/lib/collect-records.ts';
import { IngestError } from '../../../scripts/lib/errors.ts';
import { parseSource } from '../../../scripts/lib/pipeline.ts';
import { readSourceFiles } from '../../../scripts/lib/read-source.ts';

const lines = [
  '第一章　总则',
  '第２章 分则',
  '第三\u200B章',
  '\u200B第一节　一般',
  '第一条　甲。',
  '第十二条　乙：',
  '（一）丙；',
  '（二）丁。',
  '1.戊；',
  '2.己。',
  '# 井号',
  '## 二、标题',
  '#x',
  '[bookmark: _Toc1]第一节　X',
  '[bookmark: _Toc2]',
  '句中[bookmark: a]。',
  '\u200B',
  '\uFEFF',
  '\u202E反转',
  '\t甲',
  '\t乙',
  '\t',
  '',
  '',
  '目录',
  '第一编　总则',
  '（2019年1月1日通过）',
  '（2019年1月1日某会议通过',
  '修正）',
  '专栏1 项目',
  '表1 数量',
  '前　言',
  '附件1',
  '一、总体',
  '正文，句子。 短句。后文。',
  '第一节  有导语 导语句。',
  '<script>x</script>',
  ':::measure',
  '\u00A0',
  '　',
  'a\u200Cb',
  '第一百零三条',
  '（三）',
  '\uFFFD',
];
const chapterStyles = [['zhang'], ['bian', 'zhang'], ['cn-dun'], ['md2'], ['qianyan', 'zhang', 'fujian'], ['tiao']];
const itemStyles = [[], ['tiao'], ['tiao', 'cn-paren'], ['num-dot'], ['cn-dun']];

describe('random mixtures of odd lines', () => {
  it('either ingest losslessly with unique ids, or stop with a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-mixtures-'));
    let seed = 7;
    const pick = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let ingested = 0;
    for (let run = 0; run < 250; run++) {
      const text = `${Array.from({ length: 3 + pick(14) }, () => lines[pick(lines.length)]).join('\n')}\n`;
      const headings = { chapter: chapterStyles[pick(chapterStyles.length)], section: pick(2) ? ['jie'] : ['cn-paren'], item: itemStyles[pick(itemStyles.length)] };
      writeFileSync(join(dir, 't.txt'), text);
      writeFileSync(
        join(dir, 't.json'),
        JSON.stringify({
          slug: 'mix',
          jurisdiction: '某县',
          jurisdictionEn: 'Mix',
          level: 'county',
          parents: [],
          title: '某',
          kind: 'plan',
          role: 'local',
          titleLines: pick(3),
          headings,
        }),
      );
      let records;
      try {
        records = collectRecords(parseSource(await readSourceFiles(join(dir, 't.txt'), join(dir, 't.json'))));
      } catch (error) {
        expect(error, JSON.stringify(text)).toBeInstanceOf(IngestError);
        continue;
      }
      ingested++;
      expect(records.lossless.difference, JSON.stringify({ text, headings })).toBeUndefined();
      const ids = [...records.measures, ...records.tables, ...records.panels].map((unit) => unit.id);
      expect(new Set(ids).size, JSON.stringify(text)).toBe(ids.length);
    }
    // Most mixtures are ordinary enough to ingest; the errors are settings that do not fit.
    expect(ingested).toBeGreaterThan(180);
  }, 120_000);
});
