/**
 * Provincial adoption: normalisation and shingles, alignment on small strings, the scoring's
 * filters, and the site's matcher against the hand-labelled evaluation set
 * (content/adoption-evaluation.json), its figures printed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { maximalMatches, sharedPassages, smithWaterman } from '../../src/lib/adoption/align.ts';
import { adoption } from '../../scripts/analyses/adoption.ts';
import type { AdoptionEvaluationFile } from '../../src/schemas/curated.ts';
import { readAllCurated } from '../../scripts/lib/curated.ts';
import { formatEvaluation } from '../../src/lib/adoption/evaluate.ts';
import { articleLabel, articleName, articleNumeral, createMatcher, segments } from '../../src/lib/adoption/match.ts';
import type { AdoptionEvaluationEntry, AdoptionMatchEntry } from '../../src/schemas/adoption.ts';
import { containment, normalise, sharedCount, shingles } from '../../src/lib/adoption/shingles.ts';
import { realCorpus } from '../support/corpus.ts';

describe('normalise and shingles', () => {
  it('drops half- and full-width punctuation and spaces, and maps back to the original', () => {
    const province = normalise('建立“网格发现、社区呼叫”的工作机制,(试点)');
    const local = normalise('建立“网格发现、社区呼叫”的工作机制，（试点）');
    expect(province.text).toBe('建立网格发现社区呼叫的工作机制试点');
    expect(local.text).toBe(province.text);
    const original = '甲，乙 丙';
    const n = normalise(original);
    expect(n.text).toBe('甲乙丙');
    expect(n.map.map((i) => original[i])).toEqual(['甲', '乙', '丙']);
  });

  it('makes 4-gram shingles and measures overlap', () => {
    expect([...shingles('网格发现社区', 4)]).toEqual(['网格发现', '格发现社', '发现社区']);
    const a = shingles('建立网格员队伍准入和退出机制');
    const b = shingles('完善网格员队伍准入和退出机制');
    expect(sharedCount(a, b)).toBe(9);
    expect(containment(a, b)).toBeCloseTo(9 / 11, 5);
    expect(containment(new Set(), b)).toBe(0);
  });
});

describe('alignment', () => {
  it('Smith–Waterman finds the best local alignment and its span', () => {
    const a = '建立网格员队伍准入和退出机制';
    const b = '我们要完善网格员队伍准入和退出机制。';
    const al = smithWaterman(a, b);
    expect(a.slice(al.aStart, al.aEnd)).toBe('网格员队伍准入和退出机制');
    expect(b.slice(al.bStart, al.bEnd)).toBe('网格员队伍准入和退出机制');
    expect(al.score).toBe(24);
    // A small edit costs less than the agreement around it gains: the alignment runs through it,
    // keeping 联 with one gap on each side (4×2 − 1 + 2 − 1 + 4×2).
    const edit = smithWaterman('街道社区包联网格制度', '街道社区联系网格制度');
    expect(edit.aEnd - edit.aStart).toBe(10);
    expect(edit.score).toBe(16);
    expect(smithWaterman('甲乙丙', '丁戊己').score).toBe(0);
  });

  it('lists maximal common substrings of at least the minimum length', () => {
    expect(maximalMatches('党组织书记通过法定程序担任', '社区党组织书记通过法定程序担任主任', 8)).toEqual([[0, 2, 13]]);
    expect(maximalMatches('社区社会组织', '支持社区社会组织', 8)).toEqual([]);
  });

  it('joins passages across a small edit and keeps distant ones apart', () => {
    const a = '推动小区党组织书记或成员通过法定程序担任业主委员会主任或成员';
    const b = '推动小区党组织书记或两委成员通过法定程序担任业主委员会主任或成员';
    const [p, ...rest] = sharedPassages(a, b, { minLength: 8, maxGap: 4 });
    expect(rest).toEqual([]);
    expect(a.slice(p.aStart, p.aEnd)).toBe(a);
    expect(p.matched).toBe(a.length);
    const apart = sharedPassages('网格员队伍准入和退出机制甲乙丙丁戊己庚辛壬癸子丑寅卯街道社区包联网格制度', '网格员队伍准入和退出机制以及街道社区包联网格制度', {
      minLength: 8,
      maxGap: 4,
    });
    expect(apart).toHaveLength(2);
  });

  it('cuts text at marked ranges, merging overlaps', () => {
    expect(
      segments('甲乙丙丁戊', [
        [3, 5],
        [1, 2],
        [1, 3],
      ]),
    ).toEqual([
      { text: '甲', mark: false },
      { text: '乙丙丁戊', mark: true },
    ]);
    expect(segments('甲乙', [])).toEqual([{ text: '甲乙', mark: false }]);
  });

  it('writes article numbers as the decision does', () => {
    expect([3, 10, 11, 17, 20, 29].map(articleNumeral)).toEqual(['三', '十', '十一', '十七', '二十', '二十九']);
  });

  it('names a decision’s item by its number in full-width brackets, and a law’s article by its own 第X条', () => {
    expect(articleLabel('(十七)', 17)).toBe('（十七）');
    expect(articleLabel('（三）', 3)).toBe('（三）');
    expect(articleLabel('第三条', 3)).toBe('第三条');
    expect(articleLabel('第一百零三条', 103)).toBe('第一百零三条');
    expect(articleLabel('', 2)).toBe('');
  });

  it('names an article after its framework by its label, or a plan’s measure without one by its title or first clause', () => {
    expect(articleName('（十七）', '健全社区网格化管理服务机制', '……')).toBe('（十七）');
    expect(articleName('', '建设智慧社区', '建设智慧社区。推进……')).toBe('“建设智慧社区”');
    expect(articleName('', '', '推进社区综合服务设施建设，到2025年实现全覆盖。')).toBe('“推进社区综合服务设施建设”');
  });
});

describe('scoring filters', () => {
  const articles = [
    { id: 'p-1', text: '推进城乡基层治理。建立网格员队伍准入和退出机制。' },
    { id: 'p-2', text: '推进城乡基层治理。健全社会心理服务体系和危机干预机制。' },
    { id: 'p-3', text: '推进城乡基层治理。实施背街小巷综合整治。' },
  ];

  it('counts a distinctive passage, not wording found in many articles or in the title', () => {
    const match = createMatcher(articles, { stopTexts: ['关于推进城乡基层治理制度创新的决定'] }, { threshold: 11 });
    const [best, ...rest] = match({ id: 'l-1', text: '推进城乡基层治理，完善网格员队伍准入和退出机制。' });
    expect(best).toMatchObject({ articleId: 'p-1', adopts: true, score: 12 });
    expect(best.passages.map((p) => p.localText)).toEqual(['网格员队伍准入和退出机制']);
    expect(rest).toEqual([]);
  });

  it('does not count terms many local measures use', () => {
    const corpus = Array.from({ length: 6 }, (_, i) => ({ id: `c-${i}`, text: `第${i}条：网格员队伍准入和退出机制` }));
    const match = createMatcher(articles, { corpus }, { threshold: 11 });
    expect(match({ id: 'l-1', text: '完善网格员队伍准入和退出机制' })).toEqual([]);
  });
});

describe('the evaluation sets (content/adoption-evaluation*.json)', () => {
  let evaluation: AdoptionEvaluationEntry;
  let holdout: AdoptionEvaluationEntry;
  let second: AdoptionEvaluationEntry;
  let third: AdoptionEvaluationEntry;
  let fourth: AdoptionEvaluationEntry;
  let fifth: AdoptionEvaluationEntry;
  let sets: AdoptionEvaluationEntry[];
  let matches: AdoptionMatchEntry[];
  let texts: Map<string, string>;
  const curated = readAllCurated();

  beforeAll(async () => {
    const corpus = await realCorpus();
    // The analysis itself, so the figures tested are the ones the pages state.
    const out = await adoption.run({ ...corpus, documents: [] }, curated, {});
    sets = out['adoption-evaluation'] as AdoptionEvaluationEntry[];
    evaluation = sets.find((e) => e.file === 'adoption-evaluation.json')!;
    holdout = sets.find((e) => e.file === 'adoption-evaluation-holdout.json')!;
    second = sets.find((e) => e.file === 'adoption-evaluation-holdout-2.json')!;
    third = sets.find((e) => e.file === 'adoption-evaluation-holdout-3.json')!;
    fourth = sets.find((e) => e.file === 'adoption-evaluation-holdout-4.json')!;
    fifth = sets.find((e) => e.file === 'adoption-evaluation-holdout-5.json')!;
    matches = out['adoption-matches'] as AdoptionMatchEntry[];
    texts = new Map(corpus.measures.map((m) => [m.id, m.text]));
  }, 120_000);

  const cell = (half: 'tuning' | 'blind', source = 'all') => evaluation.cells.find((c) => c.half === half && c.source === source)!;

  /** A held-out draw's entry: every labelled measure × article scored, every positive counted, no measure from an earlier set. Its `all` cell. */
  const scoresEveryLabel = (entry: AdoptionEvaluationEntry, file: AdoptionEvaluationFile, earlier: AdoptionEvaluationFile[]) => {
    const all = entry.cells.find((c) => c.source === 'all')!;
    expect(all.measures).toBe(file.measures.length);
    expect(all.pairs).toBe(file.measures.length * entry.articles);
    expect(all.positives).toBe(file.measures.reduce((n, m) => n + m.adopts.length, 0));
    const used = new Set(earlier.flatMap((set) => set.measures.map((m) => m.measure)));
    expect(file.measures.filter((m) => used.has(m.measure))).toEqual([]);
    return all;
  };

  /**
   * A held-out reading: printed, scored on every label, and agreeing with its second labelling
   * (`second`: the file and how many measures it repeats). Its `all` cell.
   */
  const heldOutReading = (entry: AdoptionEvaluationEntry, title: string, file: AdoptionEvaluationFile, earlier: AdoptionEvaluationFile[], second: [string, number]) => {
    expect(entry.available).toBe(true);
    expect(entry.role).toBe('held-out');
    console.log(title);
    console.log(formatEvaluation(entry.cells));
    const all = scoresEveryLabel(entry, file, earlier);
    // The interval to cite resamples measures, the unit that was drawn.
    expect(all.recall.cluster!.low).toBeLessThan(all.recall.value!);
    expect(all.recall.cluster!.high).toBeGreaterThan(all.recall.value!);
    // Part of it was labelled twice, independently: the figures do not hinge on one labeller.
    expect(entry.agreements.map((a) => [a.file, a.measures])).toEqual([second]);
    expect(entry.agreements[0].kappa).toBeGreaterThan(0.8);
    return all;
  };

  it('is scored on every drawn measure against every framework article, per source and half (printed)', () => {
    expect(evaluation.available).toBe(true);
    console.log(`adoption evaluation: ${evaluation.articles} framework articles per drawn measure; sampling: ${JSON.stringify(evaluation.sampling)}`);
    console.log(formatEvaluation(evaluation.cells));
    const tuning = curated.adoptionEvaluation!.measures.filter((m) => m.half === 'tuning');
    expect(cell('tuning').measures).toBe(tuning.length);
    expect(cell('tuning').pairs).toBe(tuning.length * evaluation.articles);
    expect(cell('tuning').positives).toBe(tuning.reduce((n, m) => n + m.adopts.length, 0));
    for (const c of evaluation.cells.filter((c) => c.source !== 'all')) expect(c.measures).toBeGreaterThan(0);
  });

  // The development set: both halves were used to tune the matcher (round 2), so these are not
  // estimates for new measures; they guard against a change that breaks what was tuned.
  it('on the development set’s tuning half, used for tuning, reaches precision ≥ 0.85 and recall ≥ 0.75, reworded included', () => {
    const tuning = cell('tuning');
    expect(tuning.precision.value).toBeGreaterThanOrEqual(0.85);
    expect(tuning.recall.value).toBeGreaterThanOrEqual(0.75);
    expect(tuning.rewordedRecall.trials).toBeGreaterThan(0);
    expect(tuning.rewordedRecall.value).toBeGreaterThanOrEqual(0.75);
  });

  // Round 1 measured this half once after its freeze: precision 0.59 (24 of 41), recall 0.75 (24 of
  // 32), reworded recall 0.59 (10 of 17) — historical. Round 2 then used it for development (0.83 /
  // 0.78 after), so these floors guard the tuning, they do not estimate anything.
  it('on the development set’s round-1 blind half, since used for tuning, holds precision ≥ 0.85 and recall ≥ 0.85', () => {
    const blind = cell('blind');
    const labelled = curated.adoptionEvaluation!.measures.filter((m) => m.half === 'blind');
    expect(blind.measures).toBe(labelled.length);
    // Every labelled positive is counted, one the matcher cannot reach included.
    expect(blind.positives).toBe(labelled.reduce((n, m) => n + m.adopts.length, 0));
    expect(blind.precision.value).toBeGreaterThanOrEqual(0.85);
    expect(blind.recall.value).toBeGreaterThanOrEqual(0.85);
    expect(blind.rewordedRecall.value).toBeGreaterThanOrEqual(0.8);
  });

  // The round-2 held-out set (content/adoption-evaluation-holdout.json), read once after commit
  // "FROZEN round 2": precision 0.52 (14 of 27, Wilson 0.34–0.69), recall 0.64 (14 of 22, 0.43–0.80),
  // reworded recall 0.47 (7 of 15) — historical. Round 3 tuned on it (topic terms, instrument terms
  // counted wherever stated): it is development data now, and these floors guard that tuning; the
  // figures to cite come from a fresh held-out set the detector has not seen.
  it('on the round-2 held-out set, since used for tuning, reaches precision ≥ 0.85 and recall ≥ 0.75 (printed)', () => {
    expect(holdout.available).toBe(true);
    console.log('adoption round-2 held-out set (development data since round 3):');
    console.log(formatEvaluation(holdout.cells));
    const all = scoresEveryLabel(holdout, curated.adoptionEvaluationHoldout!, [curated.adoptionEvaluation!]);
    expect(all.precision.value).toBeGreaterThanOrEqual(0.85);
    expect(all.recall.value).toBeGreaterThanOrEqual(0.75);
    expect(all.rewordedRecall.value).toBeGreaterThanOrEqual(0.7);
  });

  // The second held-out set (content/adoption-evaluation-holdout-2.json): 42 measures labelled by two
  // labellers blind to the detector while round 3 was tuned, read once after commit "FROZEN round 3":
  // precision 0.81 (29 of 36, cluster 0.63–0.93), recall 0.63 (29 of 46, 0.44–0.79), reworded recall
  // 0.52 (16 of 31) — historical. Round 4 tuned on it (named-as-context rule, dictionary wordings
  // read from the articles): it is development data now. The floors below keep round 3's measurement
  // (precision ≥ 0.8, recall ≥ 0.6) so a change that lowers it fails; the figures to cite come from a
  // fresh held-out set the detector has not seen.
  it('on the second held-out set, since used for tuning, holds what round 3 measured (precision ≥ 0.8, recall ≥ 0.6) (printed)', () => {
    expect(second.available).toBe(true);
    expect(second.role).toBe('development');
    console.log('adoption second held-out set (development data since round 4):');
    console.log(formatEvaluation(second.cells));
    const all = scoresEveryLabel(second, curated.adoptionEvaluationHoldout2!, [curated.adoptionEvaluation!, curated.adoptionEvaluationHoldout!]);
    expect(all.precision.value).toBeGreaterThanOrEqual(0.8);
    expect(all.recall.value).toBeGreaterThanOrEqual(0.6);
    expect(all.rewordedRecall.value).toBeGreaterThanOrEqual(0.5);
    // Round 4's tuning on it reached 0.89 / 0.87 (reworded 0.81): these guard that tuning.
    expect(all.precision.value).toBeGreaterThanOrEqual(0.85);
    expect(all.recall.value).toBeGreaterThanOrEqual(0.85);
    expect(all.rewordedRecall.value).toBeGreaterThanOrEqual(0.8);
    // A second labeller's agreement is part of what is cited.
    expect(second.agreements.map((a) => a.file)).toEqual(['adoption-evaluation-holdout-2-second.json']);
    expect(second.agreements[0].kappa).toBeGreaterThan(0.8);
  });

  // The third held-out set (content/adoption-evaluation-holdout-3.json): 35 measures labelled by two
  // labellers blind to the detector while round 4 was tuned, read once after commit "FROZEN round 4":
  // precision 0.77 (34 of 44, cluster 0.64–0.88), recall 0.74 (34 of 46, 0.60–0.86), reworded recall
  // 0.59 (17 of 29) — historical. Round 5 tuned on it (headings that diagnose, levels from headings,
  // a type is not the instrument, the same words about another level, topic terms for wordings named
  // as participants or places): it is development data now. The floors keep round 4's measurement,
  // and round 5's tuning (1.00 / 0.85, reworded 0.76) is guarded below it.
  it('on the third held-out set, since used for tuning, holds what round 4 measured (precision ≥ 0.75, recall ≥ 0.7) (printed)', () => {
    expect(third.available).toBe(true);
    expect(third.role).toBe('development');
    console.log('adoption third held-out set (development data since round 5):');
    console.log(formatEvaluation(third.cells));
    const all = scoresEveryLabel(third, curated.adoptionEvaluationHoldout3!, [
      curated.adoptionEvaluation!,
      curated.adoptionEvaluationHoldout!,
      curated.adoptionEvaluationHoldout2!,
    ]);
    expect(all.precision.value).toBeGreaterThanOrEqual(0.75);
    expect(all.recall.value).toBeGreaterThanOrEqual(0.7);
    expect(all.rewordedRecall.value).toBeGreaterThanOrEqual(0.55);
    expect(all.precision.value).toBeGreaterThanOrEqual(0.95);
    expect(all.recall.value).toBeGreaterThanOrEqual(0.8);
    expect(all.rewordedRecall.value).toBeGreaterThanOrEqual(0.7);
  });

  // The fourth held-out set (content/adoption-evaluation-holdout-4.json): 48 measures, drawn before
  // round 5's tuning began and labelled in four quarters by four labellers blind to the detector,
  // read once after commit "FROZEN round 5": precision 0.79 (30 of 38, cluster 0.65–0.92), recall
  // 0.56 (30 of 54, 0.43–0.68), reworded recall 0.48 (21 of 44). Round 4's detector scores it 0.75 /
  // 0.56: round 5 removed false positives and found no more of the reworded adoptions. The goal
  // (precision ≥ 0.85, recall ≥ 0.75) is NOT met. These floors pin the measurement so a change that
  // lowers it fails; they are not the goal.
  it('on the fourth held-out set, read once after the round-5 freeze, holds what it measured (precision ≥ 0.75, recall ≥ 0.5), short of the goal (printed)', () => {
    expect(sets[0]).toBe(fourth);
    const all = heldOutReading(
      fourth,
      'adoption fourth held-out set (its labellers’ summaries reached the tuning session):',
      curated.adoptionEvaluationHoldout4!,
      [curated.adoptionEvaluation!, curated.adoptionEvaluationHoldout!, curated.adoptionEvaluationHoldout2!, curated.adoptionEvaluationHoldout3!],
      ['adoption-evaluation-holdout-4-second.json', 24],
    );
    expect(all.precision.value).toBeGreaterThanOrEqual(0.75);
    expect(all.recall.value).toBeGreaterThanOrEqual(0.5);
    expect(all.rewordedRecall.value).toBeGreaterThanOrEqual(0.45);
    expect(all.recall.value).toBeLessThan(0.75);
  });

  // The fifth held-out set (content/adoption-evaluation-holdout-5.json): every measure left (79),
  // drawn after commit "FROZEN round 5" and labelled in six parts by six labellers blind to the
  // detector, whose closing messages carried no label content: nobody who changed the detector saw
  // these labels. Read once: precision 0.86 (55 of 64, cluster 0.77–0.95), recall 0.60 (55 of 91,
  // 0.50–0.70), reworded recall 0.50 (34 of 68); round 4's detector reads 0.80 / 0.62 on it. The goal's
  // precision is reached, its recall (≥ 0.75) is NOT. These floors pin the measurement.
  it('on the fifth held-out set, drawn after the round-5 freeze, holds what it measured (precision ≥ 0.8, recall ≥ 0.55), recall short of the goal (printed)', () => {
    expect(sets[1]).toBe(fifth);
    const all = heldOutReading(
      fifth,
      'adoption fifth held-out set (the figures to cite, labels unseen before scoring):',
      curated.adoptionEvaluationHoldout5!,
      [
        curated.adoptionEvaluation!,
        curated.adoptionEvaluationHoldout!,
        curated.adoptionEvaluationHoldout2!,
        curated.adoptionEvaluationHoldout3!,
        curated.adoptionEvaluationHoldout4!,
      ],
      ['adoption-evaluation-holdout-5-second.json', 27],
    );
    expect(all.precision.value).toBeGreaterThanOrEqual(0.8);
    expect(all.recall.value).toBeGreaterThanOrEqual(0.55);
    expect(all.rewordedRecall.value).toBeGreaterThanOrEqual(0.45);
    expect(all.recall.value).toBeLessThan(0.75);
    expect(all.recall.cluster!.high).toBeLessThan(0.75);
  });

  /** The shipped primary labellings (the second ones repeat part of them, for agreement). */
  const primary = () => [
    curated.adoptionEvaluation!,
    curated.adoptionEvaluationHoldout!,
    curated.adoptionEvaluationHoldout2!,
    curated.adoptionEvaluationHoldout3!,
    curated.adoptionEvaluationHoldout4!,
    curated.adoptionEvaluationHoldout5!,
  ];

  it('on every measure a primary set labels, shows the labels as the verdict: each labelled adoption adopts, nothing else does', () => {
    const articleIds = new Set(matches.map((m) => m.articleId));
    const labelled = primary().flatMap((set) => set.measures.flatMap((m) => m.adopts.filter((a) => articleIds.has(a.article)).map((a) => `${m.measure}>${a.article}`)));
    const reviewedMeasures = new Set(primary().flatMap((set) => set.measures.map((m) => m.measure)));
    const adopting = matches.filter((m) => m.adopts && reviewedMeasures.has(m.measureId)).map((m) => m.id);
    // Not vacuous: the sets label hundreds of adoptions, and the detector missed some of them.
    expect(labelled.length).toBeGreaterThan(300);
    expect(adopting.sort()).toEqual([...labelled].sort());
    expect(matches.filter((m) => m.adopts && !m.detected).length).toBeGreaterThan(0);
    // A detection the labeller did not list stays in the data, rejected, with where the verdict comes from.
    const rejected = matches.filter((m) => !m.adopts);
    expect(rejected.length).toBeGreaterThan(0);
    for (const m of rejected) expect(m).toMatchObject({ detected: true, review: { adopts: false } });
    for (const m of matches.filter((m) => reviewedMeasures.has(m.measureId))) expect(m.review?.file).toMatch(/^adoption-evaluation[\w-]*\.json$/);
  });

  it('gives every reason of the shipped sets in Chinese too, so the pages show no English', () => {
    const labels = primary().flatMap((set) => set.measures.flatMap((m) => [...m.adopts, ...m.near]));
    expect(labels.length).toBeGreaterThan(700);
    // Each translation is Chinese prose: Latin letters only in ids and abbreviations (a unit id such as x-3-0-10, 5G, CBD), never an English word.
    for (const l of labels) {
      expect(l.reasonZh, l.reason).toMatch(/[\u4e00-\u9fff]{4}/);
      expect(l.reasonZh!.replace(/[a-z]+-[\d-]+/g, ''), l.reasonZh).not.toMatch(/[A-Za-z]{5}/);
    }
  });

  it('scores the detector on what it detected, not on the reviewed verdicts', () => {
    // Had the reviews leaked into the scoring, every labelled set would score recall 1 and precision 1.
    expect(fifth.cells.find((c) => c.source === 'all')!.recall.value).toBeLessThan(0.75);
    const detected = new Set(matches.filter((m) => m.detected).map((m) => m.id));
    const fifthLabels = curated.adoptionEvaluationHoldout5!.measures.flatMap((m) => m.adopts.map((a) => `${m.measure}>${a.article}`));
    const all = fifth.cells.find((c) => c.source === 'all')!;
    expect(all.tp).toBe(fifthLabels.filter((id) => detected.has(id)).length);
  });

  it('shows its evidence: an instrument’s words are in the measure, a passage’s are the same on both sides', () => {
    expect(matches.some((m) => m.instruments.length > 0 && m.passages.length === 0)).toBe(true);
    // What the detector found (a review may add pairs with the labeller's words instead, adoption-review.test.ts).
    for (const m of matches.filter((m) => m.detected)) {
      expect(m.instruments.length + m.passages.length).toBeGreaterThan(0);
      for (const i of m.instruments) expect(texts.get(m.measureId)!.slice(...i.local)).toBe(i.localText);
      for (const p of m.passages) expect(normalise(p.localText).text.slice(0, 8)).toBe(normalise(p.articleText).text.slice(0, 8));
    }
  });
});
