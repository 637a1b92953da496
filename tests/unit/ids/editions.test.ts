/**
 * A source that keeps two editions (tests/fixtures/editions/sources: a draft and its final text),
 * ingested end to end into a temporary project: the registry, the editions collection, the
 * what-changed data and the removed unit's notice. Expected ids are written by hand.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/ingest.ts';
import { IngestError } from '../../../scripts/lib/errors.ts';
import { editionChanges } from '../../../src/lib/editions/changes.ts';
import { removedNotices } from '../../../src/lib/editions/removed.ts';
import { editionSchema, type Edition } from '../../../src/schemas/edition.ts';
import { idRegistrySchema } from '../../../src/schemas/id-registry.ts';
import { sourceTextSchema } from '../../../src/schemas/source-text.ts';

async function project() {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-editions-'));
  await cp('tests/fixtures/editions/sources', join(dir, 'sources'), { recursive: true });
  return { dir, sources: join(dir, 'sources'), out: join(dir, 'generated'), ids: join(dir, 'ids', 'fixture.json') };
}
const measureIds = (edition: Edition) => edition.units.filter((unit) => unit.kind === 'measure').map((unit) => unit.id);

describe('a source with a draft and a final edition', async () => {
  const { dir, sources, out, ids } = await project();
  await ingest(sources, out);
  const registry = idRegistrySchema.parse(JSON.parse(await readFile(ids, 'utf8')));
  const editions = editionSchema.array().parse(JSON.parse(await readFile(join(out, 'editions.json'), 'utf8')).entries);
  const [draft, final] = editions;

  it('records both editions, oldest first, and the final one is current', () => {
    expect(registry.editions.map((e) => e.id)).toEqual(['draft', 'final']);
    expect(editions.map((e) => [e.id, e.label, e.current])).toEqual([
      ['fixture/draft', '征求意见稿', false],
      ['fixture/final', '正式印发稿', true],
    ]);
  });

  it('keeps each edition’s text for the open data: the current as {slug}.txt, the draft under {slug}.editions/, byte for byte, with its sha256', async () => {
    const texts = sourceTextSchema.array().parse(JSON.parse(await readFile(join(out, 'source-texts.json'), 'utf8')).entries);
    expect(texts.map((t) => [t.path, t.edition, t.label, t.current])).toEqual([
      ['data/sources/fixture.editions/draft.txt', 'draft', '征求意见稿', false],
      ['data/sources/fixture.txt', 'final', '正式印发稿', true],
    ]);
    const files = [join(sources, 'fixture.editions', 'draft.txt'), join(sources, 'fixture.txt')];
    for (const [i, file] of files.entries()) {
      const bytes = await readFile(file);
      expect(texts[i].text).toBe(bytes.toString('utf8'));
      expect(texts[i]).toMatchObject({ bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
  });

  it('gives the same measure the same id in both editions', () => {
    expect(measureIds(draft)).toEqual(['fixture-1-1-1', 'fixture-1-1-2', 'fixture-1-2-1', 'fixture-2-1-1', 'fixture-2-1-2', 'fixture-2-1-3', 'fixture-2-2-1']);
    expect(measureIds(final)).toEqual(['fixture-1-1-1', 'fixture-1-1-2', 'fixture-1-2-1', 'fixture-2-1-1', 'fixture-2-1-1a', 'fixture-2-1-3', 'fixture-2-2-1']);
  });

  it('links the current text with the registry ids', async () => {
    const measures = JSON.parse(await readFile(join(out, 'measures.json'), 'utf8')).entries as Array<{ id: string; url: string }>;
    expect(measures.find((m) => m.id === 'fixture-2-1-1a')?.url).toBe('/plans/fixture/2/#fixture-2-1-1a');
    expect(measures.find((m) => m.id === 'fixture-2-1-3')?.url).toBe('/plans/fixture/2/#fixture-2-1-3');
  });

  it('lists what changed from the draft: one measure added, one removed, one edited with its insertion marked', () => {
    const changes = editionChanges(draft, final);
    expect(changes.added.map((u) => u.id)).toEqual(['fixture-2-1-1a']);
    expect(changes.removed.map((u) => u.id)).toEqual(['fixture-2-1-2']);
    expect(changes.edited.map((e) => e.after.id)).toEqual(['fixture-1-1-2']);
    expect(changes.edited[0].parts.filter((p) => p.op !== 'same')).toEqual([{ op: 'ins', text: '每个网格一名的' }]);
    expect(changes.unchanged).toBe(5);
  });

  it('keeps the removed measure with its last text, for the notice its URL shows', () => {
    expect(removedNotices(registry)).toEqual([
      {
        id: 'fixture-2-1-2',
        kind: 'measure',
        text: '发展普惠托育服务，新建一批社区托育点，支持用人单位为职工提供托育服务。',
        lastSeen: 'draft',
        removedIn: 'final',
        chapter: 'fixture-2',
        chapterPath: '2',
        chapterRemoved: false,
      },
    ]);
  });

  it('writes the same registry again when nothing changed', async () => {
    const before = await readFile(ids, 'utf8');
    await ingest(sources, out);
    expect(await readFile(ids, 'utf8')).toBe(before);
  });

  it('stops, naming file and entry, when a curated reference points at the removed measure', async () => {
    const themes = { themes: [{ id: 'care', include: [{ id: 'fixture-2-1-2', quote: '发展普惠托育服务', reason: '托育' }] }] };
    await writeFile(join(dir, 'themes.json'), JSON.stringify(themes));
    const before = await readFile(join(out, 'measures.json'), 'utf8');
    const error = await ingest(sources, out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).file).toBe(join(dir, 'themes.json'));
    expect((error as IngestError).problem).toContain('themes[0] care include[0] (fixture-2-1-2): the unit (“发展普惠托育服务…”) was removed in edition final');
    expect(await readFile(join(out, 'measures.json'), 'utf8')).toBe(before);
  });

  it('accepts a curated reference whose quote is still in its unit', async () => {
    const themes = { themes: [{ id: 'care', include: [{ id: 'fixture-1-1-2', quote: '完善网格化管理服务', reason: '网格' }] }] };
    await writeFile(join(dir, 'themes.json'), JSON.stringify(themes));
    await expect(ingest(sources, out).then(({ documents }) => documents)).resolves.toHaveLength(1);
  });
});
