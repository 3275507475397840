#!/usr/bin/env node
// The CDN loader (dist/cdn/loader.js) in Chromium, as a page with no build step uses it:
// - the reference page (a strip with market="XHKG", zh-Hant-HK, the sixteen reference quotes)
//   under a strict Content Security Policy with Trusted Types: figures and banner shown, exactly the
//   files dist/cdn/manifest.json lists for it loaded (and preloaded), no violation, no console noise;
// - a locale switch to zh-Hans-CN loads exactly that locale's chunks and shows 恒生指数;
// - an <article-card> inserted later is defined; an English page loads no locale chunk;
// - a chunk that fails to load: one console error naming the element, the rest of the page works;
//   the same for a module an element loads on demand (the details card; the feeds, which also
//   report it as a feed-status error);
// - two loaders, and the loader with the single file, in both orders: each element defined once,
//   one warning;
// - the loader served from a sub-path of another origin (CORS).
//
// Usage: npm run build && node scripts/check-loader.mjs      (exit 0: all good; 1: a failure)
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { pageProblems, sleep, Tally, waitIn } from './lib/checks.mjs';
import { seedQuotes } from './lib/seed.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
// The policy of scripts/check-csp.mjs, with Lit's one Trusted Types policy allowed.
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
const CDN = resolve(ROOT, 'packages/market-ticker/dist/cdn');
const LOADER = '/packages/market-ticker/dist/cdn/loader.js';
const BUNDLE = '/packages/market-ticker/dist/market-ticker.bundle.js';
const WORK = resolve(ROOT, '.tmp/loader-check');
const manifest = JSON.parse(readFileSync(resolve(CDN, 'manifest.json'), 'utf8'));

// The pages: no inline script or style, so that the strict policy applies to them unchanged.
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
cpSync(CDN, resolve(WORK, 'second-cdn'), { recursive: true });
// Names left to the catalogue, so that a locale switch shows the catalogue's names.
const quotes = seedQuotes(ROOT);
writeFileSync(resolve(WORK, 'quotes.js'), `export const quotes = ${JSON.stringify(quotes)};\n`);
writeFileSync(
  resolve(WORK, 'strip.js'),
  `import { quotes } from './quotes.js';\nfor (const el of document.querySelectorAll('market-ticker')) el.quotes = quotes;\n`,
);
// The rule stories/guides/loader.mdx documents, verbatim: what a not-yet-defined element reserves.
writeFileSync(
  resolve(WORK, 'undefined.css'),
  `market-ticker:not(:defined) {
  display: block;
  min-block-size: 2.4em;
}
market-status:not(:defined),
quote-cell:not(:defined) {
  display: inline-block;
  min-block-size: 1.65em;
}
body {
  font-size: 14px;
}
`,
);
function page(name, { lang = 'en', scripts = [LOADER], body }) {
  const tags = scripts.map((src) => `    <script type="module" src="${src}"></script>`).join('\n');
  writeFileSync(
    resolve(WORK, name),
    `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>${name}</title>
    <link rel="icon" href="/tests/csp/favicon.svg" />
    <link rel="stylesheet" href="./undefined.css" />
    <script src="/tests/csp/record-violations.js"></script>
${tags}
    <script type="module" src="./strip.js"></script>
  </head>
  <body>
${body}
  </body>
</html>
`,
  );
}
const STRIP = '    <market-ticker id="strip" market="XHKG" label="Markets" mode="static"></market-ticker>';
const CELL =
  '    <quote-cell id="cell" symbol="^HSI" price="17284.54" change="83.27" change-percent="0.48"></quote-cell>';
