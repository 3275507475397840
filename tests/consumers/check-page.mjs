// The same checks for every consumer app (tests/consumers/<framework>/), in headless Chromium
// through Playwright. Each app renders the same elements, bound to the state of
// tests/consumers/shared/store.js, and exposes `window.__consumer` to drive it. Any page error or
// console error or warning fails the check.
import { check, equal, pageProblems } from '../package/lib.mjs';

const TIMEOUT = 10_000;

/**
 * Runs in the page before any of its scripts: counts live timers, animation frames, listeners on
 * window and document, and open EventSources and WebSockets, as tests/hardening-instrumentation.ts
 * does in the browser suite.
 */
function probe() {
  const timeouts = new Set();
  const intervals = new Set();
  const frames = new Set();
  const listeners = new Map();
  const sockets = new Set();
  const native = {
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    setInterval: window.setInterval.bind(window),
    clearInterval: window.clearInterval.bind(window),
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
    cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
  };
  window.setTimeout = (handler, delay, ...args) => {
    const id = native.setTimeout(
      (...a) => {
        timeouts.delete(id);
        if (typeof handler === 'function') handler(...a);
      },
      delay,
      ...args,
    );
    timeouts.add(id);
    return id;
  };
  window.setInterval = (handler, delay, ...args) => {
    const id = native.setInterval(handler, delay, ...args);
    intervals.add(id);
    return id;
  };
  window.clearTimeout = window.clearInterval = (id) => {
    timeouts.delete(id);
    intervals.delete(id);
    native.clearTimeout(id);
  };
  window.requestAnimationFrame = (callback) => {
    const id = native.requestAnimationFrame((time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    frames.delete(id);
    native.cancelAnimationFrame(id);
  };
  const key = (target) =>
    target === window
      ? 'window'
      : target === document
        ? 'document'
        : target === document.documentElement
          ? 'html'
          : null;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const where = key(this);
    if (where && listener) {
      const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
      const set = listeners.get(`${where} ${type} ${capture}`) ?? new Set();
      set.add(listener);
      listeners.set(`${where} ${type} ${capture}`, set);
    }
    return native.add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const where = key(this);
    if (where) {
      const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
      listeners.get(`${where} ${type} ${capture}`)?.delete(listener);
    }
    return native.remove.call(this, type, listener, options);
  };
  for (const name of ['WebSocket', 'EventSource']) {
    const Native = window[name];
    window[name] = class extends Native {
      constructor(...args) {
        super(...args);
        sockets.add(this);
        native.add.call(this, 'close', () => sockets.delete(this));
        const close = this.close.bind(this);
        this.close = (...a) => (sockets.delete(this), close(...a));
      }
    };
  }
  window.__counts = () => ({
    timeouts: timeouts.size,
    intervals: intervals.size,
    frames: frames.size,
    sockets: sockets.size,
    listeners: Object.fromEntries(
      [...listeners].filter(([, set]) => set.size > 0).map(([name, set]) => [name, set.size]),
    ),
  });
}

/** Text of an element's shadow root, through nested shadow roots, normalized. */
const shadowText = (page, selector) =>
  page.evaluate((selector) => {
    const text = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.localName === 'style') return '';
      return [...(node.shadowRoot ?? node).childNodes].map(text).join('');
    };
    const element = document.querySelector(selector);
    return element ? text(element).replace(/\s+/g, ' ').trim() : undefined;
  }, selector);

const waitText = (page, selector, expected, what) =>
  page
    .waitForFunction(
      ({ selector, expected }) => {
        const text = (node) =>
          node.nodeType === Node.TEXT_NODE
            ? node.textContent
            : node.localName === 'style'
              ? ''
              : [...(node.shadowRoot ?? node).childNodes].map(text).join('');
        const element = document.querySelector(selector);
        return element && text(element).includes(expected);
      },
      { selector, expected },
      { timeout: TIMEOUT },
    )
    .catch(async () => {
      throw new Error(
        `${what}: expected "${expected}" in ${selector}, got: ${(await shadowText(page, selector))?.slice(0, 300)}`,
      );
    });

const settle = (page, ms) => page.waitForTimeout(ms);

/**
 * Every check on one built app at `url`. Returns a one-line summary. `name` prefixes messages.
 */
