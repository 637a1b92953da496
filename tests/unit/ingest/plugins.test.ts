/** Each ingest transform alone, on small inputs that show its one job. */
import type { Paragraph, Root, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseLinesToTree } from '../../../scripts/lib/parse-lines.ts';
import { plainText } from '../../../scripts/lib/tree.ts';
import { rebuildTables } from '../../../scripts/plugins/rebuild-tables.ts';
import { removeBookmarks } from '../../../scripts/plugins/remove-bookmarks.ts';
import { recogniseHeadings } from '../../../scripts/plugins/recognise-headings.ts';
import { splitMeasures } from '../../../scripts/plugins/split-measures.ts';
import { markPanels } from '../../../scripts/plugins/mark-panels.ts';
import { markImprint } from '../../../scripts/plugins/mark-imprint.ts';
import { IngestError } from '../../../scripts/lib/errors.ts';
import { parseText, units } from '../../support/ingest.ts';

const texts = (tree: Root) => tree.children.map((node) => ('children' in node ? plainText(node as never) : node.type));
const cells = (table: Table) =>
  table.children.map((row) => row.children.map((cell) => plainText(cell as never) || (cell.children[0] as { children?: Array<{ value: string }> })?.children?.[0]?.value || ''));

describe('parseLines', () => {
  it('makes one paragraph per non-blank line, with its line number and the blank lines before it', () => {
    const tree = parseLinesToTree('甲\n\n\n乙\n\t丙\n\t');
    expect(texts(tree)).toEqual(['甲', '乙', '丙', '']);
    expect(tree.children.map((node) => node.data)).toEqual([
      { line: 1, blankBefore: 0, tab: false },
      { line: 4, blankBefore: 2, tab: false },
      { line: 5, blankBefore: 0, tab: true },
      { line: 6, blankBefore: 0, tab: true },
    ]);
  });
});

describe('removeBookmarks', () => {
  it('strips Word bookmark debris before a heading and drops a line that held only debris', () => {
    const tree = parseLinesToTree('[bookmark: _Toc90415711]第一节 重大意义\n[bookmark: _Toc90415729]\n第二章 总体思路');
    removeBookmarks()(tree);
    expect(texts(tree)).toEqual(['第一节 重大意义', '第二章 总体思路']);
  });
});

describe('recogniseHeadings', () => {
  const settings = { headings: { chapter: ['qianyan', 'zhang'], section: ['jie'], item: ['cn-paren'] }, titleLines: 0 } as const;
  const run = (text: string) => {
    const tree = parseLinesToTree(text);
    recogniseHeadings({ settings: settings as never })(tree);
    return tree;
  };

  it('reads chapter and section numbers as written', () => {
    const tree = run('前　　言\n第十二章  规划背景\n第三节　重大意义');
    expect(tree.children.map((node) => [node.type, node.data])).toMatchObject([
      ['heading', { unit: 'chapter', number: 0, title: '前　　言' }],
      ['heading', { unit: 'chapter', number: 12, title: '规划背景' }],
      ['heading', { unit: 'section', number: 3, title: '重大意义' }],
    ]);
  });

  it('moves a lead sentence that shares the heading line to the start of the next paragraph', () => {
    const tree = run('第一节  城乡基层治理工作实现良好开局 党建引领有力。\n市委坚持高位统筹。');
    expect(texts(tree)).toEqual(['第一节  城乡基层治理工作实现良好开局', '党建引领有力。市委坚持高位统筹。']);
    // The paragraph's text starts on the heading's line, so that is its line.
    expect((tree.children[1] as Paragraph).data?.line).toBe(1);
  });

  it('marks a numbered item with its lead as a measure line, not a heading', () => {
    const tree = run('(三)完善村级党组织领导村级治理体制机制。完善村级各类组织职能定位。');
    expect(tree.children[0]).toMatchObject({ type: 'paragraph', data: { item: { number: 3, label: '(三)' } } });
  });

  it('leaves long running text that starts like a heading alone', () => {
    const long = `第一章${'很长的正文'.repeat(20)}`;
    expect(run(long).children[0].type).toBe('paragraph');
  });

  it('takes the document title from the first lines when settings say so', () => {
    const tree = parseLinesToTree('# 某某决定\n\n正文。');
    recogniseHeadings({ settings: { ...settings, titleLines: 1 } as never })(tree);
    expect(tree.children[0]).toMatchObject({ type: 'heading', data: { unit: 'title' } });
    expect(texts(tree)[0]).toBe('某某决定');
  });
});