const CARD = '    <article-card id="card" headline="Hang Seng rises for a third day"></article-card>';
page('reference.html', { lang: 'zh-Hant-HK', body: STRIP });
page('later.html', { body: CELL });
page('scroll.html', {
  body: '    <market-ticker id="strip" label="Markets"></market-ticker>\n    <p id="below">Below</p>',
});
page('failing.html', { body: `${CELL}\n${CARD}` });
page('failing-details.html', { body: STRIP.replace('mode="static"', 'mode="static" details') });
page('failing-feeds.html', { body: CELL, scripts: [LOADER, './feed-status.js'] });
// A strip added later that names the simulated feed, its feed-status events recorded.
writeFileSync(
  resolve(WORK, 'feed-status.js'),
  `window.feedStatus = [];
const strip = document.createElement('market-ticker');
strip.id = 'fed';
strip.setAttribute('feed', 'simulated');
strip.setAttribute('label', 'Markets');
strip.addEventListener('feed-status', (event) => window.feedStatus.push(event.detail));
document.body.append(strip);
`,
);
page('two-loaders.html', { scripts: [LOADER, '/.tmp/loader-check/second-cdn/loader.js'], body: `${CELL}\n${STRIP}` });
page('bundle-then-loader.html', { scripts: [BUNDLE, LOADER], body: `${CELL}\n${STRIP}` });
page('loader-then-bundle.html', { scripts: [LOADER, BUNDLE], body: `${CELL}\n${STRIP}` });

const tally = new Tally();
let where = '';
const check = (name, ok, detail = '') => tally.record(where, name, ok, detail);
const basename = (url) => new URL(url).pathname.split('/').pop();
const same = (a, b) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

// Functions below run in the page (page.evaluate): no closure over this module's variables.

function stripView() {
  const root = document.querySelector('#strip')?.shadowRoot;
  const cells = [...(root?.querySelectorAll('.real [part~="cell"]') ?? [])];
  const text = (cell, part) => cell.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    cells: cells.length,
    first: cells[0] && `${text(cells[0], 'cell-label')} ${text(cells[0], 'cell-value')}`,
    banner:
      root
        ?.querySelector('market-status')
        ?.shadowRoot?.querySelector('[part="text"]')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim() ?? '',
  };
}

/** Polls `fn` in the page until `until` (in Node) accepts its value; returns the last value. */
async function waitFor(tab, fn, until, timeout = 8000) {
  const end = Date.now() + timeout;
  let value;
  do {
    value = await tab.evaluate(fn);
    if (until(value)) return value;
    await sleep(50);
  } while (Date.now() < end);
  return value;
}

const defined = () =>
  Object.fromEntries(
    ['quote-cell', 'market-ticker', 'market-status', 'article-card'].map((t) => [t, !!customElements.get(t)]),
  );

/** Opens `name` on `server`; records the dist/cdn files it requests, and its console. */
async function open(browser, server, name, { route } = {}) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  if (route) await tab.route(route.pattern, route.handler);
  const problems = pageProblems(tab, { levels: ['error', 'warning'] });
  const ours = { errors: [], warnings: [] };
  tab.on('console', (message) => {
    if (!message.text().startsWith('market-ticker:')) return;
    if (message.type() === 'error') ours.errors.push(message.text());
    if (message.type() === 'warning') ours.warnings.push(message.text());
  });
  const files = [];
  tab.on('request', (request) => {
    if (/\/(dist\/cdn|second-cdn|sub\/path)\//.test(request.url())) files.push(request.url());
  });
  await tab.goto(`${server.url}/.tmp/loader-check/${name}`, { waitUntil: 'load' });
  return { tab, files, problems, ours, close: () => context.close() };
}

