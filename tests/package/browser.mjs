// The checks in each engine's browser (scripts/browsers.mjs): the consumer page, the script-tag bundle, the React app and the
// server-rendered page with hydration. Each gets a fresh page; any page error or console error fails.
import { serveStatic } from '../../scripts/static-server.mjs';
import { check, equal, pageProblems } from './lib.mjs';

const TIMEOUT = 10_000;

/** Opens `url` in a new page and collects errors; `body(page)` runs the assertions. */
async function withPage(browser, url, body, { reducedMotion = 'no-preference' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion });
  const page = await context.newPage();
  const errors = pageProblems(page);
  try {
    await page.goto(url);
    let result;
    try {
      result = await body(page);
    } catch (error) {
      if (errors.length) error.message = `${errors.join('; ')}; then: ${error.message}`;
      throw error;
    }
    check(errors.length === 0, `${errors.join('; ')} (${url})`);
    return result;
  } finally {
    await context.close();
  }
}

/** Text of an element's shadow root, recursively through nested shadow roots, normalized. */
const shadowText = (page, selector) =>
  page.evaluate((selector) => {
    const text = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.localName === 'style') return '';
      const root = node.shadowRoot ?? node;
      return [...root.childNodes].map(text).join('');
    };
    const element = document.querySelector(selector);
    return element ? text(element).replace(/\s+/g, ' ').trim() : undefined;
  }, selector);

/** The page a site builds from `npm install market-ticker` and a bundler, in Traditional Chinese. */
export async function checkConsumerPage(browser, dir) {
  const server = await serveStatic(dir);
  try {
    return await withPage(browser, `${server.url}/consumer-page.html`, async (page) => {
      await page.waitForFunction(() => window.__ready === true, null, { timeout: TIMEOUT });
      const text = await shadowText(page, 'market-ticker');
      check(
        text.includes('恒指 17,284.54'),
        `consumer page: expected "恒指 17,284.54" in <market-ticker>, got: ${text.slice(0, 300)}`,
      );
      check(text.includes('-487.30'), `consumer page: expected "-487.30" (道指) in <market-ticker>`);
      const label = await page.evaluate(() =>
        document.querySelector('market-ticker').shadowRoot.querySelector('[part="base"]').getAttribute('aria-label'),
      );
      check(/[\u4e00-\u9fff]/.test(label), `consumer page: the strip's label is not localized: ${label}`);
      return text.slice(0, 60);
    });
  } finally {
    await server.close();
  }
}

/** dist/market-ticker.bundle.js alone next to an HTML file, with no node_modules anywhere. */
export async function checkStandaloneBundle(browser, dir, { csp } = {}) {
  const headers = csp ? { 'content-security-policy': csp } : {};
  const server = await serveStatic(dir, { headers });
  try {
    return await withPage(browser, `${server.url}/index.html`, async (page) => {
      await page.waitForFunction(
        () => {
          const cell = document.querySelector('quote-cell');
          const status = document.querySelector('market-status');
          const strips = [...document.querySelectorAll('market-ticker')];
          return (
            cell?.shadowRoot?.textContent.includes('17,284.54') &&
            status?.shadowRoot?.textContent.includes('開市') &&
            strips.every((strip) => strip.shadowRoot?.querySelectorAll('.real [part~="cell"]').length > 0)
          );
        },
        null,
        { timeout: TIMEOUT },
      );
      const cell = await shadowText(page, 'quote-cell');
      check(cell.includes('恒指 17,284.54 ▲ +83.27 (+0.48%)'), `bundle page: <quote-cell> reads "${cell}"`);
      const status = await page.evaluate(
        () => document.querySelector('market-status').shadowRoot.querySelector('[part="text"]').textContent,
      );
      equal(status.replace(/\s+/g, ' ').trim(), '香港股市 將在 9 小時 開市', 'bundle page: <market-status> text');
      return `${cell.slice(cell.lastIndexOf('恒指'))} | ${status}`;
    });
  } finally {
    await server.close();
  }
}

/** A React 19 app with market-ticker-react: properties, typed callbacks, and a click on a cell. */
export async function checkReactApp(browser, dir) {
  const server = await serveStatic(dir);
  try {
    return await withPage(browser, `${server.url}/react-app.html`, async (page) => {
      await page.waitForFunction(
        () => document.querySelector('#strip')?.shadowRoot?.querySelectorAll('.real [part~="cell"]').length > 0,
        null,
        { timeout: TIMEOUT },
      );
      const count = await page.evaluate(
        () => document.querySelector('#strip').shadowRoot.querySelectorAll('.real [part~="cell"]').length,
      );
      const expected = await page.evaluate(() => document.querySelector('#strip').quotes.length);
      check(
        count === expected && count > 1,
        `react: ${count} cells for ${expected} quotes (quotes must be set as a property)`,
      );
      // A click as a reader makes it, through the shadow roots.
      await page.locator('#strip [part~="cell"]').first().click();
      await page.waitForFunction(() => document.querySelector('#selected').textContent === '^HSI', null, {
        timeout: TIMEOUT,
      });
      const selected = await page.evaluate(() => window.__selected);
      equal(JSON.stringify(selected), JSON.stringify(['^HSI']), 'react: onQuoteSelect symbols');
      await page.waitForFunction(() => window.__statuses.includes('live'), null, { timeout: TIMEOUT });
      const cell = await shadowText(page, '#cell');
      check(
        cell.includes('Hang Seng China Enterprises') || cell.includes('6,120.37'),
        `react: <QuoteCell quote> reads "${cell}"`,
      );
      const status = await shadowText(page, '#status');
      check(status.includes('Hong Kong market opens in 9 hours'), `react: <MarketStatus> reads "${status}"`);
      return `clicked ${selected[0]}; feed statuses ${[...new Set(await page.evaluate(() => window.__statuses))].join(', ')}`;
    });
  } finally {
    await server.close();
  }
}

