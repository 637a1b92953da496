/**
 * Revised texts in the browser: a site built from a copy of the project plus the fixture source
 * with two editions (tests/fixtures/editions/sources: a draft, and a final text that inserts,
 * deletes and edits a measure). The removed measure's old URL shows its notice, never another
 * measure; the editions and what-changed pages render. The build runs once, here.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

const run = promisify(execFile);
const project = resolve('.');
let dir: string;
let close: () => Promise<void>;
let base: string;
let browser: Browser;

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(new URL(path, base).href);
  return page;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-editions-site-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content']) {
    await cp(join(project, entry), join(dir, entry), { recursive: true, filter: (path) => !path.includes(join('content', 'generated')) });
  }
  await cp(join(project, 'tests/fixtures/editions/sources'), join(dir, 'content/sources'), { recursive: true });
  await symlink(join(project, 'node_modules'), join(dir, 'node_modules'));
  await run(join(project, 'node_modules/.bin/tsx'), ['scripts/ingest.ts'], { cwd: dir });
  // A local preview: the scratch site has no public address (src/lib/site-address.ts).
  await run(join(project, 'node_modules/.bin/astro'), ['build', '--force'], { cwd: dir, env: { ...process.env, LOCAL_PREVIEW: '1' }, maxBuffer: 64 * 1024 * 1024 });
  const served = await serveDirectory(join(dir, 'dist'));
  base = served.url;
  close = () => new Promise<void>((done) => served.server.close(() => done()));
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await close?.();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a plan revised from a draft to its final text', () => {
  it('shows the notice of a removed measure at its old URL, with its last text and when it went', async () => {
    const page = await open('/plans/fixture/2/#fixture-2-1-2');
    const notice = page.locator('[id="fixture-2-1-2"]');
    await expect(notice.isVisible()).resolves.toBe(true);
    const text = await notice.innerText();
    expect(text).toContain('已在正式印发稿中删除');
    expect(text).toContain('发展普惠托育服务，新建一批社区托育点，支持用人单位为职工提供托育服务。');
    // The id names no other measure: the only element with it is the notice.
    await expect(page.locator('[id="fixture-2-1-2"]').count()).resolves.toBe(1);
    await expect(page.locator('.removed-notice').evaluate((el) => el.tagName)).resolves.toBe('ASIDE');
    await page.close();
  });

  it('hides the notice when the chapter is opened without its fragment', async () => {
    const page = await open('/plans/fixture/2/');
    await expect(page.locator('[id="fixture-2-1-2"]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[id="fixture-2-1-1a"]').innerText()).resolves.toContain('开展社区助残服务');
    await page.close();
  });

  it('keeps the draft readable at its own URL, under the same ids', async () => {
    const page = await open('/plans/fixture/editions/draft/');
    await expect(page.locator('[id="fixture-2-1-2"]').innerText()).resolves.toContain('发展普惠托育服务');
    await expect(page.locator('[id="fixture-2-1-3"]').innerText()).resolves.toContain('推进社区食堂建设');
    await page.close();
  });

  it('lists the editions and shows what changed, the edit marked inline', async () => {
    const list = await open('/plans/fixture/editions/');
    await expect(list.locator('ol.editions li').allInnerTexts()).resolves.toEqual([expect.stringContaining('征求意见稿'), expect.stringContaining('正式印发稿')]);
    await list.close();
    const page = await open('/plans/fixture/editions/final/changes/');
    await expect(page.locator('.change-counts').innerText()).resolves.toBe('新增 1 条，删除 1 条，修改 1 条，移动 0 条，未变 5 条。');
    await expect(page.locator('#edited-fixture-1-1-2 ins').allInnerTexts()).resolves.toEqual(['每个网格一名的']);
    await expect(page.locator('#added-fixture-2-1-1a ins').innerText()).resolves.toContain('开展社区助残服务');
    await expect(page.locator('#removed-fixture-2-1-2 del').innerText()).resolves.toContain('发展普惠托育服务');
    await page.close();
  });
});