describe('rebuildTables', () => {
  const run = (text: string) => {
    const tree = parseLinesToTree(text);
    rebuildTables()(tree, new VFile({ path: 't.txt' }));
    return tree;
  };

  it('rebuilds rows and columns, fills merged cells from the row above and keeps the caption', () => {
    const tree = run('表1  数量\n\t县\n\t总数\n\n\t通川区\n\t104\n\n\t\n\t72\n\n之后的正文。');
    const table = tree.children[0] as Table;
    expect(table.type).toBe('table');
    expect(table.data?.caption).toBe('表1  数量');
    expect(cells(table)).toEqual([
      ['县', '总数'],
      ['通川区', '104'],
      ['通川区', '72'],
    ]);
    // The filled cell is marked as inherited, so it is not read as a second copy of the text.
    expect(table.children[2].children[0].children[0]).toMatchObject({ type: 'textDirective', name: 'inherited' });
    expect(texts(tree)[1]).toBe('之后的正文。');
  });

  it('joins a header cell wrapped onto a line without a TAB, across a blank line too', () => {
    const tree = run('\t县（市、区）\n\t公共法律\n服务中心（个）\n\t备注\n\n\t市本级\n\t1\n\t/');
    expect(cells(tree.children[0] as Table)[0]).toEqual(['县（市、区）', '公共法律服务中心（个）', '备注']);
    // As in a real 表2: a cell cut by a blank line, its row going on after it.
    const split = run('\t类别\n\t维度\n\t指标\n\n\t甲\n\t科技\n\n赋能\n\t一体化');
    expect(cells(split.children[0] as Table)[1]).toEqual(['甲', '科技赋能', '一体化']);
  });

  it('continues a row that a stray blank line cut short', () => {
    const tree = run('\t序号\n\t任务\n\t单位\n\n\t18\n\t任务甲\n\n\t县民政局\n\n\t19\n\t任务乙\n\t县财政局');
    expect(cells(tree.children[0] as Table)).toEqual([
      ['序号', '任务', '单位'],
      ['18', '任务甲', '县民政局'],
      ['19', '任务乙', '县财政局'],
    ]);
  });

  it('stops with the file and line when a table is not closed', () => {
    expect(() => run('\t甲\n\t乙\n\t丙\n\n\t1\n\t2')).toThrow(IngestError);
    expect(() => run('\t甲\n\t乙\n\t丙\n\n\t1\n\t2')).toThrow(/t\.txt:5: table \(from line 1\) is not closed: its last row has 2 of 3 cells/);
  });
});

describe('markPanels', () => {
  it('gathers a 专栏 and its lines up to the next heading or a gap of two blank lines', () => {
    const tree = parseLinesToTree('专栏3 社区智慧服务场景\n1．智慧健康服务。\n2．智慧诊疗服务。\n\n\n后文。');
    markPanels()(tree);
    expect(tree.children.map((node) => node.type)).toEqual(['containerDirective', 'paragraph']);
    expect((tree.children[0] as { children: unknown[] }).children).toHaveLength(3);
  });
});

