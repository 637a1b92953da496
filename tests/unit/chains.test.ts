/**
 * The chain rule on the five real texts (content/generated, from `npm run ingest`) and on small
 * inputs: every chain's levels exactly as written, the 级 count check, what is reported as
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

// The same inputs as the chains analysis (scripts/analyses/chains.ts): ingest's measures and panels, and the corrections.
const textRecords: TextRecord[] = [...readGenerated<TextRecord>('measures'), ...readGenerated<TextRecord>('panels')];
const { chains, reports } = applyCorrections(textRecords, collectChains(textRecords), readCurated('chainCorrections').corrections);
const byId = new Map(chains.map((chain) => [chain.id, chain]));

/** Every chain the five texts yield, levels top to bottom exactly as written. */
const expected: Record<string, Record<string, string[]>> = {
  sichuan: {
    'sichuan-2-0-8-c1': ['省', '市', '县', '乡', '村'], // corrected: 村 supplied
    'sichuan-3-0-12-c1': ['街道党组织', '社区党组织', '小区党组织'],
    'sichuan-4-0-21-c1': ['实践中心', '实践所', '实践站'],
  },
  suining: {
    'suining-1-1-1-c1': ['市', '县', '街道', '社区', '小区'],
    'suining-1-1-2-c2': ['街区', '社区', '小区'],
    'suining-2-0-1-c1': ['市', '县', '街道', '社区', '小区'],
    'suining-5-2-1-c1': ['县（市、区）', '乡镇（街道）', '村（社区）'],
    'suining-6-2-3-c1': ['市', '县', '乡', '村'],
    'suining-6-4-1-c1': ['街道', '社区', '小区'],
    'suining-6-5-2-c2': ['镇', '村', '居民点'],
    'suining-6-5-6-c1': ['市', '县', '乡', '村'],
    'suining-8-4-1-c1': ['市', '县（市、区）', '街道', '社区', '小区'],
    'suining-9-1-1-c1': ['市级统筹', '县级抓总', '乡镇协作', '村（社区）组织落实'], // corrected
    'suining-8-1-panel1-c1': ['街道', '社区', '小区'],
  },
  dazhou: {
    'dazhou-1-2-1-c1': ['街道党工委', '社区党委', '网格片区党总支', '居民小区党支部', '楼栋（院落）党小组'],
    'dazhou-1-2-3-c1': ['县（市、区）政务服务部门', '乡镇（街道）便民服务中心', '社区便民服务点'],
    'dazhou-4-1-3-c1': ['县（市、区）养老服务中心', '街镇养老服务综合体', '村居养老服务活动站点'],
    'dazhou-4-1-7-c1': ['社区大学', '社区学院', '社区学习中心'],
    'dazhou-4-3-8-c1': ['县（市、区）社会工作服务总站', '乡镇（街道）社会工作站', '社区社会工作室'],
    'dazhou-5-1-2-c1': ['乡镇（街道）党（工）委', '社区党组织', '居民小区（小组、院落）党组织'],
    'dazhou-5-2-3-c1': ['市', '县（市、区）', '乡镇（街道）'],
    'dazhou-5-5-4-c1': ['省', '市', '县'],
  },
  guanghan: {
    'guanghan-1-2-2-c1': ['街道党工委', '社区党组织', '小区党组织', '楼栋党小组', '党员联络员'],
    'guanghan-1-2-2-c2': ['镇', '村', '组', '院'],
    'guanghan-1-2-3-c1': ['市', '镇', '村'],
    'guanghan-3-1-4-c1': ['楼栋党小组', '小区党委', '社区‘大党委’', '街道‘大工委’'],
    'guanghan-3-1-6-c2': ['广汉市', '镇（街）', '村（社区）', '小区（院落）'],
    'guanghan-3-1-6-c3': ['市', '镇（街）', '村（社区）', '小区（院落）'],
    'guanghan-3-2-2-c1': ['镇', '村', '村民小组'],
    'guanghan-3-2-6-c2': ['领导小组', '实施小组', '审核小组', '日常负责人'],
    'guanghan-4-2-1-c1': ['街道党组织', '社区党组织', '小区党组织'],
    'guanghan-4-4-1-c1': ['乡镇政府', '农村社区', '行政村', '村民小组'],
  },
  renshou: {},
};

