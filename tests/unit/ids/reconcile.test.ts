/**
 * The id registry's decisions on hand-made revisions of a small plan (tests/fixtures/editions/base.txt).
 * Every expected id below is written by hand from the rule in scripts/lib/id-registry.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshUnits } from '../../../scripts/lib/id-registry-units.ts';
import { firstRegistry, nextKey, reconcile, textHash, type Reconciliation } from '../../../scripts/lib/id-registry.ts';
import type { IdRegistry } from '../../../src/schemas/id-registry.ts';
import { parseText } from '../../support/ingest.ts';

const base = readFileSync('tests/fixtures/editions/base.txt', 'utf8');
const options = (edition: string, text: string) => ({ slug: 'test', edition, textHash: textHash(text), today: '2026-01-01' });
const unitsOf = (text: string) => freshUnits(parseText(text).tree);
const first = () => firstRegistry(unitsOf(base), options('1', base)).registry;
const revise = (registry: IdRegistry, text: string, edition = '2') => reconcile(registry, unitsOf(text), options(edition, text));

/** Measure ids in document order, each with the first characters of its text. */
function measures(result: Reconciliation, text: string) {
  return unitsOf(text)
    .filter((unit) => unit.kind === 'measure')
    .map((unit) => `${result.ids.get(unit.id)} ${unit.text.slice(0, 6)}`);
}
const entry = (registry: IdRegistry, id: string) => registry.units.find((unit) => unit.id === id);