/** Loads a server-rendered page, runs `before(page)`, adds the client script and waits for hydration. */
async function hydrate(page, before) {
  const kept = await before?.(page);
  await page.addScriptTag({ url: './ssr-client.bundle.js', type: 'module' });
  await page.waitForFunction(() => window.__hydrated === true, null, { timeout: TIMEOUT });
  return kept;
}

/**
 * The server-rendered page: figures readable before any script, then hydration that keeps every
 * server node (same shadow roots, same text nodes) with no layout shift, and working events after.
 */
export async function checkHydration(browser, dir, { reducedMotion = 'no-preference' } = {}) {
  const server = await serveStatic(dir);
  try {
    return await withPage(
      browser,
      `${server.url}/ssr.html`,
      async (page) => {
        const before = await hydrate(page, () =>
          page.evaluate(() => {
            const strip = document.querySelector('#static');
            const cell = document.querySelector('#cell');
            const status = document.querySelector('#status');
            const card = document.querySelector('#card');
            const inner = strip.shadowRoot?.querySelector('.real [part~="cell"]');
            window.__kept = {
              cardRoot: card.shadowRoot,
              cardTime: card.shadowRoot?.querySelector('time'),
              stripRoot: strip.shadowRoot,
              scrollRoot: document.querySelector('#scroll').shadowRoot,
              cellRoot: cell.shadowRoot,
              statusRoot: status.shadowRoot,
              innerCell: inner,
              innerValue: inner?.querySelector('[part="cell-value"]'),
              innerValueText: inner?.querySelector('[part="cell-value"]')?.firstChild,
              statusText: status.shadowRoot?.querySelector('[part="text"]'),
            };
            return {
              defined: ['market-ticker', 'quote-cell', 'market-status', 'article-card'].filter((tag) =>
                customElements.get(tag),
              ),
              cardTime: card.shadowRoot?.querySelector('time')?.textContent.trim(),
              missing: Object.entries(window.__kept)
                .filter(([, node]) => !node)
                .map(([name]) => name),
              value: window.__kept.innerValue?.textContent,
              status: window.__kept.statusText?.textContent.replace(/\s+/g, ' ').trim(),
              cell: cell.shadowRoot?.textContent.replace(/\s+/g, ' '),
            };
          }),
        );
        equal(before.defined.length, 0, 'ssr: elements defined before the script ran');
        // Chromium scores shifts (Layout Instability API); elsewhere layout-shift.js measures how
        // far the page's elements moved.
        if (browser.engine === 'chromium') {
          check(
            await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift')),
            'ssr: this Chromium does not report layout shifts',
          );
        }
        check(before.missing.length === 0, `ssr: no server-rendered shadow DOM for ${before.missing.join(', ')}`);
        equal(before.value, '17,284.54', 'ssr: first cell of the strip before hydration');
        equal(before.status, 'Hong Kong market opens in 9 hours', 'ssr: banner before hydration');
        check(before.cell.includes('17,284.54'), `ssr: <quote-cell> before hydration reads ${before.cell}`);
        equal(before.cardTime, '3 hours ago', 'ssr: <article-card> relative time before hydration');

        const after = await page.evaluate(() => {
          const strip = document.querySelector('#static');
          const inner = strip.shadowRoot.querySelector('.real [part~="cell"]');
          const status = document.querySelector('#status');
          const card = document.querySelector('#card');
          const now = {
            cardRoot: card.shadowRoot,
            cardTime: card.shadowRoot.querySelector('time'),
            stripRoot: strip.shadowRoot,
            scrollRoot: document.querySelector('#scroll').shadowRoot,
            cellRoot: document.querySelector('#cell').shadowRoot,
            statusRoot: status.shadowRoot,
            innerCell: inner,
            innerValue: inner.querySelector('[part="cell-value"]'),
            innerValueText: inner.querySelector('[part="cell-value"]').firstChild,
            statusText: status.shadowRoot.querySelector('[part="text"]'),
          };
          const all = (root) =>
            [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
          return {
            replaced: Object.keys(now).filter((key) => now[key] !== window.__kept[key] || !now[key].isConnected),
            pending: all(document)
              .filter((el) => el.hasAttribute('defer-hydration'))
              .map((el) => el.localName),
            notUpdated: all(document)
              .filter((el) => el.localName.includes('-') && !el.hasUpdated)
              .map((el) => el.localName),
            value: now.innerValue.textContent,
          };
        });
        check(
          after.replaced.length === 0,
          `ssr: hydration re-created ${after.replaced.join(', ')} instead of keeping the server's nodes`,
        );
        check(after.pending.length === 0, `ssr: still deferred after hydration: ${after.pending.join(', ')}`);
        check(after.notUpdated.length === 0, `ssr: not hydrated: ${after.notUpdated.join(', ')}`);
        equal(after.value, '17,284.54', 'ssr: first cell of the strip after hydration');

        // Give the strip's size observers a moment, then read the shifts (before any input, since
        // shifts just after input do not count).
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
        const shift = await page.evaluate(() => ({
          total: window.__layoutShift,
          shifts: window.__shifts,
          before: window.__beforeHydration,
        }));
        // Sub-pixel rounding when a reduced-motion strip drops its hidden copies scores about 6e-5;
        // anything a reader could see scores orders of magnitude more (a moved line: 0.02).
        check(
          shift.total < 0.001,
          `ssr: layout shift ${shift.total} (${JSON.stringify(shift.shifts)}; before hydration ${JSON.stringify(shift.before)})`,
        );
        if (browser.engine !== 'chromium') {
          // Control: the measure of layout-shift.js sees a line that moves.
          const moved = await page.evaluate(() => {
            const line = document.createElement('div');
            line.textContent = 'a line';
            document.body.prepend(line);
            const value = window.__layoutShift;
            line.remove();
            return value;
          });
          check(moved > 0, `ssr: the layout measure did not see a line pushed in above (${moved})`);
        }

        // Event listeners are attached during hydration: a click selects.
        await page.locator('#static [part~="cell"]').first().click();
        await page.waitForFunction(() => window.__selected.length > 0, null, { timeout: TIMEOUT });
        equal(await page.evaluate(() => window.__selected[0]), '^HSI', 'ssr: quote-select after hydration');
        const parsing = shift.before?.reduce((sum, entry) => sum + entry.value, 0) ?? 0;
        return `8 server nodes kept, layout shift ${shift.total}${parsing > 0 ? ` (while the HTML was still parsing: ${parsing})` : ''}`;
      },
      { reducedMotion },
    );
  } finally {
    await server.close();
  }
}

/** A page rendered in the pre-opening session and hydrated after the open (a cached page). */
export async function checkClockHydration(browser, dir) {
  const server = await serveStatic(dir);
  try {
    return await withPage(browser, `${server.url}/ssr-clock.html`, async (page) => {
      await page.clock.setFixedTime(new Date('2024-04-19T01:45:00Z'));
      await hydrate(page);
      const { state, text } = await page.evaluate(() => {
        const status = document.querySelector('#status');
        return {
          state: status.getAttribute('state'),
          text: status.shadowRoot.querySelector('[part="base"]').textContent.replace(/\s+/g, ' ').trim(),
        };
      });
      equal(state, 'open', 'ssr: <market-status> state after hydrating later');
      // 09:45 in Hong Kong: the morning session, lunch at 12:00; the pre-open label must be gone.
      equal(
        text,
        'Hong Kong market breaks for lunch in 2 hours 15 minutes',
        'ssr: <market-status> text after hydrating later',
      );
      return text;
    });
  } finally {
    await server.close();
  }
}

/** A Hong Kong page rendered in Traditional Chinese on the server keeps its words and nodes. */
export async function checkLocalizedHydration(browser, dir) {
  const server = await serveStatic(dir);
  try {
    return await withPage(browser, `${server.url}/ssr-zh.html`, async (page) => {
      const before = await hydrate(page, () =>
        page.evaluate(() => {
          const label = document.querySelector('#cell').shadowRoot?.querySelector('[part="label"]');
          window.__kept = label?.firstChild;
          return label?.textContent;
        }),
      );
      equal(before, '恒指', 'ssr: the name in the server-rendered zh-HK page');
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      const after = await page.evaluate(() => {
        const label = document.querySelector('#cell').shadowRoot.querySelector('[part="label"]');
        return {
          kept: label.firstChild === window.__kept,
          text: label.textContent,
          shift: window.__layoutShift,
          shifts: window.__shifts,
        };
      });
      check(after.kept, 'ssr: hydration re-created the zh-HK name');
      equal(after.text, '恒指', 'ssr: the name after hydration');
      // As on the English page: sub-pixel rounding scores under 0.001, a visible move far more.
      check(
        after.shift < 0.001,
        `ssr: layout shift of the zh-HK page ${after.shift} (${JSON.stringify(after.shifts)})`,
      );
      return after.text;
    });
  } finally {
    await server.close();
  }
}
