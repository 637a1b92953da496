/**
 * The fixture corpus (tests/fixtures/corpus-b: a province's framework and its property regulation —
 * two frameworks —, a city's plan and its property rules — two documents of one jurisdiction, one
 * with a hyphenated slug — and a county plan), built into a site by the same pipeline: every page there, nothing of the shipped texts
 * on any page, sources in their settings' order and labelled so two documents of one place differ.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sourceSettings } from '../../src/schemas/source.ts';

const site = inject('corpusBSite');
const page = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
const htmlFiles = (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'));
/** The text a reader sees: tags, scripts and styles removed. */
const textOf = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');

/** What the shipped corpus is called, read from its settings: none of it may appear here. */
const shippedNames = readdirSync('content/sources')
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const s = sourceSettings.parse(JSON.parse(readFileSync(join('content/sources', f), 'utf8')));
    return [s.slug, s.jurisdiction, s.jurisdiction.replace(/[省市县区]$/, ''), s.jurisdictionEn, ...s.parents];
  });

describe('the fixture corpus built as a site', () => {
  it('has a reading page for every source and every chapter, and the aggregate pages', () => {
    for (const slug of ['beiyuan', 'beiyuan-property', 'demo-city', 'demo-city-property', 'hexi']) {
      expect(existsSync(join(site, 'plans', slug, 'index.html')), slug).toBe(true);
      expect(existsSync(join(site, 'plans', slug, '1', 'index.html')), slug).toBe(true);
      expect(existsSync(join(site, 'structure', slug, 'index.html')), slug).toBe(true);
    }
    for (const path of ['', 'plans', 'search', 'compare', 'indicators', 'adoption', 'structure', 'citations', 'about', 'data']) {
      expect(existsSync(join(site, path, 'index.html')), `/${path}`).toBe(true);
    }
  });

  it('mentions none of the shipped texts’ places or slugs on any page', () => {
    expect(shippedNames.length).toBeGreaterThan(0);
    const found = htmlFiles.flatMap((file) => {
      const text = textOf(readFileSync(join(site, file), 'utf8'));
      return shippedNames.filter((name) => text.includes(name)).map((name) => `${file}: ${name}`);
    });
    expect(found).toEqual([]);
  });

  it('describes this corpus on the home page, computed from its settings', () => {
    const text = textOf(page('')).replace(/\s+/g, '');
    // The five fixture texts and the one `npm run add` put beside them.
    expect(text).toContain('本站收录6份文本');
    expect(text).toContain('2份框架文件（《中共北原省委北原省人民政府关于加强社区治理体系建设的意见》、《北原省物业管理条例》）');
    expect(text).toContain('示范市、东川市、河西县的4份地方文本');
    expect(text).toContain('地方文本（4份）');
  });

  it('orders the comparison columns by settings and names two documents of one city by their short names', () => {
    const html = page('compare');
    const columns = [...html.matchAll(/<th scope="col"[^>]*data-source="([^"]+)"/g)].map((m) => m[1]);
    expect(columns).toEqual(['beiyuan', 'beiyuan-property', 'demo-city', 'demo-city-property', 'dongchuan-volunteers', 'hexi']);
    const heads = textOf(html.slice(html.indexOf('<thead'), html.indexOf('</thead>'))).replace(/\s+/g, ' ');
    expect(heads).toContain('示范市·十五五规划');
    expect(heads).toContain('示范市·物业管理办法');
    expect(heads).toContain('河西县');
  });

  it('lists each source’s themes on /plans/{source}/themes/, each theme’s measures on a page of its own', () => {
    const index = page('plans/demo-city/themes');
    expect(textOf(index).replace(/\s+/g, ' ')).toContain('示范市·十五五规划');
    const themePages = [...index.matchAll(/href="\/plans\/demo-city\/themes\/([^/"#]+)\/"/g)].map((m) => m[1]);
    expect(themePages.length).toBeGreaterThan(0);
    const text = themePages.map((theme) => textOf(page(join('plans/demo-city/themes', theme)))).join(' ');
    expect(text).toContain('#demo-city-2-1-2');
  });

  it('shows one jurisdiction switcher per theme page, not one per column', () => {
    const themes = readdirSync(join(site, 'compare'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(themes.length).toBeGreaterThan(0);
    for (const theme of themes) {
      const html = page(join('compare', theme.name));
      expect(html.match(/class="switcher"/g), theme.name).toHaveLength(1);
      expect(html.match(/class="jur-col[ "]/g), theme.name).toHaveLength(6);
    }
  });

  it('compares a text that names no framework with each framework, and says its pairs are not adoption', () => {
    // The regulation `npm run add` put in names nothing it implements.
    for (const framework of ['beiyuan', 'beiyuan-property']) {
      expect(textOf(page(`adoption/${framework}/by/dongchuan-volunteers`)), framework).toContain('本文的设置没有写明它落实哪份文件');
    }
    // The property rules implement the regulation: compared with it, not with the opinion.
    expect(existsSync(join(site, 'adoption/beiyuan-property/by/demo-city-property/index.html'))).toBe(true);
    expect(existsSync(join(site, 'adoption/beiyuan/by/demo-city-property/index.html'))).toBe(false);
  });

  it('labels adopting measures with the framework’s short name and links hyphenated slugs intact', () => {
    const html = page('adoption/beiyuan/by/demo-city');
    expect(textOf(html)).toContain('落实 省级意见（');
    expect(html).toContain('href="/plans/demo-city/');
  });

  it('lists both frameworks on /adoption/, the one two plans implement first, each leading to its own matrix', () => {
    const html = page('adoption');
    const links = [...html.matchAll(/<h2[^>]*><a href="(\/adoption\/[^"]+)"[^>]*>([^<]+)<\/a><\/h2>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['/adoption/beiyuan/', '省级意见'],
      ['/adoption/beiyuan-property/', '物业条例'],
    ]);
    const text = textOf(html).replace(/\s+/g, '');
    expect(text).toContain('在设置中写明落实它的：北原省·物业条例、示范市·十五五规划、河西县。');
    expect(text).toContain('在设置中写明落实它的：示范市·物业管理办法。');
  });

  it('matches the property rules against the regulation they implement: 落实 on its page, 措辞同 on the other framework’s', () => {
    const matrix = page('adoption/beiyuan-property');
    expect(textOf(matrix)).toContain('落实物业条例的情况');
    // No set was labelled against it: no figures, and the opinion's would not stand in for them.
    expect(textOf(matrix).replace(/\s+/g, '')).toContain('没有按物业条例人工标注的评估集，所以这里不给出它的准确率和召回率；其他框架文件的评估不能代替');
    // Its 第三条 row links the rules' column to the article's list.
    expect(matrix).toContain('href="/adoption/beiyuan-property/beiyuan-property-2-0-3/#demo-city-property"');
    const article = page('adoption/beiyuan-property/beiyuan-property-2-0-3');
    expect(textOf(article)).toContain('落实 物业条例第三条');
    expect(article).toContain('id="m-demo-city-property-2-0-3"');
    // The rules' chapter page: a badge per framework, each with the verb its settings call for.
    const chapter = page('plans/demo-city-property/2');
    expect(chapter).toContain('href="/adoption/beiyuan-property/beiyuan-property-2-0-3/#m-demo-city-property-2-0-3"');
    expect(textOf(chapter)).toContain('落实 物业条例第三条');
    expect(textOf(chapter)).toContain('本章落实框架文件的举措');
  });

  it('shows, on a chapter of the regulation, both what it adopts of the opinion and what the rules adopt of it', () => {
    const html = page('plans/beiyuan-property/2');
    const text = textOf(html).replace(/\s+/g, ' ');
    expect(text).toContain('本章落实框架文件的举措');
    expect(html).toContain('href="/adoption/beiyuan/beiyuan-2-0-3/#m-beiyuan-property-2-0-4"');
    expect(text).toContain('落实 省级意见（三）');
    expect(text).toContain('各文本落实本部分条文的举措');
    expect(html).toContain('id="chapter-adoption-title"');
    expect(html).toContain('id="chapter-adopted-title"');
  });

  // The fixture's labelled set (tests/fixtures/corpus-b/curated/adoption-evaluation.json) reviews four
  // of the county's seven measures against the opinion: one detection confirmed, one rejected (a shared
  // slogan), one pair added (a four-level system, reworded), one measure adopting nothing.
  it('counts a partly reviewed corpus by the reviews where there are some, and says which verdicts are the detector’s', () => {
    const matrix = textOf(page('adoption/beiyuan')).replace(/\s+/g, ' ');
    expect(matrix).toContain('其中 4 条举措经人工逐条与省级意见的每一条对照核定');
    expect(matrix).toContain('1 对经核定确认、1 对核定为不算落实');
    expect(matrix).toContain('另有 1 对检测未发现');
    expect(matrix).toContain('其余 26 条举措是自动检测的结果');
    // The added pair, in the labeller's words, and the rejected detection at the foot of its article's page.
    const added = page('adoption/beiyuan/beiyuan-2-0-3');
    expect(textOf(added)).toContain('人工核定补入（检测未发现）');
    expect(textOf(added)).toContain('核定理由：构建直达网格的四级体系，即该意见的四级组织体系，措辞改写。');
    const rejected = page('adoption/beiyuan/beiyuan-1-0-1');
    const foot = rejected.slice(rejected.indexOf('id="rejected"'));
    expect(foot).toContain('id="m-hexi-2-1-1"');
    expect(textOf(foot)).toContain('逐字重复该意见的指导思想，只是口号，没有具体举措。');
    // The rest stays the detector's, and says so.
    expect(textOf(page('adoption/beiyuan/beiyuan-2-0-4'))).toContain('自动检测，未经人工核定');
    // Per text: the county's page says some of its measures were reviewed, the city's that none were.
    expect(textOf(page('adoption/beiyuan/by/hexi'))).toContain('其中 4 条举措经人工核定');
    expect(textOf(page('adoption/beiyuan/by/demo-city'))).toContain('这些都是自动检测的结果，未经人工核定');
    // The regulation has no labelled set: its page claims no review.
    expect(textOf(page('adoption/beiyuan-property'))).not.toContain('经人工逐条');
  });

  it('publishes no old /adoption/{n}/ addresses when no framework’s settings ask for them', () => {
    expect(existsSync(join(site, 'adoption', '3', 'index.html'))).toBe(false);
    expect(existsSync(join(site, 'adoption', 'by'))).toBe(false);
  });

  it('gives the hyphenated slug’s units their full chapter path in the search index', () => {
    const manifest =
      readFileSync(join(site, 'search-index.json'), 'utf8') +
      readdirSync(join(site, 'search-index'))
        .map((f) => readFileSync(join(site, 'search-index', f), 'utf8'))
        .join('');
    expect(manifest).toContain('/plans/demo-city/2/#demo-city-2-1-1');
    // The rules' articles carry their own numbers: 第三条 opens chapter 2.
    expect(manifest).toContain('/plans/demo-city-property/2/#demo-city-property-2-0-3');
  });

  it('shows the articles of the rules with their numbers, each article whole with its list', () => {
    const html = page('plans/demo-city-property/3');
    // 第五条 holds its three list items; 第六条 is the next unit, not part of it.
    const article5 = html.slice(html.indexOf('id="demo-city-property-3-0-5"'), html.indexOf('id="demo-city-property-3-0-6"'));
    expect(article5).toContain('第五条');
    expect(article5).toContain('（三）配合社区做好网格化管理');
    expect(html).toContain('id="demo-city-property-3-0-6"');
    // 第三条's second paragraph is its own anchor within the article.
    expect(page('plans/demo-city-property/2')).toContain('id="demo-city-property-2-0-3-p2"');
  });

  it('shows a text added with `npm run add` with its articles numbered as written', () => {
    // tests/fixtures/corpus-b/added/dongchuan-volunteers.txt: a 条例 of six articles, no chapters.
    const html = page('plans/dongchuan-volunteers/0');
    const text = textOf(html);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(html).toContain(`id="dongchuan-volunteers-0-0-${n}"`);
    expect(html).not.toContain('id="dongchuan-volunteers-0-0-7"');
    // 第三条's second paragraph is its own anchor; 第四条 keeps its list.
    expect(html).toContain('id="dongchuan-volunteers-0-0-3-p2"');
    const article4 = html.slice(html.indexOf('id="dongchuan-volunteers-0-0-4"'), html.indexOf('id="dongchuan-volunteers-0-0-5"'));
    expect(article4).toContain('（三）参与社区应急处置和安全防范');
    expect(text).toContain('第六条');
    expect(textOf(page('plans/dongchuan-volunteers'))).toContain('东川市社区志愿服务条例');
  });
});
