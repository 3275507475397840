#!/usr/bin/env node
// Every element under a strict Content Security Policy with Trusted Types enforced.
//
// Serves the repository on 127.0.0.1 with
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
//                            require-trusted-types-for 'script'; trusted-types <names>
// and opens tests/csp/index.html (the single-file bundle, no inline script or style) in each
// engine: Chromium, Firefox and WebKit (scripts/browsers.mjs). The Trusted Types policy names are not assumed: a first pass allows none and records
// which policies the library tries to create, until no new name appears; the final pass allows
// exactly those. The page's first script records every `securitypolicyviolation` event; the check
// fails on any violation, uncaught error or console error, and on any element that does not
// render or work. A last step breaks the policy on purpose to prove the recorder hears it.
//
// Usage: npm run build && node scripts/check-csp.mjs      (exit 0: all good; 1: a failure)
import { deepText } from '../tests/deep-text.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ENGINE_NAMES, chosenEngines, launchBrowser } from './browsers.mjs';
import { pageProblems, sleep, Tally, waitIn } from './lib/checks.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE = 'packages/market-ticker/dist/market-ticker.bundle.js';
const PAGE = '/tests/csp/index.html';

export function cspHeader(policyNames) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    `trusted-types ${policyNames.length > 0 ? policyNames.join(' ') : "'none'"}`,
  ].join('; ');
}

const tally = new Tally();
let engineName = '';
const check = (name, ok, detail = '') => tally.record(engineName, name, ok, detail);

/** Opens the page under `header`; returns the page and what it recorded. */
async function openPage(browser, header) {
  const server = await serveStatic(ROOT, {
    headers: { 'Content-Security-Policy': header, 'Cache-Control': 'no-store' },
  });
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const consoleErrors = pageProblems(page, { levels: ['error'] });
  await page.goto(`${server.url}${PAGE}`, { waitUntil: 'load' });
  await waitIn(page, () => window.__csp?.pageReady === true, undefined, 3000);
  await sleep(300);
  const close = async () => {
    await context.close();
    await server.close();
  };
  return { page, consoleErrors, close, server };
}

const recorded = (page) => page.evaluate(() => window.__csp ?? { violations: [], errors: [], feedStatuses: [] });

/** Pass 1..n: which Trusted Types policy names does the library create? */
async function discoverPolicies(browser) {
  const names = [];
  for (let pass = 1; pass <= 5; pass++) {
    const { page, close } = await openPage(browser, cspHeader(names));
    const { violations } = await recorded(page);
    await close();
    const wanted = violations
      .filter((v) => v.directive === 'trusted-types')
      .map((v) => v.sample)
      .filter((name) => name && !names.includes(name));
    console.log(
      `  pass ${pass} with trusted-types ${names.join(' ') || "'none'"}: ${wanted.length ? `blocked policy ${wanted.join(', ')}` : 'no policy blocked'}`,
    );
    if (wanted.length === 0) return names;
    names.push(...new Set(wanted));
  }
  return names;
}

// Functions below run in the page (page.evaluate): no closure over this module's variables.

function stripState(selector) {
  const el = document.querySelector(selector);
  const root = el?.shadowRoot;
  const track = root?.querySelector('[part="track"]');
  if (!track) return undefined;
  const animation = track.getAnimations()[0];
  return {
    cells: root.querySelectorAll('.real [part~="cell"]').length,
    distance: getComputedStyle(track).getPropertyValue('--_market-ticker-loop-distance').trim(),
    offset: new DOMMatrix(getComputedStyle(track).transform).m41,
    playState: animation?.playState ?? 'none',
    paused: el.paused,
    pausedAttr: el.hasAttribute('paused'),
    button: root.querySelector('[part="pause-button"]')?.getAttribute('aria-pressed') ?? null,
    status:
      root
        .querySelector('market-status')
        ?.shadowRoot?.querySelector('[part="text"]')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim() ?? '',
  };
}

