/**
 * `npm run add` as a user meets it, always on a temporary sources folder (never content/): what it
 * writes, what it refuses, and that a refusal writes nothing.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSource, AddError, formatReport, parseCommandLine } from '../../../scripts/add.ts';
import { sourceSettings } from '../../../src/schemas/source.ts';

let work: string;
let sources: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'plan-atlas-add-'));
  sources = join(work, 'sources');
  await mkdir(sources);
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const fixture = (name: string) => `tests/fixtures/add/${name}.txt`;

async function refuses(promise: Promise<unknown>, message: RegExp) {
  await expect(promise).rejects.toThrow(AddError);
  await expect(promise).rejects.toThrow(message);
  expect(await readdir(sources)).toEqual([]);
}

describe('npm run add', () => {
  it('copies the text byte for byte (BOM and CRLF kept) and writes settings the schema accepts', async () => {
    const original = await readFile(fixture('regulation-articles'), 'utf8');
    const bytes = Buffer.from(`\uFEFF${original.replace(/\n/g, '\r\n')}`, 'utf8');
    const file = join(work, 'mianyang-volunteers.txt');
    await writeFile(file, bytes);
    const result = await addSource({ file, sourcesDir: sources });
    expect(result.slug).toBe('mianyang-volunteers');
    expect((await readdir(sources)).sort()).toEqual(['mianyang-volunteers.json', 'mianyang-volunteers.txt']);
    expect(Buffer.compare(await readFile(join(sources, 'mianyang-volunteers.txt')), bytes)).toBe(0);
    const settings = JSON.parse(await readFile(join(sources, 'mianyang-volunteers.json'), 'utf8'));
    expect(sourceSettings.safeParse(settings).success).toBe(true);
    expect(settings).toMatchObject({ slug: 'mianyang-volunteers', kind: 'regulation', jurisdiction: '绵阳市', role: 'local', headings: { item: ['tiao'] } });
  });

  it('lets flags override what is detected, and takes the English name of a given jurisdiction by pinyin', async () => {
    const result = await addSource({
      file: fixture('county-plan-dun'),
      slug: 'jiange-plan',
      sourcesDir: sources,
      overrides: { jurisdiction: '广元市', kind: 'other', parents: ['某省'], url: 'https://example.org/plan' },
    });
    expect(result.settings).toMatchObject({ jurisdiction: '广元市', jurisdictionEn: 'Guangyuan', kind: 'other', parents: ['某省'], url: 'https://example.org/plan' });
    const said = result.findings.map((f) => f.message).join('\n');
    expect(said).not.toMatch(/jurisdiction guessed/);
    expect(said).toContain('English name by pinyin: Guangyuan');
  });

  it('reports the parse: counts, chapters and what to check', async () => {
    const result = await addSource({ file: fixture('county-plan-zhang'), slug: 'wangcang', sourcesDir: sources });
    expect(result.records.document.stats).toMatchObject({ chapters: 5, sections: 6, panels: 1 });
    const report = formatReport(result);
    expect(report).toContain('chapters 5, sections 6');
    expect(report).toContain('第三章  主要任务 (2 sections)');
    expect(report).toMatch(/\? jurisdiction guessed from the title: 旺苍县/);
    expect(report).toContain('npm run ingest');
  });

  it('writes nothing on a dry run', async () => {
    const result = await addSource({ file: fixture('law-chapters'), slug: 'volunteer-law', sourcesDir: sources, dryRun: true });
    expect(result.written).toEqual([]);
    expect(result.settings).toMatchObject({ kind: 'law', level: 'national' });
    expect(await readdir(sources)).toEqual([]);
  });

  it('refuses a slug that already exists, and leaves the old source as it was', async () => {
    await writeFile(join(sources, 'wangcang.json'), '{}');
    await expect(addSource({ file: fixture('county-plan-zhang'), slug: 'wangcang', sourcesDir: sources })).rejects.toThrow(/wangcang.json already exists/);
    expect(await readdir(sources)).toEqual(['wangcang.json']);
    expect(await readFile(join(sources, 'wangcang.json'), 'utf8')).toBe('{}');
  });

  it('refuses an invalid slug, from the file name or from --slug, and suggests one', async () => {
    const file = join(work, '旺苍规划.txt');
    await writeFile(file, await readFile(fixture('county-plan-zhang')));
    await refuses(addSource({ file, sourcesDir: sources }), /slug "旺苍规划", which is not a valid slug.*--slug wang/);
    await refuses(addSource({ file, slug: 'plan-4', sourcesDir: sources }), /--slug plan-4 is not a valid slug/);
  });

  it('refuses a missing file, a binary file, a text that is not UTF-8 and an empty one', async () => {
    await refuses(addSource({ file: join(work, 'absent.txt'), sourcesDir: sources }), /absent.txt: no such file/);
    const binary = join(work, 'scan.txt');
    await writeFile(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    await refuses(addSource({ file: binary, sourcesDir: sources }), /scan.txt:1: .*binary/);
    const gbk = join(work, 'gbk.txt');
    // 第一章 in GBK.
    await writeFile(gbk, Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xd5, 0xc2]));
    await refuses(addSource({ file: gbk, sourcesDir: sources }), /gbk.txt:1: the file is not valid UTF-8/);
    const empty = join(work, 'empty.txt');
    await writeFile(empty, '\n  \n');
    await refuses(addSource({ file: empty, sourcesDir: sources }), /empty.txt: the file is empty/);
  });

  it('refuses, naming what to give, when a required field cannot be found', async () => {
    const file = join(work, 'opinions.txt');
    await writeFile(file, '关于加强社区治理的实施意见\n\n为加强我县社区治理，制定本意见。\n\n一、总体要求\n\n坚持党建引领。\n\n二、主要任务\n\n完善服务体系。\n');
    await refuses(addSource({ file, sourcesDir: sources }), /jurisdiction not found .*我县.*--jurisdiction/s);
    const result = await addSource({ file, sourcesDir: sources, overrides: { jurisdiction: '某某县' } });
    expect(result.settings).toMatchObject({ jurisdiction: '某某县', level: 'county', kind: 'opinions' });
  });

  it('reads its command line, and rejects a level that is not one', () => {
    expect(parseCommandLine(['plan.txt', '--slug', 'my-plan', '--parents', '某市,某省', '--dry-run'])).toMatchObject({
      file: 'plan.txt',
      slug: 'my-plan',
      dryRun: true,
      overrides: { parents: ['某市', '某省'] },
    });
    expect(() => parseCommandLine(['plan.txt', '--level', 'city'])).toThrow(/--level city: must be one of national/);
    expect(() => parseCommandLine([])).toThrow(/exactly one text file/);
  });
});
