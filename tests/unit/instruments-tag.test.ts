/**
 * The instrument tagger and its level check, on small dictionaries and sentences; and the curated
 * dictionary itself: each entry is stated where its article says it is.
 */
import { describe, expect, it } from 'vitest';
import { createInstrumentTagger } from '../../src/lib/instruments/tag.ts';
import { inScope, levelsBefore, levelsIn, sameLevels } from '../../src/lib/instruments/levels.ts';
import { instrumentFileSchema, type Instrument } from '../../src/schemas/instruments.ts';
import { normalise } from '../../src/lib/adoption/shingles.ts';
import { readCurated } from '../../scripts/lib/curated.ts';
import { realCorpus } from '../support/corpus.ts';

const entry = (over: Partial<Instrument> & Pick<Instrument, 'id' | 'terms'>): Instrument => ({
  article: 'f-1',
  articleQuote: '甲乙',
  name: over.terms[0],
  kind: 'instrument',
  reason: 'for the test',
  ...over,
});

describe('levels a sentence names', () => {
  it('reads the longest level word first, so 城镇 is urban and 城乡 names no level', () => {
    expect([...levelsIn('推进城镇老旧小区改造')].sort()).toEqual(['community', 'urban']);
    expect([...levelsIn('统筹城乡发展')]).toEqual([]);
    expect([...levelsIn('村(社区)党组织书记')].sort()).toEqual(['community', 'village']);
    expect([...levelsIn('乡镇(街道)')].sort()).toEqual(['street', 'township']);
  });

  it('accepts a sentence naming no level, the scope’s own, a broader or a narrower one, and not a sibling', () => {
    expect(inScope(new Set(), ['village'])).toBe(true);
    expect(inScope(new Set(['community']), undefined)).toBe(true);
    expect(inScope(new Set(['village', 'community']), ['village'])).toBe(true);
    expect(inScope(new Set(['rural']), ['village'])).toBe(true);
    expect(inScope(new Set(['village']), ['rural'])).toBe(true);
    expect(inScope(new Set(['community']), ['village'])).toBe(false);
    expect(inScope(new Set(['township']), ['village'])).toBe(false);
    expect(inScope(new Set(['street']), ['community'])).toBe(false);
  });

  it('reads the level a phrase is said of from the words right before it, within its clause', () => {
    const text = '完善村党组织书记通过法定程序担任村级集体经济组织负责人';
    expect([...levelsBefore(text, text.indexOf('党组织书记'))]).toEqual(['village']);
    const community = '全面推行社区党组织书记通过法定程序担任居民委员会主任';
    expect([...levelsBefore(community, community.indexOf('党组织书记'))]).toEqual(['community']);
    // A level word before the clause's start, or further back than a few characters, is not the phrase's.
    expect([...levelsBefore('社区，党组织书记', 3)]).toEqual([]);
    expect([...levelsBefore('各村要加强和完善党组织书记', 9)]).toEqual([]);
  });

  it('takes two phrases as about the same units unless each names a level and they are siblings', () => {
    expect(sameLevels(new Set(['village']), new Set(['community']))).toBe(false);
    expect(sameLevels(new Set(['village']), new Set(['rural']))).toBe(true);
    expect(sameLevels(new Set(), new Set(['community']))).toBe(true);
    expect(sameLevels(new Set(['community', 'village']), new Set(['community']))).toBe(true);
  });
});

