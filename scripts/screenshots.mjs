// Screenshots of the key stories from the static Storybook build (npm run build:storybook),
// written to docs/images for the README. Usage: node scripts/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'docs/images');
mkdirSync(out, { recursive: true });

const shots = [
  ['quote-cells-zh-Hant-HK', 'components-quote-cell--reference-strip', { locale: 'zh-Hant-HK' }],
  ['quote-cells-en', 'components-quote-cell--reference-strip-english', { locale: 'en' }],
  ['quote-cells-zh-Hans-CN', 'components-quote-cell--reference-strip-simplified', { locale: 'zh-Hans-CN' }],
  ['quote-cells-dark', 'components-quote-cell--reference-strip-dark', { locale: 'zh-Hant-HK' }],
  ...(process.env.SHOTS ? JSON.parse(process.env.SHOTS) : []),
];

const server = await serveStatic(resolve(root, 'storybook-static'));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 300 }, deviceScaleFactor: 1 });
  for (const [name, id, globals] of shots) {
    const g = Object.entries(globals).map(([k, v]) => `${k}:${v}`).join(';');
    await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=${encodeURIComponent(g)}`);
    await page.waitForSelector('#storybook-root > *');
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const root = page.locator('#storybook-root');
    await root.screenshot({ path: resolve(out, `${name}.png`), animations: 'disabled' });
    console.log(`docs/images/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
