/**
 * The matcher's parts on small inputs: clause alignment, the decision (instrument, wording, scope),
 * and the evaluation's arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { createClauseAligner } from '../../src/lib/adoption/clause-align.ts';
import { createAdoptionDecider, locate } from '../../src/lib/adoption/decide.ts';
import { isDiagnosis, isDiagnosisHeading } from '../../src/lib/adoption/diagnosis.ts';
import { evaluateAdoption, formatEvaluation } from '../../src/lib/adoption/evaluate.ts';
import { createMatcher } from '../../src/lib/adoption/match.ts';
import type { Instrument } from '../../src/schemas/instruments.ts';

const articles = [
  { id: 'f-3', text: '(三)完善村级治理。全面推行村党组织书记通过法定程序担任村民委员会主任。' },
  { id: 'f-16', text: '(十六)推进志愿服务。健全在职党员参与社区志愿服务机制。建立志愿者嘉许制度。' },
  { id: 'f-25', text: '(二十五)完善领导体制。成立城乡基层治理委员会。把基层治理工作纳入年度目标绩效考核。' },
];
const instrument = (over: Partial<Instrument> & Pick<Instrument, 'id' | 'article' | 'articleQuote' | 'terms'>): Instrument => ({
  name: over.articleQuote,
  kind: 'instrument',
  reason: 'for the test',
  ...over,
});
const dictionary: Instrument[] = [
  instrument({ id: 'member-volunteering', article: 'f-16', articleQuote: '在职党员参与社区志愿服务机制', terms: ['在职党员参与社区志愿服务', '双报到'] }),
  instrument({ id: 'governance-committee', article: 'f-25', articleQuote: '城乡基层治理委员会', terms: ['城乡基层治理委员会'] }),
  instrument({
    id: 'village-one-shoulder',
    article: 'f-3',
    articleQuote: '村党组织书记通过法定程序担任村民委员会主任',
    terms: ['党组织书记通过法定程序担任', '一肩挑'],
    scope: ['village'],
  }),
];

describe('clause alignment', () => {
  const align = createClauseAligner(articles, { threshold: 0.5 });

  it('pairs a reworded clause with the article clause it restates, with both spans', () => {
    const text = '前言。建立健全在职党员参与社区志愿服务的工作机制。';
    const found = align(text).get('f-16')!;
    expect(found).toHaveLength(1);
    expect(text.slice(...found[0].local)).toBe('建立健全在职党员参与社区志愿服务的工作机制。');
    expect(articles[1].text.slice(...found[0].article)).toBe('健全在职党员参与社区志愿服务机制。');
    expect(found[0].similarity).toBeGreaterThanOrEqual(0.5);
  });

  it('leaves out a clause two articles share or one that restates the framework’s title', () => {
    const slogan = '扎实推进城乡基层治理制度创新和能力建设。';
    const withSlogan = [
      { id: 'a', text: `建立志愿者嘉许制度。${slogan}` },
      { id: 'b', text: `完善容错纠错机制。${slogan}` },
    ];
    expect(createClauseAligner(withSlogan)('大力推进城乡基层治理制度创新和能力建设。').size).toBe(0);
    expect(createClauseAligner(withSlogan)('建立健全志愿者嘉许制度。').get('a')).toHaveLength(1);
    const titled = createClauseAligner([{ id: 'a', text: `建立志愿者嘉许制度。${slogan}` }], {}, ['关于推进城乡基层治理制度创新和能力建设的决定']);
    expect(titled('大力推进城乡基层治理制度创新和能力建设。').size).toBe(0);
  });

  it('pairs nothing for an unrelated clause or one too short to tell', () => {
    expect(align('加快建设智慧停车系统，方便居民出行。').size).toBe(0);
    expect(align('双报到。').size).toBe(0);
  });
});

describe('the adoption decision', () => {
  const wording = createMatcher(articles, { corpus: [] }, { threshold: 11 });
  const decide = createAdoptionDecider(articles, dictionary, wording, createClauseAligner(articles));

  it('adopts by instrument whatever the wording, and says which, where in the measure and where in the article', () => {
    const text = '深化“双报到”，组织党员为居民服务。';
    const [only, ...rest] = decide({ id: 'l-1', text });
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ articleId: 'f-16', adopts: true, score: 0, passages: [] });
    expect(only.instruments).toEqual([
      expect.objectContaining({ instrument: 'member-volunteering', term: '双报到', localText: '双报到', articleText: '在职党员参与社区志愿服务机制' }),
    ]);
    expect(text.slice(...only.instruments[0].local)).toBe('双报到');
  });

  it('keeps a widely used instrument’s wording as verbatim evidence instead of dropping it as generic', () => {
    // Six local measures name the committee: for the wording matcher alone it is a common term.
    const corpus = Array.from({ length: 6 }, (_, i) => ({ id: `c-${i}`, text: `第${i}项：成立城乡基层治理委员会` }));
    const common = createMatcher(articles, { corpus }, { threshold: 11, termIn: 3 });
    const text = '成立市委城乡基层治理委员会，统筹推进。';
    expect(common({ id: 'l-2', text })).toEqual([]);
    const [found] = createAdoptionDecider(articles, dictionary, common)({ id: 'l-2', text });
    expect(found.articleId).toBe('f-25');
    expect(found.passages.map((p) => p.localText)).toEqual(['城乡基层治理委员会']);
    expect(found.instruments.map((i) => i.instrument)).toEqual(['governance-committee']);
  });

  it('does not count wording about another level: the village rule in a sentence about communities', () => {
    const community = decide({ id: 'l-3', text: '推行社区党组织书记通过法定程序担任社区居民委员会主任。' });
    expect(community.filter((d) => d.articleId === 'f-3')).toEqual([]);
    const village = decide({ id: 'l-4', text: '推行村党组织书记通过法定程序担任村民委员会主任。' });
    expect(village.find((d) => d.articleId === 'f-3')).toMatchObject({ adopts: true });
  });

  it('does not count an instrument named in a sentence that diagnoses its lack', () => {
    expect(decide({ id: 'l-5', text: '在职党员参与社区志愿服务不够，缺乏长效机制。' })).toEqual([]);
    expect(isDiagnosis('大多未成立业主委员会')).toBe(true);
    expect(isDiagnosis('着力解决服务设施不足的问题')).toBe(false);
    expect(decide({ id: 'l-6', text: '在职党员参与社区志愿服务不够。深化“双报到”。' }).map((d) => d.instruments.map((i) => i.term))).toEqual([['双报到']]);
  });

  it('does not count anything in a measure under a heading that diagnoses (存在问题, 面临形势)', () => {
    const text = '组织体系不够健全。全市建有村党组织书记通过法定程序担任村民委员会主任的村120个，推行“双报到”的社区30个。';
    expect(
      decide({ id: 'l-11', text, headings: ['发展基础'] })
        .filter((d) => d.adopts)
        .map((d) => d.articleId),
    ).toEqual(['f-3', 'f-16']);
    expect(decide({ id: 'l-12', text, headings: ['总体形势', '存在问题'] }).filter((d) => d.adopts)).toEqual([]);
    expect(['存在问题', '面临形势', '三、主要问题', '面临的挑战', '问题与挑战'].filter(isDiagnosisHeading)).toHaveLength(5);
    expect(['发展基础', '现有基础', '着力补齐城乡社区治理短板', '解决群众急难愁盼问题'].filter(isDiagnosisHeading)).toEqual([]);
  });

  it('reads a sentence that names no level as about the levels its headings name', () => {
    const text = '全面推行“一肩挑”。';
    expect(decide({ id: 'l-13', text, headings: ['乡村基层治理实施路径'] }).map((d) => d.articleId)).toEqual(['f-3']);
    expect(decide({ id: 'l-14', text, headings: ['城镇基层治理实施路径'] })).toEqual([]);
  });

  it('does not take the same words said of another level as reuse: 村党组织书记… against the article’s 社区党组织书记…', () => {
    const sameWords = createAdoptionDecider(
      [{ id: 'f-11', text: '(十一)全面推行社区党组织书记通过法定程序担任居民委员会主任。' }],
      [],
      createMatcher([{ id: 'f-11', text: '(十一)全面推行社区党组织书记通过法定程序担任居民委员会主任。' }], { corpus: [] }, { threshold: 11 }),
    );
    expect(sameWords({ id: 'l-15', text: '完善村党组织书记通过法定程序担任村级集体经济组织负责人程序。' })).toEqual([]);
    expect(sameWords({ id: 'l-16', text: '推动社区党组织书记通过法定程序担任居委会主任。' }).map((d) => d.adopts)).toEqual([true]);
  });

  it('does not count an instrument named as the occasion of the measure or in its slogan', () => {
    expect(decide({ id: 'l-8', text: '做好“双报到”后半篇文章，组织党员为居民服务。' })).toEqual([]);
    expect(decide({ id: 'l-9', text: '构建双报到、共驻共建的社区治理格局。' })).toEqual([]);
    expect(decide({ id: 'l-10', text: '推行“双报到”，形成共建共治的社区治理格局。' }).map((d) => d.instruments.map((i) => i.term))).toEqual([['双报到']]);
  });

  it('counts an instrument term wherever the measure states it, even in a sentence about another article', () => {
    const stated = decide({ id: 'l-7', text: '把“双报到”情况纳入年度目标绩效考核。' });
    expect(stated.find((d) => d.articleId === 'f-16')?.instruments.map((i) => i.term)).toEqual(['双报到']);
  });

  describe('topic terms (a population, a place, a value the article names, not its instrument)', () => {
    const topical: Instrument[] = [
      instrument({ id: 'volunteer-recognition', article: 'f-16', articleQuote: '志愿者嘉许制度', terms: ['嘉许制度'], topicTerms: ['志愿者'] }),
      instrument({ id: 'member-volunteering', article: 'f-16', articleQuote: '在职党员参与社区志愿服务机制', terms: ['双报到'], topicTerms: ['在职党员'] }),
      instrument({ id: 'governance-committee', article: 'f-25', articleQuote: '城乡基层治理委员会', terms: ['城乡基层治理委员会'] }),
    ];
    const decideTopical = createAdoptionDecider(articles, topical, wording, createClauseAligner(articles));
    const adopted = (text: string) => decideTopical({ id: 'l-t', text }).filter((d) => d.adopts);

    it('does not count a topic term alone', () => {
      expect(adopted('组织志愿者清扫街巷，美化环境。')).toEqual([]);
    });

    it('counts a topic term beside an instrument term of the same article, and names both', () => {
      const [found, ...rest] = adopted('组织在职党员和志愿者服务居民，深化“双报到”。');
      expect(rest).toEqual([]);
      expect(found.articleId).toBe('f-16');
      expect(found.instruments.map((i) => [i.instrument, i.term])).toEqual([
        ['member-volunteering', '双报到'],
        ['volunteer-recognition', '志愿者'],
      ]);
    });

    it('does not take an instrument term of another article as corroboration', () => {
      expect(adopted('成立城乡基层治理委员会，组织志愿者参与。').map((d) => d.articleId)).toEqual(['f-25']);
    });

    it('counts a topic term beside the article’s wording reused beyond the topic words', () => {
      const [found] = adopted('组织志愿者开展活动，健全在职党员参与社区志愿服务机制。');
      expect(found.articleId).toBe('f-16');
      expect(found.passages.map((p) => p.localText)).toEqual(['参与社区志愿服务机制']);
      expect(found.instruments.map((i) => i.term).sort()).toEqual(['在职党员', '志愿者']);
    });

    it('does not take a stray shared passage, short of reuse by itself, as corroboration', () => {
      const [found, ...rest] = decideTopical({ id: 'l-s', text: '志愿者到社区，参与社区志愿服务机动巡逻，守护平安。' });
      expect(rest).toEqual([]);
      expect(found).toMatchObject({ articleId: 'f-16', adopts: false, instruments: [] });
      expect(found.passages.map((p) => p.localText)).toEqual(['参与社区志愿服务机']);
    });

    it('never finds reused wording in the topic words themselves: a passage or clause made of them is no evidence', () => {
      const withTopic = createAdoptionDecider(
        articles,
        [instrument({ id: 'committee', article: 'f-25', articleQuote: '城乡基层治理委员会', terms: [], topicTerms: ['城乡基层治理委员会'] })],
        wording,
        createClauseAligner(articles),
      );
      expect(withTopic({ id: 'l-u', text: '成立城乡基层治理委员会。' }).filter((d) => d.adopts)).toEqual([]);
      // Without the topic marking the same clause restates the article's and adopts it.
      const plain = createAdoptionDecider(articles, [], wording, createClauseAligner(articles));
      expect(plain({ id: 'l-u', text: '成立城乡基层治理委员会。' }).find((d) => d.articleId === 'f-25')).toMatchObject({ adopts: true });
    });
  });

  it('locates a quote in a text whatever its punctuation', () => {
    expect(locate('把基层治理工作纳入年度目标绩效考核。', '目标绩效考核')).toEqual([11, 17]);
    expect(locate('甲乙', '丙')).toBeNull();
  });
});

describe('the evaluation', () => {
  it('counts every drawn measure × article, unlabelled pairs as negatives, per source and half', () => {
    const labels = [
      {
        measure: 'a-1',
        half: 'tuning' as const,
        adopts: [
          { article: 'f-1', wording: 'reworded' as const },
          { article: 'f-2', wording: 'verbatim' as const },
        ],
      },
      { measure: 'b-1', half: 'tuning' as const, adopts: [] },
      { measure: 'a-2', half: 'blind' as const, adopts: [{ article: 'f-3', wording: 'reworded' as const }] },
    ];
    const found = new Set(['a-1>f-1', 'b-1>f-3', 'a-2>f-1']);
    const cells = evaluateAdoption({
      labels,
      articles: ['f-1', 'f-2', 'f-3'],
      sourceOf: (m) => m.slice(0, 1),
      found: (m, a) => found.has(`${m}>${a}`),
      sources: ['a', 'b'],
    });
    const get = (half: string, source: string) => cells.find((c) => c.half === half && c.source === source)!;
    expect(get('tuning', 'a')).toMatchObject({ measures: 1, pairs: 3, positives: 2, tp: 1, fp: 0, fn: 1, missed: ['a-1>f-2'] });
    expect(get('tuning', 'a').rewordedRecall).toMatchObject({ value: 1, successes: 1, trials: 1 });
    expect(get('tuning', 'b')).toMatchObject({ tp: 0, fp: 1, fn: 0, wrong: ['b-1>f-3'] });
    expect(get('tuning', 'b').recall.value).toBeNull();
    expect(get('tuning', 'all')).toMatchObject({ measures: 2, pairs: 6, tp: 1, fp: 1, fn: 1 });
    expect(get('tuning', 'all').precision.value).toBe(0.5);
    // One measure per source: resampling measures within each source cannot vary the ratio.
    expect(get('tuning', 'all').precision.cluster).toEqual({ low: 0.5, high: 0.5 });
    expect(get('blind', 'all')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(cells.find((c) => c.half === 'blind' && c.source === 'b')).toBeUndefined();
    expect(formatEvaluation(cells)).toContain('tuning all');
  });
});
