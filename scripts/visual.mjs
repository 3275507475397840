// Visual regression test: every story of the static Storybook build, in every locale and theme
// (and density, once a story has one), shot in Chromium and compared with its reference PNG in
// tests/visual/reference/<story-id>--<locale>--<theme>.png. A difference beyond anti-aliasing
// fails the run and lands in tests/visual/output/ (actual, reference, diff, and index.html to
// review them side by side).
//
//   npm run test:visual                  compare (builds storybook-static first if missing or stale)
//   npm run test:visual -- --update      accept: write new and changed references, drop unused ones
//   npm run test:visual -- --only quote-cell   only stories whose id contains the text
//
// Every run renders the same pixels: the page's clock is Playwright's fake clock, paused at the
// reference page's moment and advanced by exactly RUN_MS once the story has rendered (so the
// simulated feed ticks once and its highlight shows); Math.random is seeded, so the feed's walk
// is the same; CSS animations are paused at FREEZE_MS; a shot is retaken until two in a row match.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { ensureBuild } from './visual/build.mjs';
import {
  elementsReady,
  freezeAnimations,
  seededRandomScript,
  settleFrame,
  storyBox,
  storyShown,
} from './visual/freeze.mjs';
import { compare, decode, writePng, writeReference } from './visual/images.mjs';
import { writeReport } from './visual/report.mjs';

const root = resolve(import.meta.dirname, '..');
const defaultBuild = resolve(root, 'storybook-static');
const { values: options } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    only: { type: 'string' },
    dir: { type: 'string', default: defaultBuild },
  },
});

const LOCALES = ['en', 'zh-Hant-HK', 'zh-Hans-CN'];
const THEMES = ['light', 'dark'];
/** Friday 19 April 2024, 00:30 in Hong Kong: the reference page's moment (as scripts/screenshots.mjs). */
const NOW = new Date('2024-04-18T16:30:00Z');
/** Fake time run after the story renders: one tick of the simulated feed (1.5 s), highlight still on. */
const RUN_MS = 2000;
/** The last part of RUN_MS, run frame by frame. */
const SETTLE_MS = 96;
/** Where the strip's scroll is paused: two seconds into its loop. */
const FREEZE_MS = 2000;
const SEED = 20240419;
/** pixelmatch's per-pixel colour tolerance, and how many differing pixels still pass. */
const THRESHOLD = 0.1;
const MAX_DIFFERING = 20;
const VIEWPORT = { width: 1100, height: 700 };
const STORY_TIMEOUT = 20_000;

const started = Date.now();
const buildDir = resolve(options.dir);
const referenceDir = resolve(root, 'tests/visual/reference');
const outputDir = resolve(root, 'tests/visual/output');

if (buildDir === defaultBuild) ensureBuild(root, buildDir);
else if (!existsSync(join(buildDir, 'index.json'))) {
  console.error(`visual: no Storybook build in ${buildDir}`);
  process.exit(1);
}

const index = JSON.parse(readFileSync(join(buildDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter(
  (e) => e.type === 'story' && (!options.only || e.id.includes(options.only)),
);
mkdirSync(referenceDir, { recursive: true });
rmSync(outputDir, { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });

const server = await serveStatic(buildDir, { headers: { 'cache-control': 'max-age=600' } });
const origin = new URL(server.url).origin;
const browser = await launchChromium();
const context = await browser.newContext({
  viewport: VIEWPORT,
  deviceScaleFactor: 1,
  locale: 'en-US',
  // Relative times and any wall-clock text read the same on every machine.
  timezoneId: 'Asia/Hong_Kong',
  colorScheme: 'light',
  reducedMotion: 'no-preference',
});
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
  return route.abort('blockedbyclient');
});
await context.addInitScript(seededRandomScript(SEED));
await context.clock.install({ time: NOW });
await context.clock.pauseAt(NOW);

const page = await context.newPage();
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));

/** The frames that show a story: the preview, and any story it embeds (the design review page). */
const storyFrames = () => page.frames().filter((frame) => /\/iframe\.html\?/.test(frame.url()));

