import { expect, html, oneEvent } from '@open-wc/testing';
import { eachRendering, fixtureFor, itClientRendered, type Fixture } from './fixture.js';
import { click } from './input.js';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import { FeedStatusEvent, type MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import { GARBAGE, deepText, frame, partText, settled, sleep as wait } from './support.js';

/** A stand-in for a site's feed endpoint: fetch is the public seam the browser offers. */
function stubFetch(respond: (url: string) => Response | Promise<Response>) {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.includes('/feed-under-test')) return original(input);
    calls.push(url);
    return respond(url);
  };
  return { calls, restore: () => (window.fetch = original) };
}

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

/** The rendering of the suite running: set by each of eachRendering's suites. */
let fixture: Fixture = fixtureFor('client-rendered');
eachRendering('<market-ticker> with a feed', (rendered, rendering) => {
  const itClient = itClientRendered(rendering);
  before(() => void (fixture = rendered));
  it('feed="simulated" fills the strip with the reference instruments, with no network', async () => {
    const el = await fixture<MarketTicker>(
      html`<market-ticker feed="simulated" interval="0.05" mode="static"></market-ticker>`,
    );
    for (let i = 0; i < 50 && el.quotes.length === 0; i++) await wait(20);
    await settled(el);
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.real [part~="cell"]')];
    expect(cells.length).to.equal(16);
    expect(deepText(el)).to.not.match(GARBAGE);
    const before = cells.map((c) => partText(c, 'value')).join();
    await wait(300);
    await settled(el);
    expect(cells.map((c) => partText(c, 'value')).join()).to.not.equal(before);
  });

  it('polls src, merges partial messages by symbol, drops invalid quotes with a feed-status error', async () => {
    let n = 0;
    const stub = stubFetch(() => {
      n++;
      if (n === 1)
        return json({
          quotes: [
            { symbol: '^HSI', price: 100, change: 1 },
            { symbol: '^DJI', price: 200, change: -1 },
          ],
        });
      return json({
        quotes: [
          { symbol: '^DJI', price: 201, change: 0 },
          { symbol: 'BAD', price: 'NaN' },
        ],
      });
    });
    try {
      const statuses: string[] = [];
      const el = await fixture<MarketTicker>(
        html`<market-ticker mode="static" src="/feed-under-test" interval="0.1" @feed-status=${(e: CustomEvent) => statuses.push(e.detail.status)}></market-ticker>`,
      );
      // The second answer is read asynchronously after its fetch: wait for it to be applied.
      const applied = () => el.quotes.some((q) => q.symbol === '^DJI' && q.price !== 200);
      for (let i = 0; i < 100 && (n < 2 || !applied()); i++) await wait(20);
      await frame();
      await settled(el);
      expect(el.quotes.map((q) => [q.symbol, q.price])).to.deep.equal([
        ['^HSI', 100],
        ['^DJI', 201],
      ]);
      expect(statuses).to.include('live');
      expect(statuses).to.include('error');
      expect(deepText(el)).to.not.match(GARBAGE);
    } finally {
      stub.restore();
    }
  });

  it('feed-status is a FeedStatusEvent that bubbles out of the shadow roots, with the status and the reason', async () => {
    const stub = stubFetch(() => json({ quotes: [{ symbol: '^HSI', price: 'x' }] }));
    try {
      const seen: FeedStatusEvent[] = [];
      const onStatus = (event: FeedStatusEvent) => seen.push(event);
      document.addEventListener('feed-status', onStatus);
      const el = await fixture<MarketTicker>(
        html`<market-ticker mode="static" src="/feed-under-test" interval="5"></market-ticker>`,
      );
      for (let i = 0; i < 100 && !seen.some((e) => e.detail.status === 'error'); i++) await wait(20);
      document.removeEventListener('feed-status', onStatus);
      const error = seen.find((e) => e.detail.status === 'error')!;
      expect(error).to.be.instanceOf(FeedStatusEvent);
      expect(error.composed && error.bubbles).to.equal(true);
      expect(error.target).to.equal(el);
      expect(error.detail.error).to.match(/price/);
      expect(seen.map((e) => e.detail.status).slice(0, 2)).to.deep.equal(['connecting', 'live']);
    } finally {
      stub.restore();
    }
  });

  it('a loading attribute set by the site stays until a feed delivers; the feed clears it with its first figures', async () => {
    const el = await fixture<MarketTicker>(html`<market-ticker mode="static" loading></market-ticker>`);
    el.label = 'Quotes';
    await settled(el);
    expect(el.loading).to.equal(true);
    expect(partText(el, 'message')).to.match(/Loading/);
    const stub = stubFetch(() => json({ quotes: [{ symbol: '^HSI', price: 100, change: 1 }] }));
    try {
      el.src = '/feed-under-test';
      for (let i = 0; i < 100 && el.quotes.length === 0; i++) await wait(20);
      await settled(el);
      expect(el.loading).to.equal(false);
      expect(el.hasAttribute('loading')).to.equal(false);
    } finally {
      stub.restore();
    }
  });

  // A fake clock and counted timers: set-up the server cannot see (and the server fixture's own
  // command timer would be counted), so these run client-rendered only.
  describe('closed-interval', () => {
    /** The timers alive now, by delay: the feed's next poll and its stale watch among them. */
    function liveTimers() {
      const { setTimeout: set, clearTimeout: clear } = window;
      const live = new Map<number, number>();
      window.setTimeout = ((handler: TimerHandler, ms = 0, ...rest: unknown[]) => {
        const id: number = set(
          (...args: unknown[]) => {
            live.delete(id);
            if (typeof handler === 'function') handler(...args);
          },
          ms,
          ...rest,
        );
        live.set(id, ms);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id !== undefined) live.delete(id);
        clear(id);
      }) as typeof window.clearTimeout;
      return {
        delays: () => [...live.values()].filter((ms) => ms >= 1000).sort((a, b) => a - b),
        restore: () => Object.assign(window, { setTimeout: set, clearTimeout: clear }),
      };
    }

    async function stripAt(instant: string, symbols: string[]) {
      const realNow = Date.now;
      Date.now = () => Date.parse(instant);
      const timers = liveTimers();
      const stub = stubFetch(() =>
        json({ quotes: symbols.map((symbol, i) => ({ symbol, price: 100 + i, change: 1 })) }),
      );
      try {
        const el = await fixture<MarketTicker>(
          html`<market-ticker mode="static" src="/feed-under-test" interval="15" closed-interval="900"></market-ticker>`,
        );
        for (let i = 0; i < 100 && el.quotes.length === 0; i++) await wait(20);
        await settled(el);
        await wait(50);
        return { el, delays: timers.delays(), polls: stub.calls.length };
      } finally {
        stub.restore();
        timers.restore();
        Date.now = realNow;
      }
    }

    itClient('^HSI and ^N225 on a Saturday: the next poll waits closed-interval, and no stale watch runs', async () => {
      const { el, delays, polls } = await stripAt('2025-04-19T12:00:00Z', ['^HSI', '^N225']);
      expect(polls).to.equal(1);
      // 900 s to the next poll; no 45 s stale timer (3 x interval) while the markets sleep.
      expect(delays).to.deep.equal([900_000]);
      expect(el.stale).to.equal(false);
    });

    itClient('the last poll before the open waits only until the open (Tokyo, Monday 09:00 JST)', async () => {
      const { delays } = await stripAt('2025-04-20T23:52:00Z', ['^HSI', '^N225']);
      expect(delays).to.deep.equal([8 * 60_000]);
    });

    itClient(
      'a strip that also holds BTC-USD never rests: the next poll comes at interval, watched for staleness',
      async () => {
        const { delays } = await stripAt('2025-04-19T12:00:00Z', ['^HSI', '^N225', 'BTC-USD']);
        expect(delays.some((ms) => ms === 900_000)).to.equal(false);
        expect(
          delays.some((ms) => ms >= 12_000 && ms <= 18_000),
          `a poll near 15 s in ${delays}`,
        ).to.equal(true);
        expect(delays).to.include(45_000);
      },
    );
  });

  it('a feed error keeps the last good figures and marks the strip stale, then recovers', async () => {
    let mode: 'ok' | 'down' = 'ok';
    const stub = stubFetch(() =>
      mode === 'ok'
        ? json({ quotes: [{ symbol: '^HSI', price: 100, change: 1 }] })
        : new Response('oops', { status: 500 }),
    );
    try {
      const el = await fixture<MarketTicker>(
        html`<market-ticker mode="static" src="/feed-under-test" interval="0.05" stale-after="0.2"></market-ticker>`,
      );
      for (let i = 0; i < 50 && el.quotes.length === 0; i++) await wait(20);
      mode = 'down';
      const stale = await oneEvent(el, 'feed-status');
      let detail = stale.detail;
      while (detail.status !== 'stale') detail = (await oneEvent(el, 'feed-status')).detail;
      await settled(el);
      expect(el.stale).to.equal(true);
      expect(el.hasAttribute('stale')).to.equal(true);
      expect(partText(el.shadowRoot!.querySelector<HTMLElement>('.real [part~="cell"]')!, 'value')).to.equal('100.00');
      mode = 'ok';
      while ((await oneEvent(el, 'feed-status')).detail.status !== 'live');
      await settled(el);
      expect(el.stale).to.equal(false);
    } finally {
      stub.restore();
    }
  });

  it('a burst of 1,000 WebSocket messages renders at most once per animation frame', async () => {
    const server = (await (await fetch('/__feed-test-server')).json()) as { http: string; ws: string };
    const ch = `burst-${Date.now().toString(36)}`;
    const el = await fixture<MarketTicker>(
      html`<market-ticker mode="static" src="${server.ws}/ws/${ch}"></market-ticker>`,
    );
    await oneEvent(el, 'feed-status');
    for (let i = 0; i < 50; i++) {
      const stats = await (await fetch(`${server.http}/__stats/${ch}`)).json();
      if (stats.wsOpen > 0) break;
      await wait(20);
    }
    await wait(300); // past the server's resume window
    // Renders that apply new quotes: those are what the feed coalesces per frame (a status
    // change, such as the strip going live, renders on its own).
    let renders = 0;
    // Counted in update(), which sees what willUpdate() derived (the feed's figures among it).
    const host = el as unknown as { update(changed: Map<PropertyKey, unknown>): void };
    const original = host.update.bind(el);
    host.update = (changed) => {
      if (changed.has('quotes')) renders++;
      original(changed);
    };
    let frames = 0;
    let counting = true;
    const count = () => {
      frames++;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    await fetch(`${server.http}/__burst/${ch}`, {
      method: 'POST',
      body: JSON.stringify({ symbol: '^HSI', from: 17000, count: 1000 }),
    });
    for (let i = 0; i < 100 && el.quotes[0]?.price !== 17999; i++) await wait(20);
    await settled(el);
    counting = false;
    expect(el.quotes.map((q) => q.price)).to.deep.equal([17999]);
    // The socket hands the 1,000 messages over in a few chunks; each frame renders once at most.
    expect(renders).to.be.at.least(1);
    expect(renders).to.be.at.most(frames);
    // Far fewer than the messages (one render each would be 1,000); how many chunks a loaded
    // machine's socket makes of them, and so how many frames they span, varies.
    expect(renders).to.be.lessThan(250);
  });

  it("pausing holds the feed's updates and applies them on resume (WCAG 2.2.2), in static mode too", async () => {
    const el = await fixture<MarketTicker>(
      html`<market-ticker mode="static" feed="simulated" interval="0.05"></market-ticker>`,
    );
    for (let i = 0; i < 50 && el.quotes.length === 0; i++) await wait(20);
    await settled(el);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="pause-button"]')!;
    expect(button, 'a static strip with a feed has a pause button').to.exist;
    await click(button);
    await settled(el);
    const held = JSON.stringify(el.quotes);
    await wait(300);
    await frame();
    expect(JSON.stringify(el.quotes)).to.equal(held);
    await click(button);
    await settled(el);
    await frame();
    await frame();
    expect(JSON.stringify(el.quotes)).to.not.equal(held);
  });

  it('a strip that starts paused still shows its first figures', async () => {
    const el = await fixture<MarketTicker>(
      html`<market-ticker paused feed="simulated" interval="0.05"></market-ticker>`,
    );
    for (let i = 0; i < 50 && el.quotes.length === 0; i++) await wait(20);
    expect(el.quotes.length).to.equal(16);
  });

  it('disconnecting stops the feed; reconnecting resumes', async () => {
    let calls = 0;
    const stub = stubFetch(() => {
      calls++;
      return json({ quotes: [{ symbol: '^HSI', price: 100 + calls }] });
    });
    try {
      const el = await fixture<MarketTicker>(
        html`<market-ticker src="/feed-under-test" interval="0.05"></market-ticker>`,
      );
      await wait(200);
      const parent = el.parentElement!;
      el.remove();
      const atRemoval = calls;
      await wait(300);
      expect(calls).to.be.at.most(atRemoval + 1);
      parent.append(el);
      await wait(300);
      expect(calls).to.be.greaterThan(atRemoval + 1);
    } finally {
      stub.restore();
    }
  });
});
