#!/usr/bin/env node
// Screenshots of every element in every engine and locale, to look at (not a test): the showcase
// page (tests/engines/showcase.html) with the single-file bundle, into engine-screenshots/.
// Usage: npm run build && node scripts/engine-screenshots.mjs      (MT_ENGINES picks engines)
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ENGINE_NAMES, chosenEngines, launchBrowser } from './browsers.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'engine-screenshots');
const LOCALES = ['en', 'zh-HK', 'zh-CN'];

await mkdir(OUT, { recursive: true });
const server = await serveStatic(ROOT);
try {
  for (const engine of chosenEngines()) {
    const browser = await launchBrowser(engine);
    try {
      const context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
      const page = await context.newPage();
      for (const lang of LOCALES) {
        await page.goto(`${server.url}/tests/engines/showcase.html?lang=${lang}`);
        await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 10_000 });
        const path = resolve(OUT, `${engine}-${lang}.png`);
        await page.screenshot({ path });
        console.log(`${ENGINE_NAMES[engine]} ${lang}: ${path}`);
      }
      await context.close();
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