async function render(story, globals) {
  const query = Object.entries({ ...globals, 'a11y.manual': '!true' })
    .map(([key, value]) => `${key}:${value}`)
    .join(';');
  // Each document starts at NOW; the fake clock replays its log, so set the time again first.
  await context.clock.setSystemTime(NOW);
  await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${query}`, {
    waitUntil: 'domcontentloaded',
  });
  await page.waitForFunction(storyShown, undefined, { timeout: STORY_TIMEOUT });
  // Embedded stories start loading once the outer one has rendered.
  for (const frame of storyFrames()) {
    if (frame === page.mainFrame()) continue;
    await frame.waitForLoadState('domcontentloaded');
    await frame.waitForFunction(storyShown, undefined, { timeout: STORY_TIMEOUT });
  }
  for (const frame of storyFrames()) await frame.evaluate(elementsReady);
  for (const frame of storyFrames()) await frame.evaluate(() => window.__visualReseed?.());
  // Jump (each due timer fires once, the feed's tick among them), then run a few frames so that
  // what the jump scheduled (the feed's rAF flush, Lit's updates) happens too.
  await context.clock.fastForward(RUN_MS - SETTLE_MS);
  await context.clock.runFor(SETTLE_MS);
  const errors = (await Promise.all(storyFrames().map((frame) => frame.evaluate(settleFrame)))).filter(Boolean);
  if (errors.length) throw new Error(`the story shows an error: ${errors[0]}`);
  const parameters = await page.evaluate(() => {
    const { locale, theme, density } = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters ?? {};
    return { locale, theme, density };
  });
  return parameters;
}

/** Shoots the story's box until two shots in a row are identical (at most 6 tries). */
async function shoot() {
  let previous;
  for (let attempt = 0; attempt < 6; attempt += 1) {
    for (const frame of storyFrames()) {
      await frame.evaluate(settleFrame);
      await frame.evaluate(freezeAnimations, FREEZE_MS);
    }
    const clip = await page.evaluate(storyBox);
    // Each shot renders a frame: ResizeObservers (the strip's loop length) run, and the loop
    // below goes on until a shot shows nothing new.
    const shot = await page.screenshot({ clip, fullPage: clip.y + clip.height > VIEWPORT.height, caret: 'hide' });
    if (previous?.equals(shot)) return { shot, attempts: attempt + 1 };
    previous = shot;
  }
  return { shot: previous, attempts: 6, unstable: true };
}

/** The toolbar's density values, if the preview declares a density global (none does yet). */
async function densities() {
  const story = stories[0];
  if (!story) return [undefined];
  await render(story, { locale: LOCALES[0], theme: THEMES[0] });
  const items = await page.evaluate(
    () => window.__STORYBOOK_PREVIEW__?.storyStoreValue?.projectAnnotations?.globalTypes?.density?.toolbar?.items ?? [],
  );
  const values = items.map((item) => (typeof item === 'string' ? item : item.value)).filter(Boolean);
  return values.length ? values : [undefined];
}

const results = [];
const written = new Set();
const relativeOut = (path) => relative(outputDir, path);

function record(story, setting, png, note) {
  const name = [story.id, setting.locale, setting.theme, setting.density].filter(Boolean).join('--');
  written.add(`${name}.png`);
  const referencePath = join(referenceDir, `${name}.png`);
  const result = { name, story: story.id, ...setting, files: {} };
  const keepOutput = () => {
    result.files.actual = relativeOut(join(outputDir, `${name}.actual.png`));
    writePng(join(outputDir, `${name}.actual.png`), png);
  };
  if (!existsSync(referencePath)) {
    if (options.update) {
      writeReference(referencePath, png, { threshold: THRESHOLD });
      result.status = 'new';
    } else {
      result.status = 'missing';
      result.message = 'no reference image: run npm run test:visual -- --update, review it, and commit it';
      keepOutput();
    }
  } else {
    const reference = decode(readFileSync(referencePath));
    const { differing, sizeChanged, diff } = compare(png, reference, { threshold: THRESHOLD });
    if (!sizeChanged && differing <= MAX_DIFFERING) {
      result.status = 'passed';
    } else if (options.update) {
      writeReference(referencePath, png, { threshold: THRESHOLD });
      result.status = 'updated';
    } else {
      result.status = 'failed';
      result.message = sizeChanged
        ? `size changed from ${reference.width}x${reference.height} to ${png.width}x${png.height} (${differing} pixels differ)`
        : `${differing} pixels differ (more than ${MAX_DIFFERING} allowed)`;
      keepOutput();
      writePng(join(outputDir, `${name}.reference.png`), reference);
      writePng(join(outputDir, `${name}.diff.png`), diff);
      result.files.reference = relativeOut(join(outputDir, `${name}.reference.png`));
      result.files.diff = relativeOut(join(outputDir, `${name}.diff.png`));
    }
  }
  if (note) result.message = [result.message, note].filter(Boolean).join('; ');
  results.push(result);
  if (result.status !== 'passed')
    console.log(`visual: ${result.status.padEnd(7)} ${name}${result.message ? `: ${result.message}` : ''}`);
}

let renders = 0;
try {
  const densityValues = await densities();
  for (const story of stories) {
    // A story that pins its locale or theme looks the same whatever the toolbar says: one shot
    // per distinct setting, named by the setting it really renders in.
    const seen = new Set();
    let pinned = {};
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        for (const density of densityValues) {
          const wanted = {
            locale: pinned.locale ?? locale,
            theme: pinned.theme ?? theme,
            density: pinned.density ?? density,
          };
          const key = JSON.stringify(wanted);
          if (seen.has(key)) continue;
          const globals = { locale, theme, ...(density ? { density } : {}) };
          try {
            const t0 = Date.now();
            pinned = await render(story, globals);
            const t1 = Date.now();
            const setting = {
              locale: pinned.locale ?? locale,
              theme: pinned.theme ?? theme,
              density: density && (pinned.density ?? density),
            };
            seen.add(key);
            seen.add(JSON.stringify(setting));
            const { shot, unstable, attempts } = await shoot();
            const t2 = Date.now();
            renders += 1;
            record(
              story,
              setting,
              decode(shot),
              unstable ? 'warning: the story did not hold still (six shots all differed)' : undefined,
            );
            if (process.env.VISUAL_TIMINGS)
              console.log(
                `${story.id} ${JSON.stringify(setting)}: render ${t1 - t0} ms, shots ${t2 - t1} ms (${attempts}), compare ${Date.now() - t2} ms`,
              );
          } catch (error) {
            seen.add(key);
            const name = [story.id, locale, theme, density].filter(Boolean).join('--');
            results.push({
              name,
              story: story.id,
              locale,
              theme,
              status: 'failed',
              message: `did not render: ${error.message.split('\n')[0]}`,
            });
            console.log(`visual: failed  ${name}: ${error.message.split('\n')[0]}`);
          }
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// References that no story produced (a renamed or deleted story): dropped by --update.
const orphans = options.only
  ? []
  : readdirSync(referenceDir).filter((file) => file.endsWith('.png') && !written.has(file));
if (options.update) for (const file of orphans) rmSync(join(referenceDir, file));

const references = readdirSync(referenceDir).filter((file) => file.endsWith('.png'));
const bytes = references.reduce((sum, file) => sum + statSync(join(referenceDir, file)).size, 0);
const problems = results.filter((r) => r.status === 'failed' || r.status === 'missing');
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const summary =
  `${stories.length} stories, ${renders} shots (${LOCALES.length} locales × ${THEMES.length} themes, once per setting a story does not pin), ` +
  `${problems.length} to review; ${references.length} reference images, ${(bytes / 1024).toFixed(0)} KiB in all; ${seconds} s`;
writeReport(outputDir, {
  results,
  summary,
  orphans: options.update ? [] : orphans,
  storybook: relative(outputDir, buildDir),
});
writeFileSync(join(outputDir, 'results.json'), `${JSON.stringify({ summary, results, orphans }, null, 2)}\n`);

if (pageErrors.length)
  console.warn(`visual: ${new Set(pageErrors).size} distinct page error(s), e.g. ${pageErrors[0]}`);
if (orphans.length)
  console.warn(
    `visual: ${options.update ? 'removed' : 'warning:'} ${orphans.length} reference image(s) of no story: ${orphans.join(', ')}`,
  );
if (problems.length && !options.update) {
  console.error(
    `visual: ${summary}\nvisual: review ${relative(root, join(outputDir, 'index.html'))}; accept with npm run test:visual -- --update`,
  );
  process.exit(1);
}
console.log(`visual: ${summary}`);
