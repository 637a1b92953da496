/**
 * Detection on texts that are not the corpus (tests/fixtures/add/): a county plan with 第一章/第一节,
 * a county plan with 一、/（一）, a regulation with articles only, a national law with chapters and
 * articles. Every expected value is written here by hand from reading the fixture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSettings } from '../../../scripts/lib/detect-settings.ts';

const detect = (name: string) => detectSettings(readFileSync(`tests/fixtures/add/${name}.txt`, 'utf8'));

describe('detection on fixture texts', () => {
  it('reads a 十五五 county plan with 前言, 第一章 and 第一节', () => {
    const { settings, findings } = detect('county-plan-zhang');
    expect(settings).toMatchObject({
      title: '旺苍县“十五五”城乡基层治理规划',
      titleLines: 1,
      kind: 'plan',
      jurisdiction: '旺苍县',
      jurisdictionEn: 'Wangcang',
      level: 'county',
      headings: { chapter: ['qianyan', 'zhang'], section: ['jie'], item: [] },
    });
    expect(settings.status).toBeUndefined();
    expect(settings.issuer).toBeUndefined();
    expect(settings.dates).toBeUndefined();
    // The 1．2． lines are inside 专栏1: a list in a panel, not a level of the outline.
    expect(findings.map((f) => f.message).join('\n')).not.toMatch(/item: num-dot/);
  });

  it('reads a county plan numbered 一、 with （一） measures that carry lead sentences', () => {
    const { settings } = detect('county-plan-dun');
    expect(settings).toMatchObject({
      title: '剑阁县深化城乡社区治理实施方案',
      titleLines: 1,
      kind: 'plan',
      jurisdiction: '剑阁县',
      level: 'county',
      headings: { chapter: ['cn-dun'], section: [], item: ['cn-paren'] },
    });
  });

  it('reads a city regulation with articles only, its imprint and its dates', () => {
    const { settings, findings } = detect('regulation-articles');
    expect(settings).toMatchObject({
      title: '绵阳市社区志愿服务条例',
      titleLines: 1,
      kind: 'regulation',
      jurisdiction: '绵阳市',
      jurisdictionEn: 'Mianyang',
      level: 'prefecture',
      issuer: '绵阳市人民代表大会常务委员会',
      dates: { adopted: '2024-08-28', effective: '2025-01-01' },
      frontTitle: '正文',
      headings: { chapter: ['zhang'], section: [], item: ['tiao'] },
    });
    expect(settings.status).toBeUndefined();
    // The （一） lists belong to their articles; they are not made items.
    expect(findings.find((f) => f.message.startsWith('cn-paren'))?.message).toMatch(/left as text inside the articles/);
  });

  it('reads a national law with chapters, articles, an imprint with a revision and its effective date', () => {
    const { settings } = detect('law-chapters');
    expect(settings).toMatchObject({
      title: '中华人民共和国社区志愿服务法',
      titleLines: 1,
      kind: 'law',
      jurisdiction: '中华人民共和国',
      level: 'national',
      parents: [],
      issuer: '全国人民代表大会常务委员会',
      dates: { adopted: '2023-06-28', revised: ['2025-04-30'], effective: '2023-12-05' },
      headings: { chapter: ['zhang'], section: [], item: ['tiao'] },
    });
    expect(settings.frontTitle).toBeUndefined();
  });
});