describe('markImprint', () => {
  it('marks the issuing office’s imprint at the end, and only there', () => {
    const tree = parseLinesToTree('正文。\n示例市民政局办公室      2022年3月14日印发');
    markImprint()(tree);
    expect(tree.children.map((node) => (node.type === 'containerDirective' ? node.name : node.type))).toEqual(['paragraph', 'imprint']);
    const middle = parseLinesToTree('2022年3月14日印发\n正文。');
    markImprint()(middle);
    expect(middle.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('splitMeasures', () => {
  it('splits measures run together on one line at a space before a short lead', () => {
    const tree = parseLinesToTree('坚持党建引领。健全机制。 坚持三治并举、共建共享。推动融合。 中共中央 国务院印发文件。');
    splitMeasures()(tree);
    expect(texts(tree)).toEqual(['坚持党建引领。健全机制。', '坚持三治并举、共建共享。推动融合。 中共中央 国务院印发文件。']);
  });

  it('puts a measure split off after a lead carried from a heading line on the line its text is on', () => {
    const tree = parseLinesToTree('第一节  开局 党建引领有力。\n市委坚持统筹。 基层基础夯实。社区建设加强。');
    recogniseHeadings({ settings: { headings: { chapter: ['zhang'], section: ['jie'], item: [] }, titleLines: 0 } as never })(tree);
    splitMeasures()(tree);
    expect(tree.children.slice(1).map((node) => [texts({ type: 'root', children: [node] } as Root)[0], (node as Paragraph).data?.line])).toEqual([
      ['党建引领有力。市委坚持统筹。', 1],
      ['基层基础夯实。社区建设加强。', 2],
    ]);
  });
});

describe('nestUnits, markLeads and assignIds', () => {
  it('nests chapter → section → measure and gives position ids', () => {
    const { tree } = parseText('第一章  总则\n导语。\n第一节  机制\n建设社区智慧停车系统。开发系统。\n完善服务。\n第二章  保障\n加强领导。', {});
    expect(units(tree).map((u) => `${u.name} ${u.id} ${u.title}`)).toEqual([
      'chapter test-1 总则',
      'section test-1-0 ',
      'measure test-1-0-1 导语',
      'section test-1-1 机制',
      'measure test-1-1-1 建设社区智慧停车系统',
      'measure test-1-1-2 完善服务',
      'chapter test-2 保障',
      'section test-2-0 ',
      'measure test-2-0-1 加强领导',
    ]);
  });

  it('numbers articles by their own numbers and keeps their follow-on paragraphs', () => {
    const { tree } = parseText('## 二、改革\n(三)完善机制。正文。\n续段。\n(四)推进改革。正文。', {
      headings: { chapter: ['md2'], section: [], item: ['cn-paren'] },
    });
    expect(units(tree, ['measure']).map((u) => [u.id, u.title, u.text])).toEqual([
      ['test-2-0-3', '完善机制', '(三)完善机制。正文。续段。'],
      ['test-2-0-4', '推进改革', '(四)推进改革。正文。'],
    ]);
  });

  it('puts text before the first chapter into a front chapter 0', () => {
    const { tree } = parseText('开头一段。\n第一章  总则\n正文。', { frontTitle: '导言' });
    expect(units(tree, ['chapter']).map((u) => `${u.id} ${u.title}`)).toEqual(['test-0 导言', 'test-1 总则']);
  });

  it('gives a repeated chapter number the next free one instead of a duplicate id', () => {
    const { tree } = parseText('第一章  甲\n正文。\n第一章  乙\n正文。');
    expect(units(tree, ['chapter']).map((u) => u.id)).toEqual(['test-1', 'test-2']);
  });

  it('warns about a heading with nothing under it and keeps it', () => {
    const parsed = parseText('第一章  甲\n第一节  空节\n第二节  有内容\n正文。');
    expect(parsed.warnings).toEqual(['test.txt:2: warning: heading “第一节  空节” has no text under it']);
    expect(units(parsed.tree, ['section']).map((u) => u.heading)).toContain('第一节  空节');
  });
});

describe('parseNumeral', () => {
  it('reads Chinese numerals up to the thousands, and ASCII or full-width digits', async () => {
    const { parseNumeral } = await import('../../../scripts/lib/numerals.ts');
    expect(['四', '十二', '二十九', '一百零三', '一百一十', '一千二百六十', '4', '４', '１２'].map(parseNumeral)).toEqual([4, 12, 29, 103, 110, 1260, 4, 4, 12]);
    expect(parseNumeral('第')).toBeNaN();
  });
});

describe('recogniseHeadings with articles and parts', () => {
  const run = (text: string, headings: object) => {
    const tree = parseLinesToTree(text);
    recogniseHeadings({ settings: { headings: { section: [], item: [], ...headings }, titleLines: 0 } as never })(tree);
    return tree;
  };

  it('marks 第X条 as an article, and numbered lines inside it as its text, not items', () => {
    const tree = run('第一百零三条　居民委员会的任务：\n（一）宣传法律；\n（二）调解纠纷。\n第一百零四条　本法自公布之日起施行。', {
      chapter: ['zhang'],
      item: ['tiao', 'cn-paren'],
    });
    expect(tree.children.map((node) => node.data)).toMatchObject([
      { item: { number: 103, label: '第一百零三条', article: true } },
      { line: 2 },
      { line: 3 },
      { item: { number: 104, label: '第一百零四条', article: true } },
    ]);
    expect(tree.children[1].data).not.toHaveProperty('item');
  });

  it('reads 第X编 as a chapter-level part', () => {
    const tree = run('第二编　物权\n第一章　通则', { chapter: ['bian', 'zhang'] });
    expect(tree.children.map((node) => [node.type, ...(node.type === 'heading' ? [node.data?.unit, node.data?.number, node.data?.part] : [])])).toEqual([
      ['heading', 'chapter', 2, true],
      ['heading', 'chapter', 1, undefined],
    ]);
  });

  it('recognises a heading with a zero-width space in its number, and keeps the character', () => {
    const tree = run('第三\u200B章　附则', { chapter: ['zhang'] });
    expect(tree.children[0]).toMatchObject({ type: 'heading', data: { unit: 'chapter', number: 3, title: '附则' } });
    expect(texts(tree)).toEqual(['第三\u200B章　附则']);
  });
});

describe('assignIds with parts', () => {
  it('numbers chapters within their part as part × 100 + chapter, so repeated chapter numbers stay apart', () => {
    const { tree } = parseText('第一编　总则\n第一章　基本规定\n第一条　甲。\n第二编　物权\n第一章　通则\n第二条　乙。', {
      headings: { chapter: ['bian', 'zhang'], section: [], item: ['tiao'] },
    });
    expect(units(tree, ['chapter', 'measure']).map((u) => u.id)).toEqual(['test-100', 'test-101', 'test-101-0-1', 'test-200', 'test-201', 'test-201-0-2']);
  });
});

describe('dropInvisibleLines', () => {
  it('drops a line of zero-width characters with a warning naming its line, and keeps a TAB cell', async () => {
    const { dropInvisibleLines } = await import('../../../scripts/plugins/drop-invisible-lines.ts');
    const tree = parseLinesToTree('甲。\n\u200B\u200B\n乙。\n\t\u200B');
    const file = new VFile({ path: 't.txt' });
    dropInvisibleLines()(tree, file);
    expect(texts(tree)).toEqual(['甲。', '乙。', '\u200B']);
    expect(file.messages.map((m) => [m.line, m.reason])).toEqual([[2, 'line holds only invisible characters (U+200B); it is not a unit — delete the line']]);
  });
});

describe('markContents', () => {
  it('gathers 目录 and the headings it lists, up to the heading that repeats the first entry', async () => {
    const { markContents } = await import('../../../scripts/plugins/mark-contents.ts');
    const tree = parseLinesToTree('目　　录\n第一章　总　　则\n第二章　附　　则\n第一章　总则\n第一条　正文。');
    markContents()(tree);
    expect(tree.children.map((node) => (node.type === 'containerDirective' ? `${node.name}(${node.children.length})` : plainText(node as never)))).toEqual([
      'contents(3)',
      '第一章　总则',
      '第一条　正文。',
    ]);
  });
});

describe('markImprint for a law', () => {
  it('marks the adoption note under the title, over one line or several, and nothing in the body', () => {
    const tree = parseLinesToTree('（2019年8月29日某市人大常委会通过\n2019年11月28日某省人大常委会批准）\n第一条　（2020年1月1日起）施行。');
    markImprint()(tree);
    expect(tree.children.map((node) => (node.type === 'containerDirective' ? `${node.name}(${node.children.length})` : node.type))).toEqual(['imprint(2)', 'paragraph']);
    const plain = parseLinesToTree('（一）2021年1月1日前完成。\n正文。');
    markImprint()(plain);
    expect(plain.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('removeBookmarks in a sentence', () => {
  it('keeps a bookmark written inside a sentence, or one not named by Word, as text', () => {
    const tree = parseLinesToTree('见[bookmark: _Toc1]所列。\n[bookmark: 附表] 说明。\n[bookmark: _Hlk99][bookmark: _Toc2]第一章　总则');
    removeBookmarks()(tree);
    expect(texts(tree)).toEqual(['见[bookmark: _Toc1]所列。', '[bookmark: 附表] 说明。', '第一章　总则']);
  });
});

describe('isolateBidiControls', () => {
  it('wraps each bidi control as :bidi[…] and warns with the line', async () => {
    const { isolateBidiControls } = await import('../../../scripts/plugins/isolate-bidi-controls.ts');
    const text = '甲。\n乙\u202E丙。';
    const tree = parseLinesToTree(text);
    const file = new VFile({ path: 't.txt', value: text });
    isolateBidiControls()(tree, file);
    expect(tree.children[1]).toMatchObject({
      children: [
        { type: 'text', value: '乙' },
        { type: 'textDirective', name: 'bidi', children: [{ type: 'text', value: '\u202E' }] },
        { type: 'text', value: '丙。' },
      ],
    });
    expect(file.messages.map((m) => m.line)).toEqual([2]);
  });
});

describe('checkHeadingStyles', () => {
  const check = async (text: string, headings: object) => {
    const { checkHeadingStyles } = await import('../../../scripts/plugins/check-heading-styles.ts');
    const file = new VFile({ path: 't.txt' });
    checkHeadingStyles({ settings: { headings: { section: [], item: [], ...headings }, titleLines: 0 } as never })(parseLinesToTree(text), file);
    return file.messages.map((m) => `${m.line}: ${m.reason}`);
  };

  it('says nothing when the styles fit, and accepts a regulation of articles only', async () => {
    expect(await check('第一章　总则\n第一条　甲。', { chapter: ['zhang'], item: ['tiao'] })).toEqual([]);
    expect(await check('第一条　甲。\n第二条　乙。', { chapter: ['zhang'], item: ['tiao'] })).toEqual([]);
  });

  it('warns about a chapter style that matches nothing, naming the style the text uses', async () => {
    expect(await check('一、甲\n正文。\n二、乙', { chapter: ['zhang'] })).toEqual([
      '1: settings list "zhang" (第一章) as a chapter style, but no line matches it; the text seems to use "cn-dun" (一、): 2 lines, the first at line 1',
    ]);
  });
});

describe('rebuildTables with an empty row', () => {
  it('keeps a row of lone TABs empty instead of copying the row above', () => {
    const tree = parseLinesToTree('\t县\n\t总数\n\n\t甲\n\t1\n\n\t\n\t\n\n\t乙\n\t2');
    const file = new VFile({ path: 't.txt' });
    rebuildTables()(tree, file);
    expect(cells(tree.children[0] as Table)).toEqual([
      ['县', '总数'],
      ['甲', '1'],
      ['', ''],
      ['乙', '2'],
    ]);
    expect(file.messages.map((m) => m.line)).toEqual([7]);
  });
});
