/**
 * The chain rule on the shipped texts (content/generated, from `npm run ingest`), held to each
 * source's expectations file (tests/expectations/{slug}.json: chains), and on small inputs: every chain's levels exactly as written, the 级 count check, what is reported as
 * unreadable or rejected, and the corrections file.
 */
import { describe, expect, it } from 'vitest';
import { collectChains, type TextRecord } from '../../src/lib/chains/collect.ts';
import { applyCorrections, parseCorrections, type Correction } from '../../src/lib/chains/corrections.ts';
import { readSentence } from '../../src/lib/chains/extract.ts';
import { escapeLabel, flowchartSource } from '../../src/lib/chains/mermaid.ts';
import { readCurated } from '../../scripts/lib/curated.ts';
import { readGenerated } from '../../scripts/lib/read-generated.ts';
import { sentences, splitTopLevel, isEnumerationComma } from '../../src/lib/chains/text.ts';
import { shippedExpectations } from '../support/expectation-schema.ts';

// The same inputs as the chains analysis (scripts/analyses/chains.ts): ingest's measures and panels, and the corrections.
const textRecords: TextRecord[] = [...readGenerated<TextRecord>('measures'), ...readGenerated<TextRecord>('panels')];
const { chains, reports } = applyCorrections(textRecords, collectChains(textRecords), readCurated('chainCorrections').corrections);
const byId = new Map(chains.map((chain) => [chain.id, chain]));

describe.each(shippedExpectations())('chains of $slug', ({ slug, expected }) => {
  const want = expected.chains;
  const own = (status: string) => reports.filter((report) => report.source === slug && report.status === status);

  it('states its chains in its expectations file', () => {
    expect(want, `tests/expectations/${slug}.json: chains`).toBeDefined();
  });
  if (!want) return;

  it('yields exactly these chains, levels exactly as written', () => {
    const got = Object.fromEntries(chains.filter((chain) => chain.source === slug).map((chain) => [chain.id, chain.levels]));
    expect(got).toEqual(want.levels);
  });

  for (const { id, fields, sentence } of want.described ?? []) {
    it(`${id}: kind, purpose, sentence and permalink`, () => {
      const chain = byId.get(id)!;
      expect(chain).toMatchObject(fields);
      expect(chain.sentence).toBe(sentence);
    });
  }

  if (want.purposes) {
    it('gives purposes by rule from the nearby words', () => {
      for (const [id, { purpose }] of Object.entries(want.purposes!)) expect(byId.get(id)?.purpose, id).toBe(purpose);
    });
  }

  if (want.settings) {
    it('tells urban and rural chains by the words just before them', () => {
      for (const [id, { setting }] of Object.entries(want.settings!)) expect(byId.get(id)?.setting, id).toBe(setting);
    });
  }

  if (want.stated) {
    it('keeps the stated 级, and marks a chain without one as such', () => {
      for (const [id, { kind, stated }] of Object.entries(want.stated!)) expect(byId.get(id), id).toMatchObject({ kind, stated });
    });
  }

  it('reports what the rule cannot read, with a reason, and never draws it', () => {
    const unreadable = own('unreadable');
    expect(unreadable.map((report) => report.id)).toEqual(want.unreadable.map((entry) => entry.id));
    for (const report of unreadable) expect(report.reason.length).toBeGreaterThan(4);
    for (const report of reports.filter((report) => report.source === slug)) expect(byId.has(report.id)).toBe(false);
  });

  if (want.rejected) {
    it('rejects “+” combinations and lists that are not organisational units', () => {
      const rejected = new Set(own('rejected').map((report) => report.raw));
      for (const raw of want.rejected!) expect(rejected).toContain(raw);
    });
  }

  it('drops what the corrections file drops, and only that', () => {
    expect(own('dropped').map((report) => report.id)).toEqual(want.dropped);
  });

  for (const correction of want.corrected ?? []) {
    it(`${correction.id}: the real corrections file fixes it and supplies a marked level`, () => {
      const chain = byId.get(correction.id)!;
      expect(chain.supplied).toEqual(correction.supplied);
      expect(chain.correction?.action).toBe(correction.action);
      expect(chain.correction?.reason).toContain(correction.reasonIncludes);
      // A supplied level is drawn dashed under its own class name: the site's global `.supplied` would shrink the label.
      for (const part of correction.mermaidIncludes) expect(chain.mermaid).toContain(part);
    });
  }
});

