// The three engines for the Node-side checks (package, SSR hydration, strict CSP), all from
// Debian's packages. Chromium is Playwright's own browser object. Firefox (puppeteer-core over
// WebDriver BiDi) and WebKitGTK (its WebDriver under Xvfb) are wrapped in the small part of
// Playwright's API that the checks use: newContext({ viewport, reducedMotion }) -> newPage(),
// goto, evaluate, waitForFunction, addScriptTag, locator(selector).first().click() / .focus(),
// mouse.move, keyboard.press, on('pageerror' | 'console' | 'response'), screenshot({ path }), close.
//
// What an engine's automation cannot give is said here rather than faked: WebKit's WebDriver
// reports no console messages and no response statuses, so there a page's errors are read from
// an in-page recorder (`window.onerror`, `unhandledrejection`, `console.error`) installed when
// the page has loaded; Playwright's fake clock exists only for Chromium.
import { writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { launchChromium } from './chromium.mjs';
import { FIREFOX, WEBKIT_CAPABILITIES, chosenEngines, startWebKitDriver } from '../tests/engines/engines.js';
import { failureWithin } from '../tests/engines/webkit-pages.js';

export { chosenEngines };

/** Display names, as the reports print them. */
export const ENGINE_NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** Launches `engine` ('chromium', 'firefox' or 'webkit'); the result has `engine` and `close()`. */
export async function launchBrowser(engine) {
  if (engine === 'chromium') return Object.assign(await launchChromium(), { engine });
  if (engine === 'firefox') return new FirefoxBrowser();
  if (engine === 'webkit') return new WebKitBrowser();
  throw new Error(`unknown engine ${engine}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `fn` and its argument as the source of a call, for engines that take a script string. */
const callSource = (fn, arg) => `(${fn})(${arg === undefined ? '' : JSON.stringify(arg)})`;

/**
 * Runs in the page: the first element matching a descendant selector (`#strip quote-cell`),
 * looking into open shadow roots as Playwright's CSS locators do.
 */
function deepQuery(selector) {
  const within = (scope, simple) => {
    const found = [];
    const visit = (node) => {
      const children = [...(node.shadowRoot?.children ?? []), ...node.children];
      for (const child of children) {
        if (child.matches(simple)) found.push(child);
        visit(child);
      }
    };
    visit(scope);
    return found;
  };
  let scopes = [document.documentElement];
  for (const simple of selector.trim().split(/\s+/)) {
    scopes = scopes.flatMap((scope) => within(scope, simple));
    if (scopes.length === 0) return null;
  }
  return scopes[0];
}

/** Polls `test()` until it is truthy or `timeout` ms have passed. */
async function poll(test, timeout, what) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await test();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** Contexts per reduced-motion setting: Firefox and WebKit take it only at launch. */
class LaunchPerSetting {
  constructor() {
    this.launched = new Map();
  }
  async forSetting(reducedMotion) {
    const key = reducedMotion === 'reduce' ? 'reduce' : 'no-preference';
    if (!this.launched.has(key)) this.launched.set(key, this.start(key === 'reduce'));
    return this.launched.get(key);
  }
  async close() {
    await Promise.all([...this.launched.values()].map(async (started) => (await started).close?.()));
    this.launched.clear();
  }
}

// ---------------------------------------------------------------------------------------------
// Firefox

class FirefoxBrowser extends LaunchPerSetting {
  engine = 'firefox';
  start(reduce) {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: reduce ? { 'ui.prefersReducedMotion': 1 } : {},
    });
  }
  async newContext({ viewport = { width: 1280, height: 720 }, reducedMotion } = {}) {
    const browser = await this.forSetting(reducedMotion);
    const pages = [];
    return {
      newPage: async () => {
        const page = await browser.newPage();
        await page.setViewport(viewport);
        const wrapped = new FirefoxPage(page);
        pages.push(wrapped);
        return wrapped;
      },
      close: () => Promise.all(pages.map((page) => page.close())),
    };
  }
}

class FirefoxPage {
  constructor(page) {
    this.page = page;
    this.mouse = { move: (x, y) => page.mouse.move(x, y) };
    this.keyboard = { press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key) };
  }
  on(event, listener) {
    if (event === 'pageerror') this.page.on('pageerror', listener);
    if (event === 'console') this.page.on('console', listener);
    if (event === 'response') this.page.on('response', listener);
  }
  goto(url) {
    return this.page.goto(url, { waitUntil: 'load' });
  }
  evaluate(fn, arg) {
    return this.page.evaluate(fn, arg);
  }
  waitForFunction(fn, arg, { timeout = 10_000 } = {}) {
    return this.page.waitForFunction(fn, { timeout, polling: 50 }, arg);
  }
  addScriptTag(options) {
    return this.page.addScriptTag(options);
  }
  locator(selector) {
    const page = this.page;
    const handle = () =>
      poll(
        async () => {
          const found = await page.evaluateHandle(`(${deepQuery})(${JSON.stringify(selector)})`);
          const element = found.asElement();
          if (!element) await found.dispose();
          return element;
        },
        10_000,
        selector,
      );
    const first = {
      click: async () => (await handle()).click(),
      focus: async () => (await handle()).focus(),
    };
    return { ...first, first: () => first };
  }
  screenshot({ path }) {
    return this.page.screenshot({ path });
  }
  close() {
    return this.page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// WebKit

/** WebDriver's codes for the keys the checks press. */
const WEBDRIVER_KEYS = { Enter: '\uE007', Space: '\uE00D', Tab: '\uE004', Escape: '\uE00C' };

class WebKitBrowser extends LaunchPerSetting {
  engine = 'webkit';
  async start(reduce) {
    const { port, stop } = await startWebKitDriver({ reducedMotion: reduce });
    return { base: `http://127.0.0.1:${port}`, close: stop };
  }
  async newContext({ viewport = { width: 1280, height: 720 }, reducedMotion } = {}) {
    const { base } = await this.forSetting(reducedMotion);
    const pages = [];
    return {
      newPage: async () => {
        const page = await WebKitPage.open(base, viewport);
        pages.push(page);
        return page;
      },
      close: () => Promise.all(pages.map((page) => page.close())),
    };
  }
}

/** A new WebDriver session with its window sized for `viewport`; its id. */
async function newSession(base, viewport) {
  const created = await webdriver(base, 'POST', '/session', { capabilities: { alwaysMatch: WEBKIT_CAPABILITIES } });
  // The window's outer size; the page's own viewport comes out a little smaller.
  await webdriver(base, 'POST', `/session/${created.sessionId}/window/rect`, {
    width: viewport.width,
    height: viewport.height + 80,
  }).catch(() => {});
  return created.sessionId;
}

class WebKitPage {
  static async open(base, viewport) {
    return new WebKitPage(base, await newSession(base, viewport), viewport);
  }
  constructor(base, session, viewport) {
    this.base = base;
    this.session = session;
    this.viewport = viewport;
    this.listeners = { pageerror: [], console: [] };
    this.mouse = {
      move: (x, y) =>
        this.actions([
          {
            type: 'pointer',
            id: 'mouse',
            actions: [{ type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) }],
          },
        ]),
    };
    this.keyboard = {
      press: (key) => {
        const value = WEBDRIVER_KEYS[key] ?? key;
        return this.actions([
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value },
              { type: 'keyUp', value },
            ],
          },
        ]);
      },
    };
  }
  call(method, path, body) {
    return webdriver(this.base, method, `/session/${this.session}${path}`, body);
  }
  actions(actions) {
    return this.call('POST', '/actions', { actions });
  }
  on(event, listener) {
    this.listeners[event]?.push(listener);
  }
  /**
   * WebKit now and then never finishes opening a page, and the session then answers nothing
   * (see tests/engines/webkit-pages.js): a page not open within `within` ms is opened once more in
   * a new session, after deleting the old one (which closes its browser and so ends the hung
   * navigation); a second failure throws, naming the page.
   */
  async goto(url, { within = 15_000 } = {}) {
    const failure = await failureWithin(this.call('POST', '/url', { url }), within);
    if (failure) {
      console.warn(`WebKit: ${url} failed to open (${failure}); opening it in a new session`);
      await webdriver(this.base, 'DELETE', `/session/${this.session}`).catch(() => {});
      this.session = await newSession(this.base, this.viewport);
      const again = await failureWithin(this.call('POST', '/url', { url }), within);
      if (again) throw new Error(`WebKit: ${url} failed to open twice (${again})`);
    }
    // No console over WebDriver: from here on the page records its own errors.
    await this.call('POST', '/execute/sync', { script: `(${installErrorRecorder})()`, args: [] });
  }
  /** Runs `fn(arg)` in the page; a returned promise is awaited. Errors recorded since are raised. */
  async evaluate(fn, arg) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => ${callSource(fn, arg)}).then(
        (value) => done({ value: value === undefined ? null : value }),
        (error) => done({ error: String(error && error.stack || error) }));`;
    const result = await this.call('POST', '/execute/async', { script, args: [] });
    await this.drainErrors();
    if (result?.error) throw new Error(`in the page: ${result.error}`);
    return result?.value ?? undefined;
  }
  async drainErrors() {
    const recorded = await this.call('POST', '/execute/sync', {
      script: 'const e = window.__pageErrors || []; window.__pageErrors = []; return e;',
      args: [],
    });
    for (const { kind, text } of recorded ?? []) {
      if (kind === 'console')
        for (const listener of this.listeners.console) listener({ type: () => 'error', text: () => text });
      else for (const listener of this.listeners.pageerror) listener(new Error(text));
    }
  }
  waitForFunction(fn, arg, { timeout = 10_000 } = {}) {
    return poll(() => this.evaluate(fn, arg), timeout, String(fn).slice(0, 80));
  }
  addScriptTag({ url, type }) {
    return this.evaluate(
      ({ url, type }) =>
        new Promise((resolve, reject) => {
          const script = document.createElement('script');
          if (type) script.type = type;
          script.src = url;
          script.onload = () => resolve(true);
          script.onerror = () => reject(new Error(`could not load ${url}`));
          document.head.append(script);
        }),
      { url, type },
    );
  }
  locator(selector) {
    const find = `(${deepQuery})(${JSON.stringify(selector)})`;
    const centre = () =>
      poll(
        () =>
          this.evaluate(
            new Function(`
            const el = ${find};
            if (!el) return undefined;
            el.scrollIntoView({ block: 'center', inline: 'center' });
            const box = el.getBoundingClientRect();
            return box.width > 0 ? [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] : undefined;`),
          ),
        10_000,
        selector,
      );
    const first = {
      click: async () => {
        const [x, y] = await centre();
        await this.actions([
          {
            type: 'pointer',
            id: 'mouse',
            actions: [
              { type: 'pointerMove', duration: 0, x, y },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ]);
      },
      focus: () => this.evaluate(new Function(`(${find}).focus();`)),
    };
    return { ...first, first: () => first };
  }
  async screenshot({ path }) {
    const png = await this.call('GET', '/screenshot');
    await writeFile(path, Buffer.from(png, 'base64'));
  }
  async close() {
    await webdriver(this.base, 'DELETE', `/session/${this.session}`).catch(() => {});
  }
}

/** Runs in the page: records uncaught errors, rejections and console errors for drainErrors(). */
function installErrorRecorder() {
  if (window.__pageErrors) return;
  window.__pageErrors = [];
  window.addEventListener('error', (event) =>
    window.__pageErrors.push({ kind: 'pageerror', text: String(event.message) }),
  );
  window.addEventListener('unhandledrejection', (event) =>
    window.__pageErrors.push({ kind: 'pageerror', text: String(event.reason) }),
  );
  const error = console.error.bind(console);
  console.error = (...args) => {
    window.__pageErrors.push({ kind: 'console', text: args.map(String).join(' ') });
    error(...args);
  };
}

async function webdriver(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const { value } = await response.json();
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
  return value;
}