export async function checkConsumer(browser, url, name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(probe);
  const page = await context.newPage();
  const errors = pageProblems(page);
  const fail = (message) => new Error(`${name}: ${message}${errors.length ? ` (page: ${errors.join('; ')})` : ''}`);
  try {
    await page.goto(url);
    await page
      .waitForFunction(
        () =>
          window.__consumer &&
          document.querySelector('#strip')?.shadowRoot?.querySelectorAll('.real [part~="cell"]').length === 3,
        null,
        { timeout: TIMEOUT },
      )
      .catch(() => {
        throw fail('the strip did not render its three quotes (is `quotes` set as a property?)');
      });

    // The reference figures.
    await waitText(page, '#strip', '17,284.54', name);
    await waitText(page, '#strip', '-487.30', name);
    await waitText(page, '#cell', '17,284.54', name);

    // A property binding updates the same cell in place.
    await page.evaluate(() => {
      const cell = [...document.querySelector('#strip').shadowRoot.querySelectorAll('.real [part~="cell"]')].find(
        (c) => c.dataset.symbol === '^HSI',
      );
      window.__kept = {
        stripCell: cell,
        cell: document.querySelector('#cell'),
        value: document.querySelector('#cell').shadowRoot.querySelector('[part~="value"]'),
      };
      window.__consumer.setPrice(17300.5);
    });
    await waitText(page, '#cell', '17,300.50', `${name} price binding on <quote-cell>`);
    await waitText(page, '#strip', '17,300.50', `${name} quotes binding on <market-ticker>`);
    const same = await page.evaluate(() => ({
      stripCell:
        window.__kept.stripCell ===
        [...document.querySelector('#strip').shadowRoot.querySelectorAll('.real [part~="cell"]')].find(
          (c) => c.dataset.symbol === '^HSI',
        ),
      cell: window.__kept.cell === document.querySelector('#cell'),
      value: window.__kept.value === document.querySelector('#cell').shadowRoot.querySelector('[part~="value"]'),
    }));
    check(
      same.stripCell &&
        same.cell &&
        same.value &&
        (await page.evaluate(() => Boolean(window.__kept.stripCell && window.__kept.value))),
      `${name}: an update replaced DOM nodes instead of updating them: ${JSON.stringify(same)}`,
    );

    // quote-select reaches the framework's handler from a real mouse click.
    const box = await page.evaluate(() => {
      const cell = [...document.querySelector('#strip').shadowRoot.querySelectorAll('.real [part~="cell"]')].find(
        (c) => c.dataset.symbol === '^HSI',
      );
      const { x, y, width, height } = cell?.getBoundingClientRect() ?? {};
      return cell && { x, y, width, height };
    });
    check(box && box.width > 0, `${name}: the first cell has no box`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page
      .waitForFunction(() => window.__consumer.events.some((e) => e.type === 'quote-select'), null, {
        timeout: TIMEOUT,
      })
      .catch(() => {
        throw fail('a click on a cell did not reach the quote-select handler');
      });
    const selected = await page.evaluate(() => window.__consumer.events.filter((e) => e.type === 'quote-select'));
    equal(
      JSON.stringify(selected),
      JSON.stringify([{ type: 'quote-select', symbol: '^HSI', price: 17300.5 }]),
      `${name}: quote-select details`,
    );

    // feed-status from the simulated feed.
    await page
      .waitForFunction(
        () => window.__consumer.events.some((e) => e.type === 'feed-status' && e.status === 'live'),
        null,
        { timeout: TIMEOUT },
      )
      .catch(() => {
        throw fail('no feed-status "live" reached the handler');
      });

    // Attributes set before the element was defined.
    await waitText(page, '#early', 'Set before define', `${name} <article-card> defined after its attributes were set`);

    // The locale follows <html lang>.
    await waitText(page, '#strip', 'Hang Seng', `${name} English names`);
    await page.evaluate(() => (document.documentElement.lang = 'zh-HK'));
    await waitText(page, '#strip', '恒指', `${name} <html lang="zh-HK">`);
    await waitText(page, '#early', 'Set before define', name);

    // Bad input: null and a non-array keep the last good figures, no throw.
    for (const bad of [null, 'not an array', { symbol: '^HSI' }]) {
      await page.evaluate((bad) => window.__consumer.setQuotes(bad), bad);
      await settle(page, 100);
      const text = await shadowText(page, '#strip');
      check(
        text.includes('17,300.50') && text.includes('-487.30'),
        `${name}: quotes = ${JSON.stringify(bad)} lost the last good figures: ${text.slice(0, 200)}`,
      );
    }
    await page.evaluate(() => window.__consumer.reset());
    await waitText(page, '#strip', '17,284.54', `${name} after reset`);

    // 1,000 re-renders in about a second: each update is its own task, as a busy feed makes them.
    const burst = await page.evaluate(async () => {
      const started = performance.now();
      const tick = () =>
        new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(0);
        });
      for (let i = 1; i <= 1000; i++) {
        window.__consumer.setPrice(17000 + i / 100);
        await tick();
      }
      return performance.now() - started;
    });
    await waitText(page, '#cell', '17,010.00', `${name} after 1,000 updates`);
    await waitText(page, '#strip', '17,010.00', `${name} after 1,000 updates`);
    const cells = await page.evaluate(
      () => document.querySelector('#strip').shadowRoot.querySelectorAll('.real [part~="cell"]').length,
    );
    equal(cells, 3, `${name}: cells after 1,000 updates`);

    // Unmount leaves nothing running: no timers, frames or sockets, and a second mount and
    // unmount leaves the same listeners as the first.
    const unmounted = async () => {
      await page.evaluate(() => window.__consumer.unmount());
      await settle(page, 1500);
      check(
        await page.evaluate(() => !document.querySelector('market-ticker, quote-cell, article-card')),
        `${name}: unmount left elements in the page`,
      );
      return page.evaluate(() => window.__counts());
    };
    const first = await unmounted();
    await page.evaluate(() => window.__consumer.mount());
    await page.waitForFunction(
      () => document.querySelector('#strip')?.shadowRoot?.querySelectorAll('.real [part~="cell"]').length === 3,
      null,
      { timeout: TIMEOUT },
    );
    await page.waitForFunction(() => window.__consumer.events.filter((e) => e.status === 'live').length >= 2, null, {
      timeout: TIMEOUT,
    });
    const second = await unmounted();
    for (const counts of [first, second]) {
      check(
        counts.intervals === 0 && counts.timeouts === 0 && counts.frames === 0 && counts.sockets === 0,
        `${name}: after unmount: ${JSON.stringify(counts)}`,
      );
    }
    equal(
      JSON.stringify(second.listeners),
      JSON.stringify(first.listeners),
      `${name}: listeners after a second mount and unmount`,
    );

    check(errors.length === 0, `${name}: ${errors.join('; ')}`);
    return `1,000 updates in ${Math.round(burst)} ms; after unmount ${Object.values(second.listeners).reduce((a, b) => a + b, 0)} window/document listeners (same as after the first), no timers`;
  } catch (error) {
    if (errors.length && !error.message.includes('(page:')) error.message += ` (page: ${errors.join('; ')})`;
    throw error;
  } finally {
    await context.close();
  }
}