const browser = await launchChromium();
const server = await serveStatic(ROOT, {
  headers: { 'Content-Security-Policy': STRICT_CSP, 'Cache-Control': 'no-store' },
});
try {
  // 1. The reference page, strict CSP.
  where = 'reference page (zh-Hant-HK, market="XHKG", 16 quotes) under a strict CSP';
  console.log(where);
  {
    const { tab, files, problems, close } = await open(browser, server, 'reference.html');
    const view = await waitFor(tab, stripView, (v) => v.cells === 16 && v.banner);
    check(
      'the strip shows the sixteen quotes, the first as 恒指 17,284.54',
      view?.first === '恒指 17,284.54',
      view?.first,
    );
    check(
      'the banner shows the Hong Kong market in Traditional Chinese',
      /^香港股市/.test(view?.banner ?? ''),
      view?.banner,
    );
    await sleep(300);
    const preloaded = [
      ...new Set([...manifest['market-ticker'], ...manifest['market-status'], ...manifest['locale:zh-Hant-HK']]),
    ];
    // The banner's market calendar is asked for by the banner itself: the loader does not know the
    // page's markets and carrying every calendar's file name would cost each page more than the hop.
    const wanted = ['loader.js', ...preloaded, ...manifest['calendar:XHKG']];
    const got = [...new Set(files.map(basename))];
    check(
      "it loads exactly the loader, the strip's and its banner's chunks, zh-Hant-HK's and the Hong Kong calendar (dist/cdn/manifest.json)",
      same(got, wanted),
      `${got.length} files: ${got.join(' ')}`,
    );
    const preloads = await tab.evaluate(() =>
      [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.href.split('/').pop()),
    );
    check(
      'every element and locale chunk it needs is preloaded (modulepreload), so there is no waterfall',
      same(preloads, preloaded),
    );
    const { violations, errors } = await tab.evaluate(() => window.__csp);
    check(
      'no CSP or Trusted Types violation, no uncaught error',
      violations.length + errors.length === 0,
      [...violations.map((v) => `${v.directive} ${v.blockedURI}`), ...errors].join('; '),
    );
    check('no console error or warning, no failed request', problems.length === 0, problems.join('; '));
    const upgraded = await tab.evaluate(async () => {
      const strip = document.querySelector('#strip');
      return (await customElements.whenDefined('market-ticker')) === strip.constructor && strip.quotes.length === 16;
    });
    check('whenDefined resolves, and quotes set before the definition arrived are kept', upgraded);

    // The locale switch.
    const before = files.length;
    await tab.evaluate(() => (document.documentElement.lang = 'zh-Hans-CN'));
    const switched = await waitFor(tab, stripView, (v) => v.first?.startsWith('恒生指数'));
    check(
      'after <html lang="zh-Hans-CN"> the strip shows 恒生指数',
      switched.first?.startsWith('恒生指数'),
      switched.first,
    );
    await sleep(300);
    const added = [...new Set(files.slice(before).map(basename))];
    const expected = manifest['locale:zh-Hans-CN'].filter((f) => !wanted.includes(f));
    check("the switch loads exactly zh-Hans-CN's chunks", same(added, expected), added.join(' ') || 'none');
    await close();
  }

  // 1b. Layout: the strip's chunk held back for a second, the documented rule reserves its row.
  where = 'a scrolling strip whose definition arrives late, with the :not(:defined) rule';
  console.log(where);
  {
    const strip = manifest['market-ticker'][0];
    const { tab, problems, close } = await open(browser, server, 'scroll.html', {
      route: {
        pattern: `**/${strip}`,
        handler: async (route) => {
          await sleep(1000);
          await route.continue();
        },
      },
    });
    const top = () => ({
      defined: !!customElements.get('market-ticker'),
      below: document.querySelector('#below').getBoundingClientRect().top,
    });
    const before = await tab.evaluate(top);
    const after = await waitFor(tab, top, (v) => v.defined);
    await sleep(500);
    const settledTop = await tab.evaluate(top);
    check(
      'the content below does not move when the definition arrives',
      !before.defined && Math.abs(settledTop.below - before.below) < 1,
      `${before.below} px before, ${after.below} px when defined, ${settledTop.below} px after`,
    );
    check('no console error or warning', problems.length === 0, problems.join('; '));
    await close();
  }

  // 2. Inserted later; English.
  where = 'an English page with one <quote-cell>, then an <article-card> inserted';
  console.log(where);
  {
    const { tab, files, problems, close } = await open(browser, server, 'later.html');
    await tab.evaluate(() => customElements.whenDefined('quote-cell'));
    await sleep(300);
    const first = [...new Set(files.map(basename))];
    check(
      "it loads no locale chunk and no other element's chunk",
      same(first, ['loader.js', ...manifest['quote-cell']]),
      first.join(' '),
    );
    await tab.evaluate(() => {
      // Inside a subtree, as a framework or a CMS inserts it (no innerHTML: Trusted Types).
      const box = document.createElement('section');
      const card = document.createElement('article-card');
      card.id = 'card';
      card.setAttribute('headline', 'Inserted later');
      box.append(document.createElement('div'));
      box.firstElementChild.append(card);
      document.body.append(box);
    });
    const card = await waitIn(tab, () => {
      const el = document.querySelector('#card');
      return customElements.get('article-card') && el?.shadowRoot?.textContent.includes('Inserted later');
    });
    check('the inserted <article-card> is defined and renders', !!card);
    // A shadow root of the page's own is out of the observer's sight: discover() reaches it.
    const hidden = await tab.evaluate(async (loader) => {
      const host = document.createElement('div');
      document.body.append(host);
      const status = document.createElement('market-status');
      status.setAttribute('market', 'XHKG');
      host.attachShadow({ mode: 'open' }).append(status);
      await new Promise((r) => setTimeout(r, 300));
      const before = !!customElements.get('market-status');
      const { discover } = await import(loader);
      discover(host.shadowRoot);
      await customElements.whenDefined('market-status');
      await status.updateComplete;
      return { before, text: status.shadowRoot?.textContent.trim() ?? '' };
    }, LOADER);
    check(
      '<market-status> in a shadow root waits for discover(shadowRoot), then is defined',
      !hidden.before && /Hong Kong/.test(hidden.text),
      hidden.text.replace(/\s+/g, ' ').slice(0, 60),
    );
    check('no console error or warning', problems.length === 0, problems.join('; '));
    await close();
  }

  // 3. A chunk that fails.
  where = 'a page whose <article-card> chunk fails to load';
  console.log(where);
  {
    const card = manifest['article-card'][0];
    const { tab, problems, ours, close } = await open(browser, server, 'failing.html', {
      route: { pattern: `**/${card}`, handler: (route) => route.fulfill({ status: 503, body: 'gone' }) },
    });
    await waitIn(tab, () => document.querySelector('#cell')?.shadowRoot?.textContent.includes('17,284.54'));
    await sleep(500);
    const state = await tab.evaluate(defined);
    check('<quote-cell> is defined and works', state['quote-cell']);
    check('<article-card> stays undefined', !state['article-card']);
    check(
      'one console error, naming <article-card>',
      ours.errors.length === 1 && ours.errors[0].includes('<article-card>'),
      ours.errors.join(' | '),
    );
    const uncaught = problems.filter((p) => p.startsWith('page error'));
    check('no uncaught error', uncaught.length === 0, uncaught.join('; '));
    await close();
  }

  // 3b. A module loaded on demand that fails: the strip with `details` and no card.
  where = 'a strip with `details` whose card chunk fails to load';
  console.log(where);
  {
    const chunk = readdirSync(CDN).find((name) => /^details-card-.+\.js$/.test(name));
    const { tab, problems, ours, close } = await open(browser, server, 'failing-details.html', {
      route: { pattern: `**/${chunk}`, handler: (route) => route.fulfill({ status: 503, body: 'gone' }) },
    });
    const view = await waitFor(tab, stripView, (v) => v.cells === 16);
    check('the strip shows its sixteen quotes', view.cells === 16, `${view.cells} cells`);
    const settled = await tab.evaluate(() =>
      Promise.race([
        customElements.whenDefined('market-ticker').then(() => document.querySelector('#strip').updateComplete),
        new Promise((done) => setTimeout(() => done('still waiting'), 3000)),
      ]),
    );
    check('updateComplete resolves (nothing waits for the card for ever)', settled === true, String(settled));
    check(
      'one console error, naming the details card',
      ours.errors.length === 1 && ours.errors[0].includes('the details card'),
      ours.errors.join(' | '),
    );
    const uncaught = problems.filter((p) => p.startsWith('page error'));
    check('no uncaught error', uncaught.length === 0, uncaught.join('; '));
    await close();
  }

  // 3c. The feeds' code that fails: a feed-status error, and the page goes on.
  where = 'a strip with feed="simulated" whose feeds chunk fails to load';
  console.log(where);
  {
    const chunk = readdirSync(CDN).find((name) => /^element-feeds-.+\.js$/.test(name));
    const { tab, problems, ours, close } = await open(browser, server, 'failing-feeds.html', {
      route: { pattern: `**/${chunk}`, handler: (route) => route.fulfill({ status: 503, body: 'gone' }) },
    });
    await waitIn(tab, () => document.querySelector('#cell')?.shadowRoot?.textContent.includes('17,284.54'));
    const state = await tab.evaluate(async () => {
      const strip = document.querySelector('#fed');
      await customElements.whenDefined('market-ticker');
      const settled = await Promise.race([
        strip.updateComplete,
        new Promise((done) => setTimeout(() => done('still waiting'), 3000)),
      ]);
      return { settled, loading: strip.loading, status: window.feedStatus };
    });
    check('the strip settles, not loading', state.settled === true && !state.loading, JSON.stringify(state));
    check(
      'one feed-status error, naming the feed code',
      state.status.length === 1 &&
        state.status[0].status === 'error' &&
        state.status[0].error.startsWith("the feed's code could not be loaded"),
      JSON.stringify(state.status),
    );
    check(
      'one console error, naming the feeds',
      ours.errors.length === 1 && ours.errors[0].includes('the feeds'),
      ours.errors.join(' | '),
    );
    const uncaught = problems.filter((p) => p.startsWith('page error'));
    check('no uncaught error', uncaught.length === 0, uncaught.join('; '));
    await close();
  }

  // 4. Two copies. Without the policy: two copies of Lit create two `lit-html` Trusted Types
  // policies, which a policy allows only with 'allow-duplicates' (the loader then the single file
  // loads both; the other orders load one).
  const plain = await serveStatic(ROOT, { headers: { 'Cache-Control': 'no-store' } });
  for (const name of ['two-loaders.html', 'bundle-then-loader.html', 'loader-then-bundle.html']) {
    where = `two copies: ${name}`;
    console.log(where);
    const { tab, files, problems, ours, close } = await open(browser, plain, name);
    const view = await waitFor(tab, stripView, (v) => v.cells === 16);
    const cell = await waitIn(tab, () =>
      document.querySelector('#cell')?.shadowRoot?.textContent.includes('17,284.54'),
    );
    await sleep(500);
    check('the strip and the cell render', view.cells === 16 && cell, `${view.cells} cells`);
    check('one warning from the library', ours.warnings.length === 1, ours.warnings.join(' | '));
    const other = problems.filter((p) => !p.includes('market-ticker:'));
    check('no error (no second define)', other.length === 0, other.join('; '));
    if (name === 'two-loaders.html') {
      const second = files.filter((f) => f.includes('/second-cdn/')).map(basename);
      check('the second loader loads nothing', same(second, ['loader.js']), second.join(' '));
    }
    await close();
  }

  // 5. A sub-path of another origin.
  where = 'the loader from a sub-path of another origin (CORS)';
  console.log(where);
  {
    const cdn = await serveStatic(CDN, {
      prefix: '/some/sub/path',
      headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' },
    });
    page('cross-origin.html', { lang: 'zh-Hant-HK', scripts: [`${cdn.url}/loader.js`], body: `${CELL}\n${STRIP}` });
    const { tab, files, problems, close } = await open(browser, plain, 'cross-origin.html');
    const view = await waitFor(tab, stripView, (v) => v.cells === 16 && v.banner);
    check('the strip renders with its banner', view?.first === '恒指 17,284.54', view?.first);
    check(
      "every chunk came from the loader's folder on its origin",
      files.length > 1 && files.every((f) => f.startsWith(`${cdn.url}/`)) && cdn.requests.missing.length === 0,
      [...files.filter((f) => !f.startsWith(`${cdn.url}/`)), ...cdn.requests.missing].join(' '),
    );
    check('no console error or warning, no failed request', problems.length === 0, problems.join('; '));
    await close();
    await plain.close();
    await cdn.close();
  }
} finally {
  await server.close();
  await browser.close();
}

const ok = tally.report(
  `${tally.results.length - tally.failures.length} of ${tally.results.length} loader checks passed`,
);
process.exit(ok ? 0 : 1);
