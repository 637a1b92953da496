import { launchChromium } from '../src/lib/chromium.ts';
import { serveDirectory } from '../tests/support/static-server.ts';
const dir = process.argv[2];
const browser = await launchChromium('cls');
const { server, url } = await serveDirectory(dir);
for (const viewport of [{ width: 1350, height: 940 }, { width: 360, height: 740 }, { width: 412, height: 823 }]) {
  for (const path of ['/search/', '/search/?q=志愿服务']) {
    const ctx = await browser.newContext({ viewport, deviceScaleFactor: viewport.width < 500 ? 2 : 1 });
    await ctx.addInitScript(() => {
      (window as any).__cls = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) { (window as any).__cls += e.value; for (const src of e.sources) console.log('shift', e.value.toFixed(4), src.node?.nodeName, (src.node as any)?.id, (src.node as any)?.className, JSON.stringify(src.previousRect), JSON.stringify(src.currentRect)); } }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await ctx.newPage(); page.on('console', (m) => m.text().startsWith('shift') && console.log('  ', m.text()));
    await page.goto(url + path);
    await page.waitForSelector('#search-app[data-state="ready"]', { timeout: 30000 });
    await page.waitForTimeout(800); console.log(await page.evaluate(() => { const f = document.querySelector('#search-filters')!; const b = f.querySelector('button'); return [f.getBoundingClientRect().height, b?.getBoundingClientRect().height, getComputedStyle(f).minHeight, document.querySelector('#search-status')!.getBoundingClientRect().height]; }));
    const cls = await page.evaluate(() => (window as any).__cls);
    console.log(viewport.width, path, cls.toFixed(3));
    await ctx.close();
  }
}
server.close(); await browser.close();
