// Faults, against the real local feed server (tests/servers/feed-test-server.js): feeds that hang,
// answer HTML or nothing, send messages over the 1 MB limit, or are cut in the middle of a
// message (SSE in the middle of a `data:` line, a WebSocket in the middle of a frame or closing
// abnormally); and clock jumps (a computer that sleeps and wakes three hours later).
// In each case the strip keeps its last good figures, reports through `feed-status` with an error
// naming what went wrong, and recovers when the server is healthy again.
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import '../packages/market-ticker/src/market-status/market-status.js';
import type { FeedStatusDetail, MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { MarketStatus } from '../packages/market-ticker/src/market-status/market-status.js';
import { ClockController, type ClockScheduler } from '../packages/market-ticker/src/controllers/clock-controller.js';
import { FakeScheduler } from './fake-scheduler.js';
import { MESSAGE_LIMITS } from '../packages/market-ticker/src/feeds.js';
import { GARBAGE, deepText, partText, settled } from './support.js';
import {
  control,
  errorTrap,
  feedTestServer,
  foreignElements,
  newChannel,
  pwned,
  sleep,
  waitFor,
} from './hardening-support.js';

interface Stats {
  polls: Array<{ status: number }>;
  aborted: number;
  sseConnects: Array<{ lastEventId: string | null }>;
  wsConnects: unknown[];
  resumes: number[];
}

const GOOD = {
  quotes: [
    { symbol: '^HSI', price: 17284.54, change: 83.27 },
    { symbol: 'HKD=X', price: 7.8281, change: -0.0028, precision: 4 },
  ],
};
const BETTER = { quotes: [{ symbol: '^HSI', price: 17300.01, change: 98.74 }] };
const GOOD_TEXT = ['17,284.54', '7.8281'];
const RECOVERED_TEXT = ['17,300.01', '7.8281'];

const faults: string[] = [];
after(() => console.log(`Fault cases checked (${faults.length}): ${faults.join('; ')}.`));

/** A strip on a feed, with its feed-status log. */
async function strip(src: string, attrs: { feed?: string; interval?: string; staleAfter?: string } = {}) {
  const log: FeedStatusDetail[] = [];
  const el = await fixture<MarketTicker>(html`<market-ticker
    mode="static"
    src=${src}
    feed=${ifDefined(attrs.feed)}
    interval=${attrs.interval ?? '30'}
    stale-after=${attrs.staleAfter ?? '30'}
    @feed-status=${(e: CustomEvent<FeedStatusDetail>) => log.push(e.detail)}
  ></market-ticker>`);
  return { el, log };
}

const shown = (el: MarketTicker) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.real [part~="cell"]')].map((cell) => partText(cell, 'value'));

async function showsEventually(el: MarketTicker, texts: string[], what: string, timeout = 5000) {
  await waitFor(
    async () => {
      await settled(el);
      return JSON.stringify(shown(el)) === JSON.stringify(texts);
    },
    what,
    timeout,
  );
}

/** Waits for a status after position `from` of the log; returns it. */
async function statusAfter(
  log: FeedStatusDetail[],
  from: number,
  match: (d: FeedStatusDetail) => boolean,
  what: string,
  timeout = 5000,
) {
  await waitFor(() => log.slice(from).some(match), what, timeout);
  return log.slice(from).find(match)!;
}

/** The strip still shows the last good figures, and nothing odd. */
async function keepsGoodFigures(el: MarketTicker, texts = GOOD_TEXT) {
  await settled(el);
  expect(shown(el)).to.deep.equal(texts);
  expect(deepText(el)).to.not.match(GARBAGE);
  expect(foreignElements(el)).to.deep.equal([]);
}

const stats = (ch: string) => control<Stats>(`/__stats/${ch}`);

describe('hardening: feed faults', function () {
  this.timeout(20_000);
  const trap = errorTrap();
  before(() => trap.start());
  after(() => trap.stop());
  afterEach(async () => {
    await sleep(20);
    expect(pwned(), 'a payload ran').to.equal(undefined);
    expect(trap.errors, trap.errors.join('\n')).to.deep.equal([]);
  });

  describe('JSON polling', () => {
    async function pollingStrip(label: string) {
      const { http } = await feedTestServer();
      const ch = newChannel(label);
      await control(`/__config/${ch}`, { body: GOOD });
      const s = await strip(`${http}/poll/${ch}`, { interval: '0.2', staleAfter: '0.6' });
      await showsEventually(s.el, GOOD_TEXT, 'the first good message');
      return { ...s, ch };
    }

    /** Two faults in a row, then the healthy server: figures kept, error named, recovery. */
    async function faultThenRecover(label: string, fault: Record<string, unknown>, error: RegExp) {
      const { el, log, ch } = await pollingStrip(label);
      const from = log.length;
      await control(`/__config/${ch}`, { faults: [fault, fault] });
      const reported = await statusAfter(log, from, (d) => d.status === 'error', `an error for ${label}`);
      expect(reported.error, JSON.stringify(reported)).to.match(error);
      await keepsGoodFigures(el);
      await control(`/__config/${ch}`, { body: BETTER });
      await statusAfter(log, from, (d) => d.status === 'live', `recovery after ${label}`);
      await showsEventually(el, RECOVERED_TEXT, `the figures after ${label}`);
      expect(el.stale).to.equal(false);
      faults.push(`polling: ${label}`);
      return { el, log, ch };
    }

    it('a request that hangs: stale, then a timeout error, then the retry recovers', async function () {
      this.timeout(25_000);
      const { el, log, ch } = await pollingStrip('hang');
      const from = log.length;
      await control(`/__config/${ch}`, { faults: [{ hang: true }] });
      await statusAfter(log, from, (d) => d.status === 'stale', 'stale while the request hangs', 3000);
      await settled(el);
      expect(el.stale).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="stale-marker"]')).to.not.equal(null);
      await keepsGoodFigures(el);
      // The library's request timeout is 10 s; <market-ticker> has no attribute for it.
      const reported = await statusAfter(log, from, (d) => d.status === 'error', 'the timeout', 12_000);
      expect(reported.error).to.match(/timed out after 10 s/);
      await keepsGoodFigures(el);
      await control(`/__config/${ch}`, { body: BETTER });
      await statusAfter(log, from, (d) => d.status === 'live', 'recovery after the timeout');
      await showsEventually(el, RECOVERED_TEXT, 'the figures after the timeout');
      expect(el.stale).to.equal(false);
      expect((await stats(ch)).aborted, 'the hung request was aborted').to.be.at.least(1);
      faults.push('polling: hang, timeout, retry');
    });

    it('an HTML page instead of JSON (with markup that must stay inert)', async () => {
      await faultThenRecover(
        'HTML instead of JSON',
        {
          status: 200,
          type: 'text/html',
          body: `<!doctype html><html><body><h1>502 Bad Gateway</h1><img src=x onerror="window.__pwned='html'"></body></html>`,
        },
        /malformed JSON/,
      );
    });

    it('200 with an empty body', async () => {
      await faultThenRecover('empty 200 body', { status: 200, body: '' }, /malformed JSON/);
    });

    it('a message over the 1 MB limit, with Content-Length (read, then refused)', async () => {
      await faultThenRecover(
        '1.1 MB message',
        { size: MESSAGE_LIMITS.chars + 100_000 },
        /larger than 1000000 characters/,
      );
    });

    it('a message over the 1 MB limit whose Content-Length gives it away (refused unread)', async () => {
      await faultThenRecover(
        '3.1 MB message',
        { size: 3 * MESSAGE_LIMITS.chars + 100_000 },
        /larger than 1000000 characters/,
      );
    });

    it('a message over the 1 MB limit sent chunked, with no Content-Length', async () => {
      await faultThenRecover(
        '1.1 MB chunked message',
        { size: MESSAGE_LIMITS.chars + 100_000, chunked: true },
        /larger than 1000000 characters/,
      );
    });

    it('an HTTP 503 error page', async () => {
      await faultThenRecover(
        'HTTP 503',
        { status: 503, type: 'text/html', body: '<h1>Service Unavailable</h1>' },
        /HTTP 503/,
      );
    });

    it('a JSON body that is not a message', async () => {
      await faultThenRecover(
        'JSON that is not a message',
        { status: 200, body: '[{"symbol":"^HSI","price":1}]' },
        /not a JSON object/,
      );
    });
  });

  describe('Server-Sent Events', () => {
    async function sseStrip(label: string) {
      const { http } = await feedTestServer();
      const ch = newChannel(label);
      const s = await strip(`${http}/sse/${ch}`, { feed: 'sse' });
      await statusAfter(s.log, 0, (d) => d.status === 'live', 'the stream to open');
      await control(`/__publish/${ch}`, GOOD);
      await showsEventually(s.el, GOOD_TEXT, 'the first good message');
      return { ...s, ch };
    }

    async function cutThenRecover(label: string, text: string) {
      const { el, log, ch } = await sseStrip(label);
      const from = log.length;
      await control(`/__cut/${ch}`, { text });
      const reported = await statusAfter(log, from, (d) => d.status === 'error', `an error for ${label}`);
      expect(reported.error).to.match(/event stream failed or closed/);
      await keepsGoodFigures(el);
      // The stream comes back after the back-off (about 1 s) and resumes after the last id.
      await statusAfter(log, from, (d) => d.status === 'live', 'the stream to reopen');
      const connects = (await stats(ch)).sseConnects;
      expect(connects.at(-1)!.lastEventId, 'resumes after the last complete event').to.equal('1');
      await keepsGoodFigures(el);
      await control(`/__publish/${ch}`, BETTER);
      await showsEventually(el, RECOVERED_TEXT, `the figures after ${label}`);
      faults.push(`SSE: ${label}`);
    }

    it('the stream is cut in the middle of a data: line', async () => {
      await cutThenRecover(
        'cut in the middle of a data: line',
        '{"quotes":[{"symbol":"^HSI","price":99999,"change":-1',
      );
    });

    it('the stream is cut after a complete data: line but before the blank line that ends the event', async () => {
      await cutThenRecover(
        'cut before the end of the event',
        `${JSON.stringify({ quotes: [{ symbol: '^HSI', price: 88888, change: 1 }] })}\n`,
      );
    });

    async function badMessageThenRecover(label: string, raw: string, error: RegExp) {
      const { el, log, ch } = await sseStrip(label);
      const from = log.length;
      await control(`/__publish/${ch}`, { raw });
      const reported = await statusAfter(log, from, (d) => d.status === 'error', `an error for ${label}`);
      expect(reported.error).to.match(error);
      await keepsGoodFigures(el);
      await control(`/__publish/${ch}`, BETTER);
      await showsEventually(el, RECOVERED_TEXT, `the figures after ${label}`);
      await statusAfter(log, from, (d) => d.status === 'live', 'live again');
      faults.push(`SSE: ${label}`);
    }

    it('an HTML page as a message', async () => {
      await badMessageThenRecover(
        'HTML message',
        `<html><img src=x onerror="window.__pwned='sse'"></html>`,
        /malformed JSON/,
      );
    });

    it('a message over the 1 MB limit', async () => {
      const huge = JSON.stringify({ quotes: [{ symbol: '^HSI', price: 1, name: 'x'.repeat(MESSAGE_LIMITS.chars) }] });
      await badMessageThenRecover('1 MB message', huge, /larger than 1000000 characters/);
    });
  });

  describe('WebSocket', () => {
    async function socketStrip(label: string) {
      const { ws } = await feedTestServer();
      const ch = newChannel(label);
      const s = await strip(`${ws}/ws/${ch}`);
      await statusAfter(s.log, 0, (d) => d.status === 'live', 'the socket to open');
      await control(`/__publish/${ch}`, GOOD);
      await showsEventually(s.el, GOOD_TEXT, 'the first good message');
      return { ...s, ch };
    }

    async function closeThenRecover(
      label: string,
      action: () => Promise<unknown>,
      error: RegExp,
      ch: string,
      el: MarketTicker,
      log: FeedStatusDetail[],
    ) {
      const from = log.length;
      const opened = (await stats(ch)).wsConnects.length;
      await action();
      const reported = await statusAfter(log, from, (d) => d.status === 'error', `an error for ${label}`);
      expect(reported.error, JSON.stringify(reported)).to.match(error);
      await keepsGoodFigures(el);
      await statusAfter(log, from, (d) => d.status === 'live', 'the socket to reopen');
      await waitFor(async () => (await stats(ch)).wsConnects.length > opened, 'a new connection');
      await waitFor(async () => (await stats(ch)).resumes.length > 0, 'a resume request');
      expect((await stats(ch)).resumes.at(-1), 'resumes after the last complete message').to.equal(1);
      await keepsGoodFigures(el);
      await control(`/__publish/${ch}`, BETTER);
      await showsEventually(el, RECOVERED_TEXT, `the figures after ${label}`);
      faults.push(`WebSocket: ${label}`);
    }

    it('the connection drops without a close frame (abnormal closure, 1006)', async () => {
      const { el, log, ch } = await socketStrip('abnormal close');
      await closeThenRecover(
        'abnormal closure',
        () => control(`/__drop/${ch}`, {}),
        /^WebSocket closed \(code 1006\)$/,
        ch,
        el,
        log,
      );
    });

    it('the connection is cut in the middle of a message frame', async () => {
      const { el, log, ch } = await socketStrip('cut frame');
      const text = JSON.stringify({ quotes: [{ symbol: '^HSI', price: 77777, change: 1 }] });
      await closeThenRecover(
        'cut in the middle of a frame',
        () => control(`/__cut/${ch}`, { text }),
        /^WebSocket closed \(code 1006\)$/,
        ch,
        el,
        log,
      );
    });

    it('the server closes with 1011 (internal error)', async () => {
      const { el, log, ch } = await socketStrip('close 1011');
      await closeThenRecover(
        'closed with 1011',
        () => control(`/__drop/${ch}`, { code: 1011, reason: 'overload' }),
        /^WebSocket closed \(code 1011: overload\)$/,
        ch,
        el,
        log,
      );
    });

    it('a message over the 1 MB limit', async () => {
      const { el, log, ch } = await socketStrip('huge ws');
      const from = log.length;
      await control(`/__publish/${ch}`, {
        raw: JSON.stringify({ quotes: [{ symbol: '^HSI', price: 1, name: 'x'.repeat(MESSAGE_LIMITS.chars) }] }),
      });
      const reported = await statusAfter(log, from, (d) => d.status === 'error', 'an error for the huge message');
      expect(reported.error).to.match(/larger than 1000000 characters/);
      await keepsGoodFigures(el);
      await control(`/__publish/${ch}`, BETTER);
      await showsEventually(el, RECOVERED_TEXT, 'the figures after the huge message');
      faults.push('WebSocket: 1 MB message');
    });
  });
});

