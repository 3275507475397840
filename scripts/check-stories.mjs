// Opens every story of the static Storybook build in headless Chromium, in each locale and theme,
// and fails on a console error, a page error, a failed request, a request to any host but the
// local server, a story that does not render, or an axe (WCAG 2.2 A/AA) violation. Also opens
// every docs page once and checks that each component's page has its API tables.
//
// The build is served under a sub-path, so the check also proves that the static Storybook works
// from any folder. Run it right after the build:
//   npm run build:storybook && node scripts/check-stories.mjs
// Options: --only <substring> (story ids to check), --dir <build folder>.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { Tally } from './lib/checks.mjs';
import { serveStatic } from './static-server.mjs';
import { staleReason } from './visual/build.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: resolve(root, 'storybook-static') },
    only: { type: 'string' },
  },
});

const LOCALES = ['en', 'zh-Hant-HK', 'zh-Hans-CN'];
const THEMES = ['light', 'dark'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const PREFIX = '/some/sub/path';
const PAGES = Number(process.env.CHECK_STORIES_PAGES) || 2;
const STORY_TIMEOUT = 20_000;
// Served next to the build (not injected as text): the browser caches it and its compiled code.
const AXE_PATH = '/__check/axe.min.js';

const started = Date.now();
const buildDir = resolve(options.dir);
const indexFile = join(buildDir, 'index.json');
if (!existsSync(indexFile)) {
  console.error(`check-stories: no Storybook build in ${buildDir}. Run: npm run build:storybook`);
  process.exit(1);
}

// A build older than the sources checks stories as they were: say so plainly.
const stale = staleReason(root, buildDir);
if (stale) {
  console.warn(
    `check-stories: warning: storybook-static is stale (${stale}); run npm run build:storybook first to check the stories as they are now.`,
  );
}

const index = JSON.parse(readFileSync(indexFile, 'utf8'));
const allEntries = Object.values(index.entries);
const entries = allEntries.filter((e) => !options.only || e.id.includes(options.only));
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

const server = await serveStatic(buildDir, {
  prefix: PREFIX,
  headers: { 'cache-control': 'max-age=600' },
  files: { [AXE_PATH]: resolve(root, 'node_modules/axe-core/axe.min.js') },
});
const origin = new URL(server.url).origin;
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1100, height: 700 } });

/** Every problem found, by the page (story, locale, theme) it was found in. */
const tally = new Tally();
const fail = (where, message) => tally.fail(where, message);

// Nothing leaves the machine: a request to any other host is a failure (stories use feed="simulated").
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
  route.abort('blockedbyclient');
});

// Chromium asks the origin's root for a favicon whatever the page says.
const ignoredUrl = (url) => new URL(url).pathname === '/favicon.ico';

/**
 * Wires a page's error reporting to the job at hand. Problems are held per job, so that a story
 * can declare the failed requests it provokes on purpose (a broken picture) with
 * `parameters: { check: { allowedRequestFailures: ['no-such-picture.jpg'] } }`.
 */
function watch(page) {
  const state = { where: 'startup', navigating: false, problems: [], inflight: new Set() };
  const problem = (message, url) => state.problems.push({ message, url });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A failed resource is reported once, with its URL, by the request handlers below.
    if (/Failed to load resource/.test(message.text())) return;
    const location = message.location()?.url ?? '';
    problem(`console error: ${message.text()}${location ? ` (${location})` : ''}`);
  });
  page.on('pageerror', (error) => problem(`page error: ${error.message}`));
  page.on('request', (request) => state.inflight.add(request));
  page.on('requestfinished', (request) => state.inflight.delete(request));
  page.on('requestfailed', (request) => {
    state.inflight.delete(request);
    if (ignoredUrl(request.url())) return;
    // Leaving a page cancels what it still had in flight (a lazy chunk): not a failure.
    if (state.navigating && request.failure()?.errorText === 'net::ERR_ABORTED') return;
    const reason = request.failure()?.errorText ?? 'failed';
    const outside = !request.url().startsWith(`${origin}/`);
    problem(
      `${outside ? 'request outside 127.0.0.1' : 'request failed'}: ${request.url()} (${reason})`,
      outside ? undefined : request.url(),
    );
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !ignoredUrl(response.url()))
      problem(`HTTP ${response.status()}: ${response.url()}`, response.url());
  });
  return state;
}