describe('chains in the shipped texts', () => {
  it('every chain carries its sentence, and a permalink to the measure it is written in', () => {
    const records = new Map(textRecords.map((record) => [record.id, record]));
    for (const chain of chains) {
      const record = records.get(chain.record)!;
      expect(chain.url, chain.id).toBe(record.url);
      expect(chain.url).toMatch(new RegExp(`^/plans/${chain.source}/${chain.chapterNumber}/#${chain.record}$`));
      expect(record.text, chain.id).toContain(chain.sentence);
      chain.levels.forEach((level, index) => {
        if (!chain.supplied.includes(index)) expect(chain.sentence, `${chain.id} ${level}`).toContain(level);
      });
    }
  });

  it('a street-to-street span (建设路—书院路) is not a chain', () => {
    expect(readSentence('示范打造以建设路—书院路为中心，大道、文林路、八里、嘉南四个片区覆盖城区')).toEqual([]);
  });
});

describe('the 级 count check', () => {
  it('accepts a list whose count matches', () => {
    const [finding] = readSentence('构建市、县、街道、社区、小区五级治理体系，');
    expect(finding).toMatchObject({ status: 'chain', stated: 5, levels: ['市', '县', '街道', '社区', '小区'], raw: '市、县、街道、社区、小区五级' });
  });

  it('reports a list whose count does not match, rather than guessing', () => {
    const [short] = readSentence('构建市、县、街道、社区五级治理体系。');
    expect(short).toMatchObject({ status: 'unreadable', stated: 5, levels: ['市', '县', '街道', '社区'] });
    expect(short!.reason).toContain('数目不符');
    const [run] = readSentence('完善省市县乡五级一体化政务服务体系,统一服务标准和规范');
    expect(run).toMatchObject({ status: 'unreadable', pattern: 'run', levels: ['省', '市', '县', '乡'] });
    const [dash] = readSentence('构建“街道党组织—社区党组织—小区党组织”四级架构。');
    expect(dash).toMatchObject({ status: 'unreadable', stated: 4 });
  });

  it('reports “N级” with no levels written', () => {
    expect(readSentence('依托三级综治中心整合群众工作之家')).toEqual([
      expect.objectContaining({ status: 'unreadable', pattern: 'count-only', levels: [], stated: 3, raw: '三级' }),
    ]);
  });

  it('ignores pairs (市县两级) and bare 国家级', () => {
    expect(readSentence('强化市县两级城乡基层治理委员会的作用，依托国家级互联网骨干直联点')).toEqual([]);
  });
});

describe('list shapes', () => {
  it('reads dash lists with brackets that contain 、', () => {
    const [finding] = readSentence('健全“乡镇（街道）党（工）委-社区党组织-居民小区（小组、院落）党组织”三级架构，');
    expect(finding?.levels).toEqual(['乡镇（街道）党（工）委', '社区党组织', '居民小区（小组、院落）党组织']);
  });

  it('accepts “+” only when the text says it is a hierarchy', () => {
    expect(readSentence('建立“街道+社区+小区”三级党组织架构')[0]).toMatchObject({ status: 'chain', pattern: 'plus' });
    expect(readSentence('形成“小区党组织+业主委员会+物业服务企业”三方联动格局')[0]).toMatchObject({ status: 'rejected' });
    expect(readSentence('探索“互联网+”在基层治理中的路径')).toEqual([]);
  });

  it('strips the verb and modifier before the first level', () => {
    expect(readSentence('逐步建立布局合理、规模适中、集散有序的镇—村—村民小组三级综合服务设施')[0]?.levels).toEqual(['镇', '村', '村民小组']);
    expect(readSentence('建立健全涵盖乡镇政府、农村社区、行政村、村民小组四级体系')[0]?.levels).toEqual(['乡镇政府', '农村社区', '行政村', '村民小组']);
  });

  it('splits sentences and bracket-aware lists', () => {
    expect(sentences('甲。乙；丙')).toEqual(['甲。', '乙；', '丙']);
    expect(splitTopLevel('县（市、区）、乡镇', isEnumerationComma)).toEqual(['县（市、区）', '乡镇']);
  });
});