describe('chains on the real texts', () => {
  for (const [source, want] of Object.entries(expected)) {
    it(`${source}: exactly these chains, levels exactly as written`, () => {
      const got = Object.fromEntries(chains.filter((chain) => chain.source === source).map((chain) => [chain.id, chain.levels]));
      expect(got).toEqual(want);
    });
  }

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

  it('the Dazhou five-level chain: kind, purpose, sentence and permalink', () => {
    const chain = byId.get('dazhou-1-2-1-c1')!;
    expect(chain).toMatchObject({ kind: '五级', stated: 5, purpose: 'party', name: '五级组织架构', url: '/plans/dazhou/1/#dazhou-1-2-1', chapterNumber: 1 });
    expect(chain.sentence).toBe('组织架构更加完善，全面构建城市“街道党工委—社区党委—网格片区党总支—居民小区党支部—楼栋（院落）党小组”五级组织架构，推动282个社区成立“大党委”。');
  });

  it('purpose by rule from the nearby words', () => {
    const purpose = (id: string) => byId.get(id)?.purpose;
    expect(purpose('dazhou-5-2-3-c1')).toBe('response'); // 三级诉求全响应指挥中心
    expect(purpose('suining-6-5-6-c1')).toBe('response'); // 四级呼叫全响应机制
    expect(purpose('dazhou-1-2-3-c1')).toBe('services'); // 三级政务服务网络
    expect(purpose('sichuan-4-0-21-c1')).toBe('services'); // 新时代文明实践
    expect(purpose('sichuan-3-0-12-c1')).toBe('party'); // 街道党组织—社区党组织—小区党组织
    expect(purpose('suining-2-0-1-c1')).toBe('party'); // 五级党组织
    expect(purpose('suining-1-1-1-c1')).toBe('governance'); // 五级治理体系
    expect(purpose('guanghan-1-2-2-c2')).toBe('governance'); // 四级治理体系
  });

  it('urban and rural chains by the words just before them', () => {
    expect(byId.get('guanghan-1-2-2-c1')?.setting).toBe('urban'); // 城区建立“街道党工委+…”五级
    expect(byId.get('guanghan-1-2-2-c2')?.setting).toBe('rural'); // 农村建立“镇—村—组—院”四级
    expect(byId.get('dazhou-1-2-1-c1')?.setting).toBe('urban'); // 全面构建城市“…”
    expect(byId.get('suining-6-5-2-c2')?.setting).toBe('rural'); // 镇村生活圈按“镇—村—居民点”
    expect(byId.get('suining-1-1-1-c1')?.setting).toBeNull();
  });

  it('the stated 级 is kept, and a chain without one is marked as such', () => {
    expect(byId.get('guanghan-1-2-2-c1')).toMatchObject({ kind: '五级', stated: 5 });
    expect(byId.get('guanghan-3-1-4-c1')).toMatchObject({ kind: '四级', stated: null }); // 多层次协同
  });

  it('reports what the rule cannot read, with a reason, and never draws it', () => {
    const unreadable = reports.filter((report) => report.status === 'unreadable');
    expect(unreadable.map((report) => report.id)).toEqual([
      'dazhou-3-2-2-c1', // “社区-街区-小区”社区规划师制度: no 级, no 架构/体系
      'dazhou-5-2-4-c1', // 依托三级综治中心: levels not listed
      'guanghan-3-1-3-c2',
      'suining-3-1-2-c1', // 健全四级社会工作服务体系
      'suining-6-2-3-c2', // 全部接入三级网格中心
    ]);
    for (const report of unreadable) expect(report.reason.length).toBeGreaterThan(4);
    for (const report of reports) expect(byId.has(report.id)).toBe(false);
  });

  it('rejects “+” combinations and lists that are not organisational units', () => {
    const rejected = new Set(reports.filter((report) => report.status === 'rejected').map((report) => report.raw));
    expect(rejected).toContain('“党建引领+综合服务+综治保障+科技赋能”');
    expect(rejected).toContain('“小区党组织+业主委员会+物业服务企业”');
    expect(rejected).toContain('“15分钟—10分钟—5分钟”');
    expect(rejected).toContain('“志愿者—社工—专业社工—社区专职工作者”');
  });

  it('Renshou writes no chain; 建设路—书院路 is not one', () => {
    expect(chains.filter((chain) => chain.source === 'renshou')).toEqual([]);
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

  it('the real file fixes, supplies a marked level, and drops with reasons', () => {
    const sichuan = byId.get('sichuan-2-0-8-c1')!;
    expect(sichuan.supplied).toEqual([4]);
    expect(sichuan.correction?.action).toBe('fix');
    expect(sichuan.correction?.reason).toContain('省市县乡村');
    expect(sichuan.mermaid).toContain('L5["村〔校正补入〕"]');
    // Drawn dashed under its own class name: the site's global `.supplied` would shrink the label.
    expect(sichuan.mermaid).toContain('class L5 suppliedLevel');
    const dropped = reports.filter((report) => report.status === 'dropped').map((report) => report.id);
    expect(dropped).toEqual(['guanghan-3-1-6-c1', 'guanghan-3-2-panel1-c1']);
  });

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
    const source = flowchartSource({ jurisdiction: '达州市', kind: '三级', name: '三级架构', levels: ['甲"党委', '乙', '丙'], supplied: [] });
    expect(source.split('\n')).toEqual([
      'flowchart TD',
      '  accTitle: 达州市 三级架构',
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
