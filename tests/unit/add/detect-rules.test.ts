/** The single rules of detection, on small texts written here. */
import { describe, expect, it } from 'vitest';
import { detectHeadings } from '../../../scripts/lib/detect-headings.ts';
import { detectDates, detectDocumentNumber, detectIssuer, detectJurisdiction, isDraft, kindFromSelfName, kindFromTitle, levelOf } from '../../../scripts/lib/detect-metadata.ts';
import { detectSettings } from '../../../scripts/lib/detect-settings.ts';
import { detectTitle } from '../../../scripts/lib/detect-title.ts';

describe('kind', () => {
  it('reads the title’s last word, 办法 as rules and not as a law', () => {
    expect(kindFromTitle('某市物业管理办法')).toBe('rules');
    expect(kindFromTitle('某省物业管理条例')).toBe('regulation');
    expect(kindFromTitle('中华人民共和国村民委员会组织法')).toBe('law');
    expect(kindFromTitle('某县实施细则（试行）')).toBe('rules');
    expect(kindFromTitle('关于加强社区治理的实施意见（征求意见稿）')).toBe('opinions');
    expect(kindFromTitle('某市“十五五”规划（2026—2030年）')).toBe('plan');
    expect(kindFromTitle('中共某省委关于推进基层治理的决定')).toBe('decision');
    expect(kindFromTitle('社区治理工作要点')).toBeUndefined();
  });

  it('falls back to how the text names itself', () => {
    expect(kindFromSelfName('本规划期限为五年。本规划由县政府印发。')).toEqual({ kind: 'plan', word: '本规划', count: 2 });
    expect(kindFromSelfName('依照本法规定')?.kind).toBe('law');
    expect(kindFromSelfName('依照本法规和规章')).toBeUndefined();
  });

  it('marks drafts by 征求意见稿 or 草案', () => {
    expect(isDraft('某市条例（草案）')).toBe(true);
    expect(isDraft('某市条例')).toBe(false);
  });
});

describe('jurisdiction and level', () => {
  it('takes the place at the start of the title, not words like 城市', () => {
    expect(detectJurisdiction([['绵阳市“十五五”城乡社区发展治理规划', 'title']])).toEqual({ jurisdiction: '绵阳市', from: 'title' });
    expect(detectJurisdiction([['城市社区治理条例', 'title']])).toBeUndefined();
    expect(
      detectJurisdiction([
        ['关于加强社区治理的意见', 'title'],
        ['中共某某县委', 'issuer'],
      ])?.jurisdiction,
    ).toBe('某某县');
    expect(detectJurisdiction([['中华人民共和国城市居民委员会组织法', 'title']])?.jurisdiction).toBe('中华人民共和国');
  });

  it('tells a prefecture from a county-level city by whether the text addresses its 县（市、区）', () => {
    expect(levelOf('某某市', '各县（市、区）要加强领导。')).toEqual({ level: 'prefecture', sure: false });
    expect(levelOf('某某市', '各镇（街道）要加强领导。')).toEqual({ level: 'county-city', sure: false });
    expect(levelOf('重庆市', '')?.level).toBe('municipality');
    expect(levelOf('某某自治州', '')?.level).toBe('prefecture');
    expect(levelOf('某某县', '')?.level).toBe('county');
    expect(levelOf('某某街道', '')?.level).toBe('township');
  });
});

describe('issuer, 文号 and dates', () => {
  it('reads the adopting congress from an imprint', () => {
    const imprint = '（2019年8月28日某某市第七届人民代表大会常务委员会第二十次会议通过　2019年9月26日某省第十三届人民代表大会常务委员会第十三次会议批准）';
    expect(detectIssuer(undefined, imprint, [])?.issuer).toBe('某某市人民代表大会常务委员会');
    expect(detectDates(imprint, '', [])).toEqual({ adopted: '2019-08-28', revised: [] });
  });

  it('reads the author before 关于 only when it is an organ', () => {
    expect(detectIssuer('中共某某市委关于加强基层治理的决定', '', [])?.issuer).toBe('中共某某市委');
    expect(detectIssuer('进一步关于社区的说明', '', [])).toBeUndefined();
  });

  it('reads revisions oldest first, Chinese-numeral dates, the effective date and the closing 印发 line', () => {
    const imprint = '（1998年11月4日通过　2018年12月29日第二次修正　2010年10月28日修订）';
    expect(detectDates(imprint, '本法自二〇一九年一月一日起施行。', ['某某市民政局办公室  2022年3月14日印发'])).toEqual({
      adopted: '1998-11-04',
      revised: ['2010-10-28', '2018-12-29'],
      effective: '2019-01-01',
      issued: '2022-03-14',
    });
  });

  it('takes a 文号 only from a line of its own', () => {
    expect(detectDocumentNumber(['某委发〔2021〕12号', '关于…的意见'])).toBe('某委发〔2021〕12号');
    expect(detectDocumentNumber(['按照《某某意见》（某委发〔2021〕12号）要求'])).toBeUndefined();
  });
});

