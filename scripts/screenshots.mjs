// Screenshots of the key stories from the static Storybook build, written to docs/images for the
// README. Usage: npm run build:storybook && node scripts/screenshots.mjs
// Extra shots: SHOTS='[["file-name", "story-id", { "locale": "en", "theme": "dark" }, { "paused": true }]]'.
// A story id missing from the build (an element not written yet) is skipped with a warning.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const build = resolve(root, 'storybook-static');
const out = resolve(root, 'docs/images');
if (!existsSync(resolve(build, 'index.json'))) {
  console.error('screenshots: no Storybook build. Run: npm run build:storybook');
  process.exit(1);
}
mkdirSync(out, { recursive: true });

// The scrolling strip is shot paused, at the start of its loop, so that the picture is stable.
const strip = { paused: true };
/** [file name, story id, globals, args] */
const shots = [
  ['quote-cells-zh-Hant-HK', 'components-quote-cell--reference-strip', { locale: 'zh-Hant-HK' }],
  ['quote-cells-en', 'components-quote-cell--reference-strip-english', { locale: 'en' }],
  ['quote-cells-zh-Hans-CN', 'components-quote-cell--reference-strip-simplified', { locale: 'zh-Hans-CN' }],
  ['quote-cells-dark', 'components-quote-cell--reference-strip-dark', { locale: 'zh-Hant-HK', theme: 'dark' }],
  ['market-ticker-zh-Hant-HK', 'components-market-ticker--reference-strip', { locale: 'zh-Hant-HK' }, strip],
  ['market-ticker-en', 'components-market-ticker--reference-strip-english', { locale: 'en' }, strip],
  ['market-ticker-zh-Hans-CN', 'components-market-ticker--reference-strip-simplified', { locale: 'zh-Hans-CN' }, strip],
  ['market-ticker-dark', 'components-market-ticker--dark', { locale: 'zh-Hant-HK', theme: 'dark' }, strip],
  ['market-status-zh-Hant-HK', 'components-market-status--reference', { locale: 'zh-Hant-HK' }],
  ['article-card-standard-zh-Hant-HK', 'components-article-card--standard', { locale: 'zh-Hant-HK' }],
  ['article-card-standard-en', 'components-article-card--standard-english', { locale: 'en' }],
  ['article-card-standard-zh-Hans-CN', 'components-article-card--standard-simplified', { locale: 'zh-Hans-CN' }],
  ['article-card-full-zh-Hant-HK', 'components-article-card--full', { locale: 'zh-Hant-HK' }],
  ['article-card-full-en', 'components-article-card--full-english', { locale: 'en' }],
  ['article-card-full-zh-Hans-CN', 'components-article-card--full-simplified', { locale: 'zh-Hans-CN' }],
  ...(process.env.SHOTS ? JSON.parse(process.env.SHOTS) : []),
];

const index = JSON.parse(readFileSync(resolve(build, 'index.json'), 'utf8'));
const encode = (values) =>
  Object.entries(values)
    .map(([key, value]) => `${key}:${value === true ? '!true' : value === false ? '!false' : value}`)
    .join(';');

// Served under a sub-path, as the story check does: the pictures come from the build as deployed.
const server = await serveStatic(build, { prefix: '/storybook' });
const browser = await launchChromium();
let skipped = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 }, deviceScaleFactor: 1 });
  // The reference page's moment (Friday 19 April 2024, 00:30 in Hong Kong), so that banners and
  // relative times read the same on every run: "香港股市 將在 9 小時 開市". Timers still run.
  await page.clock.setFixedTime(new Date('2024-04-18T16:30:00Z'));
  page.on('pageerror', (error) => console.warn(`screenshots: page error: ${error.message}`));
  for (const [name, id, globals = {}, args] of shots) {
    if (!index.entries[id]) {
      console.warn(`screenshots: warning: no story ${id} in the build; skipped ${name}.png`);
      skipped += 1;
      continue;
    }
    const query = new URLSearchParams({ id, viewMode: 'story' });
    let url = `${server.url}/iframe.html?${query}&globals=${encode({ theme: 'light', ...globals, 'a11y.manual': true })}`;
    if (args) url += `&args=${encode(args)}`;
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0);
    await page.evaluate(async () => {
      await window.__marketTickerStorySettled?.(document.querySelector('#storybook-root'));
      await document.fonts.ready;
      // Pictures in shadow roots: wait until each has loaded or failed.
      const images = [];
      const collect = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el instanceof HTMLImageElement) images.push(el);
          if (el.shadowRoot) collect(el.shadowRoot);
        }
      };
      collect(document);
      const settled = (img) =>
        new Promise((done) => {
          img.addEventListener('load', done, { once: true });
          img.addEventListener('error', done, { once: true });
        });
      const pending = images.filter((img) => !img.complete).map(settled);
      await Promise.race([Promise.all(pending), new Promise((done) => setTimeout(done, 3000))]);
    });
    await page.waitForTimeout(200);
    // The story's own box, not the page's width: the union of what the story surface holds, with
    // the surface's padding (and its background) around it.
    const clip = await page.evaluate(() => {
      const surface =
        document.querySelector('#storybook-root .story-surface') ?? document.querySelector('#storybook-root');
      const boxes = [...surface.children]
        .map((child) => child.getBoundingClientRect())
        .filter((r) => r.width && r.height);
      const pad = 16;
      const left = Math.max(0, Math.min(...boxes.map((r) => r.left)) - pad);
      const top = Math.max(0, Math.min(...boxes.map((r) => r.top)) - pad);
      const right = Math.max(...boxes.map((r) => r.right)) + pad;
      const bottom = Math.max(...boxes.map((r) => r.bottom)) + pad;
      return { x: left + scrollX, y: top + scrollY, width: Math.ceil(right - left), height: Math.ceil(bottom - top) };
    });
    await page.screenshot({ path: resolve(out, `${name}.png`), clip, fullPage: true, animations: 'disabled' });
    console.log(`docs/images/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
if (skipped) console.warn(`screenshots: ${skipped} skipped (story not in the build)`);