/** Waits (briefly) for the page's requests to end, so that none is blamed on the next job. */
async function drain(state, timeout = 3000) {
  const until = Date.now() + timeout;
  while (state.inflight.size > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
}

/** Ends a job: its problems, less the request failures its story expects, become failures. */
function settle(state, allowed = []) {
  for (const { message, url } of state.problems) {
    if (url && allowed.some((part) => url.includes(part))) continue;
    fail(state.where, message);
  }
  state.problems = [];
}

/** In the page: the story has rendered (or Storybook shows an error) and its elements have settled. */
async function waitForStory(page) {
  await page.waitForFunction(
    () =>
      document.body.classList.contains('sb-show-errordisplay') ||
      (document.body.classList.contains('sb-show-main') &&
        document.querySelector('#storybook-root')?.childElementCount > 0),
    undefined,
    { timeout: STORY_TIMEOUT },
  );
  return page.evaluate(async () => {
    if (document.body.classList.contains('sb-show-errordisplay')) {
      return {
        error: document.querySelector('#error-message')?.textContent?.trim() || 'Storybook shows its error display',
      };
    }
    await window.__marketTickerStorySettled?.(document.querySelector('#storybook-root'));
    await document.fonts.ready;
    // Live stories keep moving: stop the clock of every CSS animation so axe sees one stable frame.
    for (const animation of document.getAnimations()) animation.pause();
    // Text anywhere in the story, shadow roots included.
    const text = (node) =>
      [...node.childNodes].map((child) => (child.nodeType === Node.TEXT_NODE ? child.data : text(child))).join('') +
      (node.shadowRoot ? text(node.shadowRoot) : '');
    return {
      empty: text(document.querySelector('#storybook-root')).trim().length === 0,
      lang: document.documentElement.lang,
      scheme: document.querySelector('#storybook-root .story-surface')?.style.colorScheme,
    };
  });
}

async function runAxe(page, selector) {
  if (!(await page.evaluate(() => typeof window.axe === 'object')))
    await page.addScriptTag({ url: `${server.url}${AXE_PATH}` });
  return page.evaluate(
    async ({ selector, tags }) => {
      const result = await window.axe.run(selector, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        elementRef: true,
      });

      // axe 4.x measures a target's neighbours by their whole box, even where an overflow
      // container clips them (dequelabs/axe-core#3442, #4928): in a scrolling strip, a half-
      // hidden cell "obscures" the pause button beside the strip. Such a finding is dropped when,
      // measured on the visible parts, the target is at least 24 by 24 CSS pixels or its 24 px
      // circle touches no neighbour (WCAG 2.5.8).
      const parent = (node) => node.assignedSlot ?? node.parentNode ?? node.host ?? null;
      const visibleRect = (element) => {
        const box = element.getBoundingClientRect();
        let rect = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
        for (let node = parent(element); node; node = parent(node)) {
          if (!(node instanceof Element)) continue;
          const style = getComputedStyle(node);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const clip = node.getBoundingClientRect();
          rect = {
            left: Math.max(rect.left, clip.left),
            top: Math.max(rect.top, clip.top),
            right: Math.min(rect.right, clip.right),
            bottom: Math.min(rect.bottom, clip.bottom),
          };
        }
        return rect.right > rect.left && rect.bottom > rect.top ? rect : undefined;
      };
      const distance = (x, y, r) =>
        Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
      const clippedFalsePositive = (node) => {
        const target = node.element && visibleRect(node.element);
        if (!target) return true;
        const neighbours = node.any.concat(node.all, node.none).flatMap((check) => check.relatedNodes ?? []);
        const others = neighbours.map((n) => n.element && visibleRect(n.element)).filter(Boolean);
        const overlaps = others.some(
          (r) => r.left < target.right && r.right > target.left && r.top < target.bottom && r.bottom > target.top,
        );
        if (overlaps) return false;
        if (target.right - target.left >= 24 && target.bottom - target.top >= 24) return true;
        const x = (target.left + target.right) / 2;
        const y = (target.top + target.bottom) / 2;
        return others.every((r) => distance(x, y, r) >= 12);
      };

      return result.violations
        .map((v) => ({
          ...v,
          nodes: v.id === 'target-size' ? v.nodes.filter((n) => !clippedFalsePositive(n)) : v.nodes,
        }))
        .filter((v) => v.nodes.length > 0)
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes
            .slice(0, 3)
            .map(
              (n) =>
                `${n.target.join(' >>> ')}${n.failureSummary ? `: ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`,
            ),
          more: Math.max(0, v.nodes.length - 3),
        }));
    },
    { selector, tags: AXE_TAGS },
  );
}

function violationMessages(violations) {
  return violations.map(
    (v) =>
      `axe ${v.id} (${v.impact}): ${v.help}\n      ${v.targets.join('\n      ')}${v.more ? `\n      … and ${v.more} more` : ''}`,
  );
}

const iframeUrl = (params) => `${server.url}/iframe.html?${params}`;

async function navigate(page, state, url) {
  state.navigating = true;
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
  } finally {
    state.navigating = false;
  }
}

/** Opens one story in one locale and theme; returns the story's `locale` / `theme` parameters. */
async function checkStory(page, state, story, locale, theme) {
  state.where = `${story.id} [${locale}, ${theme}]`;
  // a11y.manual: the addon would run its own axe on every render; this script runs axe itself.
  const globals = `locale:${locale};theme:${theme};a11y.manual:!true`;
  await navigate(page, state, iframeUrl(`id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`));
  const rendered = await waitForStory(page).catch((error) => ({
    error: `did not render: ${error.message.split('\n')[0]}`,
  }));
  if (rendered.error) state.problems.push({ message: rendered.error });
  else {
    if (rendered.empty) state.problems.push({ message: 'the story rendered no text' });
    for (const message of violationMessages(await runAxe(page, '#storybook-root'))) state.problems.push({ message });
  }
  await drain(state);
  const parameters = await page
    .evaluate(() => {
      const { check = {}, locale, theme } = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters ?? {};
      return { check, locale, theme };
    })
    .catch(() => ({ check: {} }));
  // The toolbar's globals reached the story (unless it pins its own).
  if (!rendered.error) {
    const wanted = { lang: parameters.locale ?? locale, scheme: parameters.theme ?? theme };
    if (rendered.lang !== wanted.lang)
      state.problems.push({ message: `<html lang> is "${rendered.lang}", not "${wanted.lang}"` });
    if (rendered.scheme !== wanted.scheme)
      state.problems.push({
        message: `the story surface's color-scheme is "${rendered.scheme}", not "${wanted.scheme}"`,
      });
  }
  const allowed = parameters.check.allowedRequestFailures;
  settle(state, Array.isArray(allowed) ? allowed : []);
  return parameters;
}

