// @web/test-runner plugin: `send-touch` taps the screen with a real touch (touchstart, touchend
// and the click the browser makes of them), in each engine through its own automation: Chromium's
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

export function touchPlugin() {
  return {
    name: 'send-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'send-touch') return undefined;
      const { x, y } = payload ?? {};
      if (!Number.isInteger(x) || !Number.isInteger(y)) throw new Error('send-touch: give integer x and y');
      await tap({ session, x, y });
      return true;
    },
  };
}