describe('corrections', () => {
  const record: TextRecord = {
    id: 'demo-1-1-1',
    source: 'demo',
    jurisdiction: '示例市',
    chapterNumber: 1,
    url: '/plans/demo/1/#demo-1-1-1',
    text: '完善省市县乡五级政务服务体系。依托三级综治中心，在镇街层面、村居层面、群众层面建设服务空间。',
  };
  const found = collectChains([record]);

  it('fix turns an unreadable finding into a chain; drop removes it', () => {
    expect(found.reports.map((report) => report.status)).toEqual(['unreadable', 'unreadable']);
    const fixed = applyCorrections([record], found, [
      { action: 'fix', source: 'demo', id: 'demo-1-1-1-c1', levels: ['省', '市', '县', '乡', '村'], supplied: ['村'], reason: '原文少写了村' },
      { action: 'drop', source: 'demo', id: 'demo-1-1-1-c2', reason: '层级不在本句' },
    ]);
    expect(fixed.chains).toEqual([expect.objectContaining({ id: 'demo-1-1-1-c1', levels: ['省', '市', '县', '乡', '村'], supplied: [4] })]);
    expect(fixed.reports).toEqual([expect.objectContaining({ id: 'demo-1-1-1-c2', status: 'dropped', reason: '层级不在本句' })]);
  });

  it('add creates a chain from levels written in the sentence', () => {
    const added = applyCorrections([record], found, [
      { action: 'add', source: 'demo', record: 'demo-1-1-1', sentenceIncludes: '镇街层面', levels: ['镇街', '村居', '群众'], supplied: [], reason: '各级写在分句里' },
    ]);
    expect(added.chains).toEqual([
      expect.objectContaining({ id: 'demo-1-1-1-add1', levels: ['镇街', '村居', '群众'], pattern: 'correction', correction: { action: 'add', reason: '各级写在分句里' } }),
    ]);
  });

  it('refuses invented levels, stale ids and corrections without a reason', () => {
    const invent: Correction = { action: 'fix', source: 'demo', id: 'demo-1-1-1-c1', levels: ['省', '市', '县', '乡', '村'], supplied: [], reason: '原文少写了村' };
    expect(() => applyCorrections([record], found, [invent])).toThrow(/not in the sentence/);
    expect(() => applyCorrections([record], found, [{ action: 'drop', source: 'demo', id: 'demo-1-1-1-c9', reason: '不存在的编号' }])).toThrow(/no finding/);
    expect(() => parseCorrections('{"corrections":[{"action":"drop","id":"x"}]}')).toThrow();
  });
});

describe('mermaid source', () => {
  it('one box per level top-down, with accTitle and accDescr', () => {
    const source = flowchartSource({ jurisdiction: '示例市', kind: '三级', name: '三级架构', levels: ['甲"党委', '乙', '丙'], supplied: [] });
    expect(source.split('\n')).toEqual([
      'flowchart TD',
      '  accTitle: 示例市 三级架构',
      '  accDescr: 自上而下共3级：第1级 甲"党委；第2级 乙；第3级 丙',
      '  L1["甲#34;党委"]',
      '  L2["乙"]',
      '  L3["丙"]',
      '  L1 --> L2',
      '  L2 --> L3',
    ]);
    expect(escapeLabel('<a>&#')).toBe('#60;a#62;#38;#35;');
  });
});