describe('title block', () => {
  it('takes the short lines above the body, stops at the imprint, and counts lines after bookmark debris', () => {
    const block = detectTitle('[bookmark: _Toc1]\n某某市社区条例\n（草案）\n\n（2024年1月1日某某市第一届人民代表大会常务委员会第一次会议通过）\n\n第一条　为了……，制定本条例。\n');
    expect(block.titleLines).toBe(2);
    expect(block.title).toBe('某某市社区条例（草案）');
    expect(block.imprint).toEqual(['（2024年1月1日某某市第一届人民代表大会常务委员会第一次会议通过）']);
  });

  it('finds none when the text opens with a heading or a sentence', () => {
    expect(detectTitle('前　　言\n本规划……。\n').titleLines).toBe(0);
    expect(detectTitle('为加强社区治理，制定本意见。\n').titleLines).toBe(0);
  });
});

describe('heading styles', () => {
  it('makes a third level of numbering the item level', () => {
    const text =
      '第一章 总体要求\n第一节 指导思想\n一、坚持党建引领\n正文。\n二、坚持人民至上\n正文。\n第二节 目标\n一、目标一\n正文。\n第二章 任务\n第一节 任务一\n一、任务\n正文。\n';
    expect(detectHeadings(text, 0).headings).toEqual({ chapter: ['zhang'], section: ['jie'], item: ['cn-dun'] });
  });

  it('makes a second level of short headings a section and of lead sentences an item', () => {
    const sections = '一、总体要求\n（一）指导思想\n正文。\n（二）目标\n正文。\n二、任务\n（一）任务一\n正文。\n';
    expect(detectHeadings(sections, 0).headings).toEqual({ chapter: ['cn-dun'], section: ['cn-paren'], item: [] });
    const items = '一、总体要求\n（一）加强领导。正文。\n（二）完善机制。正文。\n二、任务\n（一）建设阵地。正文。\n';
    expect(detectHeadings(items, 0).headings).toEqual({ chapter: ['cn-dun'], section: [], item: ['cn-paren'] });
  });

  it('reads a first part numbered 1、 before parts numbered 二、三、 as the same level', () => {
    const text = '1、 指导思想\n正文。\n二、目标任务\n正文。\n三、保障措施\n正文。\n';
    const { headings, findings } = detectHeadings(text, 0);
    expect(headings.chapter).toEqual(['cn-dun', 'num-dun']);
    expect(findings.some((f) => f.severity === 'check' && f.message.includes('line 1'))).toBe(true);
  });

  it('leaves numbered lists inside a 专栏 panel out of the outline', () => {
    const text =
      '第一章 任务\n第一节 服务\n建设阵地。正文。\n\n专栏1 重点工程\n\n1．工程一。内容。\n\n2．工程二。内容。\n\n3．工程三。内容。\n第二节 治理\n完善机制。正文。\n第二章 保障\n第一节 组织\n加强领导。正文。\n';
    expect(detectHeadings(text, 0).headings).toEqual({ chapter: ['zhang'], section: ['jie'], item: [] });
  });

  it('makes 第X条 the item of a law, with 第X章 and 第X节 above it and （一） left inside the articles', () => {
    const text =
      '第一章 总则\n第一节 一般规定\n第一条 为了……，制定本法。\n第二条 应当遵守下列规定：\n（一）甲；\n（二）乙。\n第二节 其他\n第三条 略。\n第二章 附则\n第四条 本法自公布之日起施行。\n';
    expect(detectHeadings(text, 0).headings).toEqual({ chapter: ['zhang'], section: ['jie'], item: ['tiao'] });
  });

  it('says when a chapter number repeats, as a table of contents does', () => {
    const text = '目录\n第一章 总则\n第二章 附则\n第一章 总则\n第一条 略。\n第二条 略。\n第二章 附则\n第三条 略。\n';
    const { findings } = detectHeadings(text, 0);
    expect(findings.some((f) => f.severity === 'check' && /number 1 appears on lines 2 and 4/.test(f.message))).toBe(true);
  });

  it('reports a text without numbered headings and asks for nothing it cannot know', () => {
    const { settings, findings } = detectSettings('第一段正文。\n第二段正文。\n');
    expect(settings.headings).toEqual({ chapter: ['zhang'], section: [], item: [] });
    expect(
      findings
        .filter((f) => f.severity === 'missing')
        .map((f) => f.topic)
        .sort(),
    ).toEqual(['jurisdiction', 'kind', 'level', 'title']);
  });
});

describe('implemented documents', () => {
  it('proposes the corpus documents the text cites, by title or by a cited-as variant, and no others', () => {
    const corpus = [{ slug: 'province-decision', title: '中共某省委关于推进基层治理的决定', citedAs: ['中共某省委关于全面推进基层治理的决定'] }];
    const text = '为贯彻落实《中共某省委关于全面推进基层治理的决定》和《某市社区条例》，制定本规划。\n';
    const { settings, findings } = detectSettings(text, { corpus });
    expect(settings.implements).toEqual(['province-decision']);
    expect(findings.find((f) => f.topic === 'implements')?.severity).toBe('check');
    expect(detectSettings('依据《某市社区条例》。\n', { corpus }).settings.implements).toBeUndefined();
  });
});