function cellTexts(selector) {
  const root = document.querySelector(selector)?.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll('.real [part~="cell"]')].map((cell) =>
    ['value', 'delta', 'delta-percent']
      .map((part) => cell.querySelector(`[part="cell-${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim())
      .join(' '),
  );
}

async function offsetsMoving(page, selector, ms = 400) {
  const a = (await page.evaluate(stripState, selector)).offset;
  await sleep(ms);
  const b = (await page.evaluate(stripState, selector)).offset;
  return { moved: Math.abs(b - a) > 1, from: a, to: b };
}

async function checkElements(page) {
  const defined = await page.evaluate(() =>
    Object.fromEntries(
      ['quote-cell', 'market-ticker', 'market-status', 'article-card'].map((t) => [t, !!customElements.get(t)]),
    ),
  );
  check(
    'quote-cell, market-ticker and market-status are defined by the bundle',
    defined['quote-cell'] && defined['market-ticker'] && defined['market-status'],
  );
  const withArticle = defined['article-card'];
  console.log(`  article-card ${withArticle ? 'is in the bundle: checked' : 'is not in the bundle: not checked'}`);

  // <quote-cell>
  const cell = await page.evaluate(() => {
    const el = document.querySelector('#cell');
    const root = el.shadowRoot;
    const text = (part) => root.querySelector(`[part="${part}"]`)?.textContent.replace(/\s+/g, ' ').trim();
    return {
      value: text('value'),
      delta: text('delta'),
      percent: text('delta-percent'),
      href: root.querySelector('a')?.getAttribute('href'),
      trend: el.getAttribute('trend'),
    };
  });
  check(
    '<quote-cell> renders its figures',
    cell.value === '17,284.54' && cell.delta === '+83.27' && cell.percent === '(+0.48%)',
    `${cell.value} ${cell.delta} ${cell.percent}`,
  );
  check('<quote-cell> href makes a link and trend is reflected', cell.href === '/quote/%5EHSI' && cell.trend === 'up');
  await page.evaluate(() => {
    window.__selectedCell = undefined;
    document.querySelector('#cell').addEventListener(
      'quote-select',
      (e) => {
        window.__selectedCell = e.detail.symbol;
        e.preventDefault();
      },
      { once: true },
    );
  });
  await page.locator('#cell a').click();
  const selected = await waitIn(page, () => window.__selectedCell);
  check('<quote-cell> a mouse click fires quote-select', selected === '^HSI');

  // <quote-cell details>: the card opens on hover, beside the cell, placed through the CSSOM
  const cellBox = await page.evaluate(() => {
    const box = document
      .querySelector('#details-cell')
      .shadowRoot.querySelector('[part="base"]')
      .getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await page.mouse.move(Math.round(cellBox.x), Math.round(cellBox.y));
  const details = await waitIn(page, () => {
    const root = document.querySelector('#details-cell').shadowRoot;
    const card = root.querySelector('#details-card');
    if (!card || getComputedStyle(card).display === 'none') return undefined;
    const a = card.getBoundingClientRect();
    const b = root.querySelector('[part="base"]').getBoundingClientRect();
    return {
      text: card.textContent.replace(/\s+/g, ' ').trim(),
      popover: typeof card.showPopover !== 'function' || card.matches(':popover-open'),
      apart: a.top >= b.bottom || a.bottom <= b.top,
      describedBy: root.querySelector('[part="base"]').getAttribute('aria-describedby'),
      placed: card.style.getPropertyValue('top') !== '',
    };
  });
  check(
    '<quote-cell details> opens its card on hover, beside the cell, placed through the CSSOM',
    details?.text.includes('Volume1.23B') &&
      details.text.includes('Delayed 15 min') &&
      details.popover &&
      details.apart &&
      details.placed &&
      details.describedBy === 'details-card',
    JSON.stringify(details),
  );
  await page.keyboard.press('Escape');
  const closed = await waitIn(page, () => {
    const card = document.querySelector('#details-cell').shadowRoot.querySelector('#details-card');
    return getComputedStyle(card).display === 'none' ? true : undefined;
  });
  check('Escape closes the details card', closed === true);
  await page.mouse.move(5, 890);

  // <market-ticker> scrolling, pause button by mouse and keyboard
  let state = await waitIn(page, stripState, '#strip');
  for (let i = 0; i < 40 && !(parseFloat(state?.distance) > 0); i++) {
    await sleep(50);
    state = await page.evaluate(stripState, '#strip');
  }
  check('<market-ticker> renders the real list of cells', state?.cells === 8, `${state?.cells} cells`);
  check(
    '<market-ticker> measures its loop (--_market-ticker-loop-distance set through CSSOM)',
    parseFloat(state?.distance) > 0,
    state?.distance,
  );
  check('<market-ticker> scroll animation is running', state?.playState === 'running', state?.playState);
  await page.mouse.move(5, 890);
  let motion = await offsetsMoving(page, '#strip');
  check('<market-ticker> track moves', motion.moved, `${motion.from.toFixed(1)} -> ${motion.to.toFixed(1)} px`);
  check(
    '<market-ticker market> shows the market-status banner',
    state?.status.length > 0 && !/NaN|undefined|null/.test(state?.status),
    state?.status,
  );

  const button = page.locator('#strip [part="pause-button"]');
  await button.click();
  await page.mouse.move(5, 890);
  // A pause takes effect at the next frame; WebKit and Firefox then restyle the track from the
  // held time, which can differ from the last sample by a pixel or two.
  await sleep(100);
  state = await page.evaluate(stripState, '#strip');
  motion = await offsetsMoving(page, '#strip');
  check(
    'pause button click pauses (paused reflected, aria-pressed, track still)',
    state.paused && state.pausedAttr && state.button === 'true' && !motion.moved,
    `paused ${state.paused}, attribute ${state.pausedAttr}, aria-pressed ${state.button}, ${motion.from.toFixed(1)} -> ${motion.to.toFixed(1)} px`,
  );
  await button.click();
  await page.mouse.move(5, 890);
  state = await page.evaluate(stripState, '#strip');
  motion = await offsetsMoving(page, '#strip');
  check('second click plays again (track moves)', !state.paused && state.button === 'false' && motion.moved);
  await button.focus();
  await page.keyboard.press('Space');
  state = await page.evaluate(stripState, '#strip');
  check('pause button works from the keyboard (Space)', state.paused === true);
  await page.keyboard.press('Enter');
  state = await page.evaluate(stripState, '#strip');
  check('pause button works from the keyboard (Enter)', state.paused === false);
  await page.evaluate(() => document.activeElement?.blur());

  // <market-ticker src> polling a same-origin JSON endpoint
  const feedTexts = await waitIn(
    page,
    (s) => {
      const root = document.querySelector(s)?.shadowRoot;
      const cells = root ? [...root.querySelectorAll('.real [part~="cell"]')] : [];
      if (cells.length < 2) return undefined;
      return cells.map((c) => c.querySelector('[part="cell-value"]')?.textContent.trim());
    },
    '#feed',
  );
  check(
    '<market-ticker src="./quotes.json"> shows the feed',
    JSON.stringify(feedTexts) === JSON.stringify(['17,300.01', '7.8279']),
    JSON.stringify(feedTexts),
  );
  // Sparklines and logos: SVG paths and an image, styled by the stylesheet alone (no style attribute).
  const rich = await page.evaluate((s) => {
    const root = document.querySelector(s).shadowRoot;
    const line = root.querySelector('.real [part~="cell-chart"] .line');
    const box = root.querySelector('.real [part~="cell-chart"]')?.getBoundingClientRect();
    const img = root.querySelector('.real [part~="cell-logo"] img');
    return {
      points: (line?.getAttribute('d') ?? '').split(/[ML]/).filter(Boolean).length,
      stroke: line ? getComputedStyle(line).stroke : '',
      box: box ? Math.round(box.width) : 0,
      logo: img ? img.complete && img.naturalWidth > 0 : false,
      styled: root.querySelectorAll('.items [style]').length,
    };
  }, '#feed');
  check(
    '<market-ticker sparkline> draws the history as a stroked line in its box',
    rich.points === 5 && rich.stroke !== '' && rich.stroke !== 'none' && rich.box > 20,
    JSON.stringify(rich),
  );
  check('a quote logo loads under img-src', rich.logo, JSON.stringify(rich));
  check('no style attribute in any cell', rich.styled === 0, `${rich.styled}`);
  const { feedStatuses } = await recorded(page);
  check(
    'feed-status reports live and no error',
    feedStatuses.some((s) => s.status === 'live') && !feedStatuses.some((s) => s.status === 'error'),
    feedStatuses.map((s) => s.status).join(','),
  );

  // <market-ticker feed="simulated">
  const before = await waitIn(
    page,
    (s) => {
      const texts = [...(document.querySelector(s)?.shadowRoot?.querySelectorAll('.real [part~="cell"]') ?? [])].map(
        (c) => c.querySelector('[part="cell-value"]')?.textContent.trim(),
      );
      return texts.length === 16 ? texts : undefined;
    },
    '#simulated',
  );
  await sleep(700);
  const after = await page.evaluate(cellTexts, '#simulated');
  check(
    '<market-ticker feed="simulated"> shows 16 quotes that move',
    before?.length === 16 && JSON.stringify(after) !== JSON.stringify(before),
  );

  // <market-status>
  const banners = await page.evaluate(() =>
    ['#pinned', '#live'].map((s) => ({
      text: document
        .querySelector(s)
        .shadowRoot.querySelector('[part="text"]')
        ?.textContent.replace(/\s+/g, ' ')
        .trim(),
      state: document.querySelector(s).getAttribute('state'),
    })),
  );
  check(
    '<market-status now> shows the reference banner',
    banners[0].text === 'Hong Kong market opens in 9 hours' && banners[0].state === 'closed',
    banners[0].text,
  );
  check(
    '<market-status> on the live clock shows a state and text',
    !!banners[1].state && banners[1].text.length > 0,
    `${banners[1].state}: ${banners[1].text}`,
  );

  // <article-card>
  if (withArticle) {
    const card = await waitIn(page, () => {
      const root = document.querySelector('#card').shadowRoot;
      const img = root.querySelector('img[part="picture"]');
      if (!img?.complete) return undefined;
      return {
        heading: root.querySelector('[part="heading"]')?.textContent.trim(),
        headingTag: root.querySelector('[part="heading"]')?.localName,
        sourceHref: root.querySelector('a[part="source-link"]')?.getAttribute('href'),
        img: img.getAttribute('src'),
        imgLoaded: img.naturalWidth > 0,
        related: [...root.querySelectorAll('quote-cell')].map((c) =>
          c.shadowRoot.querySelector('[part="value"]')?.textContent.trim(),
        ),
        time: root.querySelector('time[part="timestamp"]')?.textContent.trim(),
        ad: root.querySelector('[part="ad-label"]')?.textContent.trim(),
        ratio: getComputedStyle(root.querySelector('[part="frame"]')).getPropertyValue('--_ratio').trim(),
      };
    });
    check(
      '<article-card variant="full"> renders headline, time, related quotes and ad label',
      card?.heading === 'Hang Seng rises for a third day' &&
        card?.time === '3 hours ago' &&
        card?.ad === 'Advertisement' &&
        JSON.stringify(card?.related) === JSON.stringify(['17,284.54', '7.8281']),
      JSON.stringify(card),
    );
    check(
      '<article-card> href and image-src are used (same-origin picture loaded)',
      card?.sourceHref === '/news/hsi-third-day' && card?.img === './picture.svg' && card?.imgLoaded,
    );
    check(
      '<article-card image-width/height> sets the picture ratio through CSSOM',
      card?.ratio === '160 / 90',
      card?.ratio,
    );
    const square = await page.evaluate(() => {
      const frame = document.querySelector('#square-card').shadowRoot.querySelector('[part="frame"]');
      const box = frame.getBoundingClientRect();
      return {
        ratio: getComputedStyle(frame).getPropertyValue('--_ratio').trim(),
        width: box.width,
        height: box.height,
      };
    });
    check(
      '<article-card> with a square picture and one render keeps its ratio',
      square.ratio === '100 / 100' && Math.abs(square.width - square.height) < 1,
      `--_ratio "${square.ratio}", frame ${square.width.toFixed(0)} x ${square.height.toFixed(0)} px`,
    );
    const standard = await page.evaluate(() =>
      document.querySelector('#standard-card').shadowRoot.querySelector('a[part="heading-link"]')?.getAttribute('href'),
    );
    check('<article-card> (standard) links its headline', standard === '/news/standard');
  }

  const text = (await page.evaluate(deepText, 'body')).replace(/\s+/g, ' ');
  check('no NaN, undefined, Infinity or null text anywhere', !/NaN|undefined|Infinity|null|\[object/.test(text));
  return withArticle;
}

/** One engine: discover the policy names, check every element under the policy, then the control. */
async function checkEngine(browser) {
  const trustedTypes = await supportsTrustedTypes(browser);
  console.log(
    trustedTypes
      ? 'Trusted Types policy names the library creates:'
      : 'This engine has no Trusted Types: the rest of the policy is enforced.',
  );
  const names = trustedTypes ? await discoverPolicies(browser) : [];
  const header = cspHeader(names);
  console.log(`\nContent-Security-Policy: ${header}\n`);
  const { page, consoleErrors, close, server } = await openPage(browser, header);
  try {
    await checkElements(page);
    await sleep(500);
    const { violations, errors } = await recorded(page);
    check(
      'no securitypolicyviolation event',
      violations.length === 0,
      violations.map((v) => `${v.directive} on ${v.element}`).join(' | '),
    );
    check('no uncaught error or rejection', errors.length === 0, errors.join(' | ').slice(0, 500));
    check('no console error', consoleErrors.length === 0, consoleErrors.join(' | ').slice(0, 500));
    check('every request found', server.requests.missing.length === 0, server.requests.missing.join(', '));

    // Control: the policy is enforced and the recorder hears a violation.
    const control = await page.evaluate(() => {
      const before = window.__csp.violations.length;
      let sink = 'allowed';
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
      } catch (error) {
        sink = error.name;
      }
      document.body.setAttribute('style', 'outline: 1px solid red');
      return new Promise((r) =>
        setTimeout(() => r({ sink, heard: window.__csp.violations.slice(before).map((v) => v.directive) }), 100),
      );
    });
    const refused = control.heard.some((d) => d.startsWith('style-src'));
    if (trustedTypes) {
      check(
        'control: a raw innerHTML and an inline style are refused and recorded',
        control.sink === 'TypeError' && control.heard.includes('require-trusted-types-for') && refused,
        `${control.sink}; heard ${control.heard.join(', ')}`,
      );
    } else {
      check('control: an inline style is refused and recorded', refused, `heard ${control.heard.join(', ')}`);
    }
  } finally {
    await close();
  }
  console.log(`\nRequired Trusted Types policy names: ${names.join(' ') || '(none)'}`);
}

async function supportsTrustedTypes(browser) {
  const { page, close } = await openPage(browser, cspHeader([]));
  try {
    return await page.evaluate(() => typeof window.trustedTypes?.createPolicy === 'function');
  } finally {
    await close();
  }
}

async function main() {
  if (!existsSync(resolve(ROOT, BUNDLE))) {
    console.error(`${BUNDLE} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
  for (const engine of chosenEngines()) {
    engineName = ENGINE_NAMES[engine];
    console.log(`\n== ${engineName}`);
    const browser = await launchBrowser(engine);
    try {
      await checkEngine(browser);
    } catch (error) {
      tally.fail(engineName, `the check crashed: ${error.stack ?? error}`);
    } finally {
      await browser.close();
    }
  }
  const { results } = tally;
  const passed = tally.report(
    `${results.length - tally.failures.length}/${results.length} checks passed under CSP + Trusted Types in ${chosenEngines()
      .map((e) => ENGINE_NAMES[e])
      .join(', ')}.`,
  );
  process.exit(passed ? 0 : 1);
}

await main();