describe('instrument tagger', () => {
  const dictionary = [
    entry({ id: 'member-volunteering', article: 'f-16', terms: ['在职党员参与社区志愿服务', '双报到', '在职党员…报到'] }),
    entry({ id: 'performance-assessment', article: 'f-25', terms: ['绩效考核', '考核绩效'] }),
    entry({ id: 'village-one-shoulder', article: 'f-3', terms: ['一肩挑', '书记…担任…主任'], scope: ['village'] }),
    entry({ id: 'community-one-shoulder', article: 'f-11', terms: ['一肩挑', '书记…担任…主任'], scope: ['community'] }),
  ];
  const tag = createInstrumentTagger(dictionary);

  it('finds a reworded instrument by its abbreviation and gives offsets into the original text', () => {
    const text = '深化“双报到”机制，组织在职党员到居住社区报到。';
    const hits = tag(text);
    expect(hits.map((h) => [h.instrument, h.term, text.slice(h.start, h.end)])).toEqual([
      ['member-volunteering', '双报到', '双报到'],
      ['member-volunteering', '在职党员…报到', '在职党员到居住社区报到'],
    ]);
    expect(hits[0]).toMatchObject({ article: 'f-16', name: '在职党员参与社区志愿服务' });
  });

  it('matches across punctuation and in another word order', () => {
    const text = '把治理成效纳入考核，强化考核、绩效运用。';
    expect(tag(text).map((h) => text.slice(h.start, h.end))).toEqual(['考核、绩效']);
  });

  it('does not let a gap run past a sentence or past its limit', () => {
    expect(tag('在职党员要带头。到社区报到由单位组织。')).toEqual([]);
    expect(tag('在职党员一二三四五六七八九十一二三四五六七到社区报到')).toEqual([]);
  });

  it('checks scope per sentence: a village instrument is not stated in a sentence about communities', () => {
    const community = tag('推行社区党组织书记通过法定程序担任居委会主任。');
    expect(community.map((h) => h.instrument)).toEqual(['community-one-shoulder']);
    const both = tag('村(社区)党组织书记、主任“一肩挑”比例达到95%。');
    expect(both.map((h) => h.instrument).sort()).toEqual(['community-one-shoulder', 'village-one-shoulder']);
    // A sentence that names no level leaves it to the measure's context: both entries are stated.
    expect(
      tag('全面推行“一肩挑”。')
        .map((h) => h.instrument)
        .sort(),
    ).toEqual(['community-one-shoulder', 'village-one-shoulder']);
  });

  it('reads a sentence that names no level as about the levels its headings name', () => {
    const urban = new Set(['urban'] as const);
    expect(tag('全面推行“一肩挑”。', urban).map((h) => h.instrument)).toEqual(['community-one-shoulder']);
    // The sentence's own level word still decides where it names one.
    expect(tag('村党组织书记全面推行“一肩挑”。', urban).map((h) => h.instrument)).toEqual(['village-one-shoulder']);
    // Headings that name no level leave every scope open.
    expect(
      tag('全面推行“一肩挑”。', new Set())
        .map((h) => h.instrument)
        .sort(),
    ).toEqual(['community-one-shoulder', 'village-one-shoulder']);
  });

  it('says which hits are by a topic term, and lets the longer wording win over one', () => {
    const topical = createInstrumentTagger([entry({ id: 'floating', terms: ['流动人口管理服务'], topicTerms: ['流动人口'] })]);
    expect(topical('拓展流动人口参与渠道。').map((h) => [h.term, h.topic])).toEqual([['流动人口', true]]);
    expect(topical('健全流动人口管理服务机制。').map((h) => [h.term, h.topic])).toEqual([['流动人口管理服务', false]]);
  });

  it('keeps one hit per stretch of text for an entry, the longest wording', () => {
    const longer = createInstrumentTagger([entry({ id: 'x', terms: ['报到', '双报到'] })]);
    expect(longer('双报到').map((h) => h.term)).toEqual(['双报到']);
  });
});

describe('the curated instrument dictionary', () => {
  it('parses, and rejects an id used twice, a gap at a term’s edge, an entry with no term and a term listed both ways', () => {
    const file = readCurated('instruments');
    expect(file.instruments.length).toBeGreaterThan(0);
    const twice = { ...file, instruments: [file.instruments[0], file.instruments[0]] };
    expect(instrumentFileSchema.safeParse(twice).success).toBe(false);
    const edge = { ...file, instruments: [{ ...file.instruments[0], terms: ['…报到'] }] };
    expect(instrumentFileSchema.safeParse(edge).success).toBe(false);
    const none = { ...file, instruments: [{ ...file.instruments[0], terms: [], topicTerms: [] }] };
    expect(instrumentFileSchema.safeParse(none).success).toBe(false);
    const topicOnly = { ...file, instruments: [{ ...file.instruments[0], terms: [], topicTerms: ['流动人口'] }] };
    expect(instrumentFileSchema.safeParse(topicOnly).success).toBe(true);
    const both = { ...file, instruments: [{ ...file.instruments[0], terms: ['流动人口'], topicTerms: ['流动人口'] }] };
    expect(instrumentFileSchema.safeParse(both).success).toBe(false);
  });

  it('lists only framework articles, and each entry’s quote is in its article', async () => {
    const corpus = await realCorpus();
    const framework = corpus.sources.find((s) => s.role === 'framework');
    const articles = new Map(corpus.measures.filter((m) => m.source === framework?.slug).map((m) => [m.id, m.text]));
    for (const i of readCurated('instruments').instruments) {
      expect(articles.has(i.article), `${i.id}: ${i.article}`).toBe(true);
      expect(normalise(articles.get(i.article)!).text, i.id).toContain(normalise(i.articleQuote).text);
    }
  }, 60_000);
});