describe('hardening: clock jumps (sleep and wake)', () => {
  const HOUR = 3_600_000;
  let original: ClockScheduler;
  let clock: FakeScheduler;

  beforeEach(() => {
    original = ClockController.defaultScheduler;
    // Friday 19 April 2024, 08:30 in Hong Kong: closed, opening at 09:30.
    clock = new FakeScheduler(Date.parse('2024-04-19T00:30:00Z'));
    ClockController.defaultScheduler = clock;
  });

  afterEach(() => {
    ClockController.defaultScheduler = original;
    // Back to the real getter on Document.prototype.
    delete (document as unknown as Record<string, unknown>).visibilityState;
  });

  const text = (el: MarketStatus) => partText(el, 'text');

  it('<market-status>: three hours later, the late timer shows the right banner and keeps one aligned timer', async () => {
    const el = await fixture<MarketStatus>(html`<market-status market="XHKG"></market-status>`);
    await settled(el);
    expect(text(el)).to.equal('Hong Kong market opens in 1 hour');
    expect(el.state).to.equal('closed');
    clock.sleep(3 * HOUR);
    clock.wake();
    await settled(el);
    // 11:30 in Hong Kong: the morning session, lunch break at 12:00.
    expect(text(el)).to.equal('Hong Kong market breaks for lunch in 30 minutes');
    expect(el.state).to.equal('open');
    expect(clock.timers.size, 'one timer, not a backlog').to.equal(1);
    const [next] = [...clock.timers.values()];
    expect(next!.at % 60_000, 'aligned on the minute').to.equal(0);
    expect(next!.at - clock.time).to.be.within(1, 60_000);
    faults.push('clock: sleep 3 h, late timer on wake');
  });

  it('<market-status>: a page hidden while the computer sleeps re-renders at once when shown', async () => {
    const el = await fixture<MarketStatus>(html`<market-status market="XHKG"></market-status>`);
    await settled(el);
    let visibility: DocumentVisibilityState = 'hidden';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(clock.timers.size, 'no timer while hidden').to.equal(0);
    clock.sleep(3 * HOUR);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(el);
    expect(text(el)).to.equal('Hong Kong market breaks for lunch in 30 minutes');
    expect(clock.timers.size).to.equal(1);
    faults.push('clock: sleep 3 h while hidden, shown again');
  });

  it('<market-ticker market>: the banner inside the strip catches up; the figures stay', async () => {
    const el = await fixture<MarketTicker>(
      html`<market-ticker mode="static" market="XHKG" .quotes=${GOOD.quotes}></market-ticker>`,
    );
    await settled(el);
    const banner = el.shadowRoot!.querySelector('market-status')!;
    await settled(banner);
    expect(text(banner)).to.equal('Hong Kong market opens in 1 hour');
    clock.sleep(3 * HOUR);
    clock.wake();
    await settled(el);
    expect(text(banner)).to.equal('Hong Kong market breaks for lunch in 30 minutes');
    expect(shown(el)).to.deep.equal(GOOD_TEXT);
    faults.push('clock: sleep 3 h, strip banner');
  });
});