let combinations = 0;
let distinct = 0;

/**
 * Every locale and theme of one story, on one page. A story that pins its locale or theme
 * (`parameters.locale`, `parameters.theme`) renders the same whatever the toolbar says: those
 * combinations are counted, and checked once.
 */
async function checkStoryEverywhere(page, state, story) {
  const seen = new Set();
  let pinned = {};
  for (const locale of LOCALES) {
    for (const theme of THEMES) {
      combinations += 1;
      const key = `${pinned.locale ?? locale}|${pinned.theme ?? theme}`;
      if (seen.has(key)) continue;
      seen.add(key);
      distinct += 1;
      pinned = await checkStory(page, state, story, locale, theme);
      seen.add(`${pinned.locale ?? locale}|${pinned.theme ?? theme}`);
    }
  }
}

/**
 * A docs page renders; a component's page shows the API table from custom-elements.json; our own
 * live content on it (marked `.docs-check-a11y`: examples, the token table) passes axe.
 */
async function checkDocs(page, state, entry, theme = 'light') {
  state.where = `${entry.id} [docs, ${theme}]`;
  await navigate(
    page,
    state,
    iframeUrl(`id=${encodeURIComponent(entry.id)}&viewMode=docs&globals=theme:${theme};a11y.manual:!true`),
  );
  const problem = (message) => state.problems.push({ message });
  try {
    await page.waitForFunction(
      () => document.querySelector('#storybook-docs .sbdocs-content')?.textContent?.trim(),
      undefined,
      {
        timeout: STORY_TIMEOUT,
      },
    );
    await page.evaluate(() => window.__marketTickerStorySettled?.(document.querySelector('#storybook-docs')));
    if (entry.importPath?.endsWith('.stories.ts')) {
      await page.waitForSelector('.docblock-argstable tbody tr', { timeout: STORY_TIMEOUT }).catch(() => undefined);
      // Section rows carry a title: "Hide attributes items", "Hide css shadow parts items"…
      const sections = await page.evaluate(() =>
        [...document.querySelectorAll('.docblock-argstable tbody tr[title$=" items"]')].map((row) =>
          row.title.replace(/^(Hide|Show) (.*) items$/, '$2').toLowerCase(),
        ),
      );
      for (const category of ['attributes', 'css shadow parts', 'css custom properties']) {
        if (!sections.includes(category))
          problem(`the API table has no "${category}" section (sections: ${sections.join(', ') || 'none'})`);
      }
    }
    if (await page.$('[data-token-table]')) {
      await page
        .waitForSelector('[data-token-table] tbody th', { timeout: STORY_TIMEOUT })
        .catch(() => problem('the live token table did not fill in'));
    }
    if (await page.$('#storybook-docs .docs-check-a11y')) {
      for (const message of violationMessages(await runAxe(page, '#storybook-docs .docs-check-a11y'))) problem(message);
    }
  } catch (error) {
    problem(`the docs page did not render: ${error.message.split('\n')[0]}`);
  }
  await drain(state);
  settle(state);
}