describe('the id registry', () => {
  it('gives every unit its positional id on a first run', () => {
    const registry = first();
    expect(registry.units.map((unit) => unit.id)).toEqual([
      'test-1',
      'test-1-1',
      'test-1-1-1',
      'test-1-1-2',
      'test-1-2',
      'test-1-2-1',
      'test-2',
      'test-2-1',
      'test-2-1-1',
      'test-2-1-2',
      'test-2-1-3',
      'test-2-2',
      'test-2-2-1',
    ]);
    expect(entry(registry, 'test-2-1-2')).toMatchObject({
      kind: 'measure',
      parent: 'test-2-1',
      position: 2,
      quote: '发展普惠托育服务，新建一批社区托育点，支…',
      firstSeen: '1',
      lastSeen: '1',
    });
  });

  it('keeps every id when the text is unchanged', () => {
    const registry = first();
    const result = revise(registry, base);
    expect([...result.decisions.values()].every((decision) => decision === 'kept')).toBe(true);
    expect(result.removed).toEqual([]);
  });

  it('gives a measure inserted after 2-1-1 the id 2-1-1a, and the later measures keep theirs', () => {
    const text = base.replace('发展普惠托育', '开展社区助残服务，完善残疾人社区康复设施，推动残疾人就近享有康复服务。\n发展普惠托育');
    const result = revise(first(), text);
    expect(measures(result, text)).toEqual([
      'test-1-1-1 坚持党建引领',
      'test-1-1-2 完善网格化管',
      'test-1-2-1 坚持以人民为',
      'test-2-1-1 发展社区养老',
      'test-2-1-1a 开展社区助残',
      'test-2-1-2 发展普惠托育',
      'test-2-1-3 推进社区食堂',
      'test-2-2-1 加强经费保障',
    ]);
    expect(result.decisions.get('test-2-1-1a')).toBe('new');
    expect(result.decisions.get('test-2-1-2')).toBe('kept');
  });

  it('gives a measure appended to a section the next number', () => {
    const text = base.replace('加强经费保障，将社区工作经费和服务群众专项经费纳入财政预算。', '$&\n建立考核评价机制，把城乡社区治理成效纳入党政领导班子年度考核内容。');
    expect(measures(revise(first(), text), text).at(-1)).toBe('test-2-2-2 建立考核评价');
  });

  it('records a deleted measure as removed with its last text, and never gives its id to another', () => {
    const deleted = base.replace('发展普惠托育服务，新建一批社区托育点，支持用人单位为职工提供托育服务。\n', '');
    const afterDelete = revise(first(), deleted);
    expect(afterDelete.removed).toEqual(['test-2-1-2']);
    expect(measures(afterDelete, deleted).slice(3)).toEqual(['test-2-1-1 发展社区养老', 'test-2-1-3 推进社区食堂', 'test-2-2-1 加强经费保障']);
    expect(entry(afterDelete.registry, 'test-2-1-2')).toMatchObject({
      removedIn: '2',
      lastSeen: '1',
      text: '发展普惠托育服务，新建一批社区托育点，支持用人单位为职工提供托育服务。',
    });

    // A later edition puts a different measure in the same place: it is new, not 2-1-2.
    const refilled = deleted.replace('推进社区食堂', '建设社区儿童之家，为双职工家庭儿童提供课后托管和假期照护。\n推进社区食堂');
    const result = revise(afterDelete.registry, refilled, '3');
    expect(measures(result, refilled)[4]).toBe('test-2-1-1a 建设社区儿童');
    expect(entry(result.registry, 'test-2-1-2')?.removedIn).toBe('2');
  });

  it('keeps the id of an edited measure and remembers the earlier wording', () => {
    const text = base.replace('按标准配齐专职网格员队伍', '按每个网格一名的标准配齐专职网格员队伍');
    const result = revise(first(), text);
    expect(measures(result, text)[1]).toBe('test-1-1-2 完善网格化管');
    expect(result.decisions.get('test-1-1-2')).toBe('edited');
    expect(entry(result.registry, 'test-1-1-2')?.earlier).toEqual([{ until: '1', hash: entry(first(), 'test-1-1-2')!.hash }]);
  });

  it('keeps the id of a measure moved to another section', () => {
    const line = '推进社区食堂建设，为老年人和困难群众提供价格适中的助餐服务。\n';
    const text = base.replace(line, '').replace('加强经费保障', `${line}加强经费保障`);
    const result = revise(first(), text);
    expect(measures(result, text).slice(5)).toEqual(['test-2-1-3 推进社区食堂', 'test-2-2-1 加强经费保障']);
    expect(result.decisions.get('test-2-1-3')).toBe('moved');
    expect(entry(result.registry, 'test-2-1-3')?.parent).toBe('test-2-2');
  });

  it('keeps the id of a split measure on its larger part and gives the smaller part a new id', () => {
    const text = base.replace(
      '发展社区养老服务，建设街道综合养老服务中心，推进居家社区养老服务网络建设，为失能老人提供上门照护服务。',
      '发展社区养老服务，建设街道综合养老服务中心，推进居家社区养老服务网络建设。\n为失能老人提供上门照护服务。',
    );
    const result = revise(first(), text);
    expect(measures(result, text).slice(3, 6)).toEqual(['test-2-1-1 发展社区养老', 'test-2-1-1a 为失能老人提', 'test-2-1-2 发展普惠托育']);
    expect(result.decisions.get('test-2-1-1')).toBe('edited');
  });

  it('gives a chapter inserted after chapter 1 the id 1a, while the renumbered chapter keeps its id', () => {
    const text = base
      .replace('第二章  措施', '第三章  措施')
      .replace('第二章', '')
      .replace('第三章  措施', '第二章  组织\n第一节  队伍\n加强社区工作者队伍建设，建立社区工作者职业体系和薪酬动态调整机制。\n第三章  措施');
    const result = revise(first(), text);
    const ids = unitsOf(text).map((unit) => result.ids.get(unit.id));
    expect(ids).toEqual([
      'test-1',
      'test-1-1',
      'test-1-1-1',
      'test-1-1-2',
      'test-1-2',
      'test-1-2-1',
      'test-1a',
      'test-1a-1',
      'test-1a-1-1',
      'test-2',
      'test-2-1',
      'test-2-1-1',
      'test-2-1-2',
      'test-2-1-3',
      'test-2-2',
      'test-2-2-1',
    ]);
    expect(entry(result.registry, 'test-1a')).toMatchObject({ key: '1a', text: '组织' });
  });

  it('keeps the ids of sections that a split chapter hands to a new chapter', () => {
    const text = base.replace('第二节  保障', '第三章  保障\n第一节  经费');
    const result = revise(first(), text);
    const ids = unitsOf(text).map((unit) => result.ids.get(unit.id));
    expect(ids.slice(6)).toEqual(['test-2', 'test-2-1', 'test-2-1-1', 'test-2-1-2', 'test-2-1-3', 'test-3', 'test-2-2', 'test-2-2-1']);
    expect(result.decisions.get('test-2-2')).toBe('edited');
    expect(entry(result.registry, 'test-2-2')?.parent).toBe('test-3');
  });
});

describe('new keys', () => {
  const none = () => false;
  it('follow the previous sibling the way legislation inserts 2A after 2', () => {
    expect(nextKey('2', 'measure', (key) => key === '3')).toBe('2a');
    expect(nextKey('2a', 'measure', (key) => key === '2b')).toBe('2c');
    expect(nextKey('2z', 'measure', none)).toBe('2za');
    expect(nextKey(undefined, 'measure', (key) => key === '1')).toBe('0a');
    expect(nextKey('table1', 'table', none)).toBe('table2');
    expect(nextKey('table1', 'table', (key) => key === 'table2')).toBe('table1a');
  });
});
