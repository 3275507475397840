// @web/test-runner plugin: `send-touch` taps the screen with a real touch (touchstart, touchend
// and the click the browser makes of them), `send-touch-step` holds and moves a finger, and
// `send-wheel` turns the mouse wheel, in each engine through its own automation: Chromium's
// DevTools input, puppeteer's touchscreen over WebDriver BiDi, WebDriver touch pointer actions.
// Called from tests/input.ts.

/** @param {{ session: any, x: number, y: number }} tap */
async function tap({ session, x, y }) {
  const { browser } = session;
  if (browser.type === 'playwright') {
    const page = browser.getPage(session.id);
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    } finally {
      await cdp.detach();
    }
    return;
  }
  if (browser.type === 'puppeteer') {
    await browser.getPage(session.id).touchscreen.tap(x, y);
    return;
  }
  if (browser.type === 'webdriver') {
    await browser.driverManager.performActions(session.id, [
      {
        type: 'pointer',
        id: 'touch1',
        parameters: { pointerType: 'touch' },
        actions: [
          { type: 'pointerMove', duration: 0, x, y },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
    return;
  }
  throw new Error(`send-touch: no touch input for browser type ${browser.type}`);
}

/**
 * One step of a touch gesture held across commands (`start`, `move`, `end`), so that a test can
 * look at the page between the finger's moves. Each engine keeps the touch's state between calls:
 * Chromium per page in the browser, puppeteer in its touch handle, WebDriver per input source id.
 */
/** Chromium: each page's DevTools session of the touch under way. */
const gestures = new WeakMap();

async function touchStep({ session, type, x, y }) {
  const { browser } = session;
  if (browser.type === 'playwright') {
    // The touch lives in the DevTools session that started it: one session per gesture.
    const page = browser.getPage(session.id);
    if (type === 'start') gestures.set(page, await page.context().newCDPSession(page));
    const cdp = gestures.get(page);
    if (!cdp) throw new Error('send-touch-step: move or end before start');
    const kind = { start: 'touchStart', move: 'touchMove', end: 'touchEnd' }[type];
    try {
      await cdp.send('Input.dispatchTouchEvent', { type: kind, touchPoints: type === 'end' ? [] : [{ x, y }] });
    } finally {
      if (type === 'end') {
        gestures.delete(page);
        await cdp.detach();
      }
    }
    return;
  }
  if (browser.type === 'puppeteer') {
    const { touchscreen } = browser.getPage(session.id);
    if (type === 'start') await touchscreen.touchStart(x, y);
    else if (type === 'move') await touchscreen.touchMove(x, y);
    else await touchscreen.touchEnd();
    return;
  }
  if (browser.type === 'webdriver') {
    const actions =
      type === 'start'
        ? [
            { type: 'pointerMove', duration: 0, x, y },
            { type: 'pointerDown', button: 0 },
          ]
        : type === 'move'
          ? [{ type: 'pointerMove', duration: 50, x, y }]
          : [{ type: 'pointerUp', button: 0 }];
    await browser.driverManager.performActions(session.id, [
      { type: 'pointer', id: 'touch-step', parameters: { pointerType: 'touch' }, actions },
    ]);
    return;
  }
  throw new Error(`send-touch-step: no touch input for browser type ${browser.type}`);
}

let wheels = 0;

/** A real wheel turn (or trackpad scroll) of `deltaX`, `deltaY` pixels at `x`, `y`. */
async function wheel({ session, x, y, deltaX, deltaY }) {
  const { browser } = session;
  if (browser.type === 'playwright') {
    const page = browser.getPage(session.id);
    await page.mouse.move(x, y);
    await page.mouse.wheel(deltaX, deltaY);
    return;
  }
  if (browser.type === 'puppeteer') {
    const page = browser.getPage(session.id);
    await page.mouse.move(x, y);
    await page.mouse.wheel({ deltaX, deltaY });
    return;
  }
  if (browser.type === 'webdriver') {
    // A new input source for each turn: WebKit's driver sends a wheel source's delta as the
    // difference from its previous turn's (100 then 50 arrives as 100 then -50).
    wheels++;
    await browser.driverManager.performActions(session.id, [
      { type: 'wheel', id: `wheel${wheels}`, actions: [{ type: 'scroll', x, y, deltaX, deltaY, duration: 0 }] },
    ]);
    return;
  }
  throw new Error(`send-wheel: no wheel input for browser type ${browser.type}`);
}

const integers = (...values) => values.every(Number.isInteger);

export function touchPlugin() {
  return {
    name: 'send-touch',
    async executeCommand({ command, payload, session }) {
      if (command === 'send-touch-step') {
        const { type, x = 0, y = 0 } = payload ?? {};
        if (!['start', 'move', 'end'].includes(type) || !integers(x, y)) {
          throw new Error('send-touch-step: give a type (start, move, end) and integer x and y');
        }
        await touchStep({ session, type, x, y });
        return true;
      }
      if (command === 'send-wheel') {
        const { x, y, deltaX = 0, deltaY = 0 } = payload ?? {};
        if (!integers(x, y, deltaX, deltaY)) throw new Error('send-wheel: give integer x, y, deltaX and deltaY');
        await wheel({ session, x, y, deltaX, deltaY });
        return true;
      }
      if (command !== 'send-touch') return undefined;
      const { x, y } = payload ?? {};
      if (!Number.isInteger(x) || !Number.isInteger(y)) throw new Error('send-touch: give integer x and y');
      await tap({ session, x, y });
      return true;
    },
  };
}