// The manager (index.html) from the sub-path: the sidebar loads and the preview renders a story.
async function checkManager(page, state) {
  state.where = `manager at ${PREFIX}/`;
  const first = allEntries.find((e) => e.type === 'story');
  await navigate(page, state, `${server.url}/?path=/story/${first.id}&globals=a11y.manual:!true`);
  try {
    await page
      .frameLocator('#storybook-preview-iframe')
      .locator('#storybook-root > *')
      .first()
      .waitFor({ timeout: STORY_TIMEOUT });
    const items = await page.locator('#storybook-explorer-tree [data-item-id]').count();
    if (items === 0) state.problems.push({ message: 'the manager shows no sidebar entries' });
  } catch {
    state.problems.push({ message: 'the manager did not show a story from the sub-path' });
  }
  await drain(state);
  settle(state);
}

const jobs = [
  (page, state) => checkManager(page, state),
  ...stories.map((story) => (page, state) => checkStoryEverywhere(page, state, story)),
  ...docs.map((entry) => (page, state) => checkDocs(page, state, entry)),
  ...docs.filter((e) => /theming/.test(e.id)).map((entry) => (page, state) => checkDocs(page, state, entry, 'dark')),
];

const timings = [];
try {
  let next = 0;
  await Promise.all(
    Array.from({ length: PAGES }, async () => {
      const page = await context.newPage();
      const state = watch(page);
      while (next < jobs.length) {
        const job = jobs[next++];
        const jobStarted = Date.now();
        try {
          await job(page, state);
        } catch (error) {
          state.problems.push({ message: `check crashed: ${error.message.split('\n')[0]}` });
          settle(state);
        }
        timings.push([Date.now() - jobStarted, state.where]);
      }
      await page.close();
    }),
  );
} finally {
  await browser.close();
  await server.close();
}

if (process.env.CHECK_STORIES_TIMINGS) {
  for (const [ms, where] of timings
    .sort((a, b) => b[0] - a[0])
    .slice(0, Number(process.env.CHECK_STORIES_TIMINGS) || 15))
    console.log(`${ms} ms  ${where}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const summary =
  `${stories.length} stories × ${LOCALES.length} locales × ${THEMES.length} themes = ${combinations} combinations ` +
  `(${distinct} distinct renders opened and checked with axe; the others are stories that pin their locale or theme), ` +
  `${docs.length} docs pages, served under ${PREFIX}/, in ${seconds} s`;
if (!tally.report(`check-stories: ${summary}`)) process.exit(1);
console.log('check-stories: no console errors, failed requests or axe violations');
