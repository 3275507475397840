// The data-feed layer against real local servers (tests/servers/feed-test-server.js, started by
// the wtr plugin in tests/servers/feed-server-plugin.js). Intervals are fractions of a second.
import { expect } from '@open-wc/testing';
import {
  MESSAGE_LIMITS,
  backoffDelay,
  createFeed,
  mergeQuotes,
  parseFeedMessage,
  resolveFeedTarget,
  type Feed,
  type FeedOptions,
  type FeedStatus,
} from '../packages/market-ticker/src/feeds.js';
import {
  REFERENCE_QUOTES,
  createSimulatedFeed,
  seededRandom,
  simulateTick,
} from '../packages/market-ticker/src/simulated-feed.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import { control as controlServer, feedTestServer, newChannel, sleep, waitFor, type FeedServer } from './support.js';

interface Stats {
  polls: Array<{ at: number; ifNoneMatch: string | null; ifModifiedSince: string | null; status: number }>;
  aborted: number;
  pendingFaults: number;
  sseOpen: number;
  sseConnects: Array<{ at: number; lastEventId: string | null; refused: boolean }>;
  sseClosed: number;
  wsOpen: number;
  wsConnects: Array<{ at: number }>;
  wsClosed: number;
  resumes: number[];
}

let server: FeedServer;
const feeds: Feed[] = [];

/** The suites that talk to the test server ask for it; the rest run anywhere (in Node too). */
const useServer = () =>
  before(async () => {
    server = await feedTestServer();
  });

afterEach(() => {
  for (const feed of feeds.splice(0)) feed.stop();
});

const control = <T = Stats>(path: string, body?: unknown) => controlServer<T>(path, body);
const configure = (ch: string, config: Record<string, unknown>) => control(`/__config/${ch}`, config);
const stats = (ch: string) => control(`/__stats/${ch}`);
const publish = (ch: string, message: unknown) => control<{ seq: number }>(`/__publish/${ch}`, message);
const dropConnections = (ch: string) => control(`/__drop/${ch}`, {});

function recorder() {
  const batches: Quote[][] = [];
  const statuses: Array<{ status: FeedStatus; error?: string }> = [];
  let current: Quote[] = [];
  return {
    batches,
    statuses,
    get current() {
      return current;
    },
    get errors() {
      return statuses.filter((s) => s.status === 'error').map((s) => s.error ?? '');
    },
    get last() {
      return statuses.at(-1)?.status;
    },
    events: {
      onQuotes(quotes: Quote[]) {
        batches.push(quotes);
        current = mergeQuotes(current, quotes);
      },
      onStatus(status: FeedStatus, error?: string) {
        statuses.push(error === undefined ? { status } : { status, error });
      },
    },
  };
}

function open(options: FeedOptions, rec: ReturnType<typeof recorder>): Feed {
  const feed = createFeed(options, rec.events);
  feeds.push(feed);
  feed.start();
  return feed;
}

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);

/**
 * The waits the feed schedules between attempts (its `schedule` and stream reconnections), as
 * asked of setTimeout: exact, where gaps between requests seen by the server also hold request
 * time and the machine's load.
 */
function scheduledWaits() {
  const original = window.setTimeout;
  const waits: number[] = [];
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
    // Who in the feed modules called `later()` says what the timer is for. Only that frame: Firefox and WebKit list
    // the async callers too, so the whole stack would also name the request timeout's caller.
    // (WebKit drops `later` itself: its return is a tail call.)
    const caller =
      (new Error().stack ?? '')
        .split('\n')
        .find((line) => /\/src\/feeds(\.ts|\/)/.test(line) && !/\blater\b/.test(line)) ?? '';
    if (/\b(schedule|dropped|connect)\b/.test(caller)) waits.push(ms ?? 0);
    return original(handler, ms, ...rest);
  }) as typeof window.setTimeout;
  return { waits, restore: () => void (window.setTimeout = original) };
}
const HSI: Quote = { symbol: '^HSI', price: 17284.54, change: 83.27, precision: 2 };
const HKD: Quote = { symbol: 'HKD=X', price: 7.8281, change: -0.0028, precision: 4 };
const DATE = 'Wed, 01 May 2024 08:00:00 GMT';

describe('backoffDelay', () => {
  const exact = { random: () => 0.5 };

  it('doubles from the base up to the cap', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n, exact));
    expect(delays).to.deep.equal([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    expect(backoffDelay(3, { base: 50, cap: 120, random: () => 0.5 })).to.equal(120);
  });

  it('spreads by the jitter fraction but never passes the cap', () => {
    expect(backoffDelay(1, { jitter: 0.2, random: () => 0 })).to.equal(800);
    expect(backoffDelay(1, { jitter: 0.2, random: () => 1 })).to.equal(1200);
    expect(backoffDelay(20, { jitter: 0.2, random: () => 1 })).to.equal(60000);
    expect(backoffDelay(20, { jitter: 0.2, random: () => 0 })).to.equal(48000);
  });

  it('treats odd attempt numbers as the first retry and stays finite', () => {
    for (const n of [0, -3, Number.NaN, 0.4]) expect(backoffDelay(n, exact)).to.equal(1000);
    expect(backoffDelay(5000, { ...exact, base: 0 })).to.equal(0);
    expect(backoffDelay(Number.POSITIVE_INFINITY, exact)).to.equal(1000);
  });
});

describe('mergeQuotes', () => {
  it('keeps positions, appends new symbols and carries name, precision and currency', () => {
    const current: Quote[] = [
      { symbol: 'A', price: 1, change: 0.1, name: 'Alpha', precision: 3, currency: 'HKD' },
      { symbol: 'B', price: 2 },
    ];
    const frozen = JSON.stringify(current);
    const merged = mergeQuotes(current, [
      { symbol: 'C', price: 3 },
      { symbol: 'A', price: 1.5 },
    ]);
    expect(merged.map((q) => q.symbol)).to.deep.equal(['A', 'B', 'C']);
    expect(merged[0]).to.deep.equal({ symbol: 'A', price: 1.5, name: 'Alpha', precision: 3, currency: 'HKD' });
    expect(merged[1]).to.equal(current[1]);
    expect(JSON.stringify(current)).to.equal(frozen);
  });

  it('lets an update replace the description it carries; a later duplicate wins', () => {
    const merged = mergeQuotes(
      [{ symbol: 'A', price: 1, name: 'Old' }],
      [
        { symbol: 'A', price: 2, name: 'New' },
        { symbol: 'A', price: 3 },
      ],
    );
    expect(merged).to.deep.equal([{ symbol: 'A', price: 3, name: 'New' }]);
  });
});

describe('parseFeedMessage', () => {
  it('refuses whole messages that are malformed, not objects, without quotes or too large', () => {
    const reasonOf = (text: string) => {
      const parsed = parseFeedMessage(text);
      return parsed.ok ? '' : parsed.reason;
    };
    expect(reasonOf('{"quotes": [')).to.match(/^malformed JSON/);
    expect(reasonOf('[]')).to.equal('message is not a JSON object');
    expect(reasonOf('null')).to.equal('message is not a JSON object');
    expect(reasonOf('{"quotes": {}}')).to.equal('message has no "quotes" array');
    expect(reasonOf(`{"quotes": [], "pad": "${'x'.repeat(MESSAGE_LIMITS.chars)}"}`)).to.match(/larger than/);
    const many = JSON.stringify({ quotes: Array.from({ length: 5001 }, (_, i) => ({ symbol: `S${i}`, price: 1 })) });
    expect(reasonOf(many)).to.match(/more than 5000 quotes/);
  });

  it('keeps valid quotes and names each invalid one', () => {
    const parsed = parseFeedMessage(
      JSON.stringify({ quotes: [HSI, { symbol: 'BAD', price: 'abc' }, { price: 1 }, HKD], asOf: 'yesterday' }),
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.quotes.map((q) => q.symbol)).to.deep.equal(['^HSI', 'HKD=X']);
    expect(parsed.problems).to.deep.equal([
      'quote "BAD": price is not a finite number',
      'quotes[2]: symbol is missing',
      'asOf is not an ISO time',
    ]);
  });
});

describe('createFeed URL rules', () => {
  it('refuses anything but http(s) and ws(s), and never connects', () => {
    for (const src of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:application/json,{}',
      'ftp://x/q',
      'file:///q',
      '',
      'http://[',
    ]) {
      let fetched = 0;
      const rec = recorder();
      const feed = createFeed({ src, fetch: async () => ((fetched += 1), new Response('{}')) }, rec.events);
      feed.start();
      feed.stop();
      expect(fetched, src).to.equal(0);
      expect(rec.statuses, src).to.have.length(1);
      expect(rec.statuses[0]!.status, src).to.equal('error');
      expect(rec.statuses[0]!.error, src).to.match(/URL/);
    }
  });

  it('picks the transport and resolves relative URLs against the page', () => {
    const kind = (src: string, feed?: FeedOptions['feed']) => {
      const target = resolveFeedTarget(src, feed);
      return target.ok ? `${target.kind} ${target.url.href}` : 'refused';
    };
    expect(kind('/q.json')).to.equal(`poll ${location.origin}/q.json`);
    expect(kind('https://x.test/s', 'sse')).to.equal('sse https://x.test/s');
    expect(kind('wss://x.test/w')).to.equal('ws wss://x.test/w');
    expect(kind('wss://x.test/w', 'sse')).to.equal('ws wss://x.test/w');
    expect(kind('https://x.test/w', 'ws')).to.equal('ws wss://x.test/w');
    expect(kind('http://x.test/w', 'ws')).to.equal('ws ws://x.test/w');
  });

  it('polls a relative URL through the given fetch', async () => {
    const urls: string[] = [];
    const rec = recorder();
    open(
      {
        src: 'data/quotes.json',
        interval: 5,
        fetch: async (input) => {
          urls.push(String(input));
          return new Response(JSON.stringify({ quotes: [HSI] }));
        },
      },
      rec,
    );
    await waitFor(() => rec.batches.length === 1, 'the first message');
    expect(urls).to.deep.equal([new URL('data/quotes.json', location.href).href]);
    expect(rec.statuses.map((s) => s.status)).to.deep.equal(['connecting', 'live']);
  });
});

describe('polling', () => {
  useServer();
  it('sends ETag and Last-Modified back and takes a 304 as a live contact', async () => {
    const ch = newChannel('etag');
    await configure(ch, { body: { quotes: [HSI, HKD] }, etag: '"v1"', lastModified: DATE });
    const rec = recorder();
    // 200 ms: the default stale window (3 x interval) must outlast a loaded machine's slowest answer.
    open({ src: `${server.http}/poll/${ch}`, interval: 0.2 }, rec);
    await waitFor(async () => (await stats(ch)).polls.length >= 5, 'five polls');
    const { polls } = await stats(ch);
    expect(polls[0]).to.include({ ifNoneMatch: null, ifModifiedSince: null, status: 200 });
    for (const poll of polls.slice(1, 5)) {
      expect(poll).to.include({ ifNoneMatch: '"v1"', ifModifiedSince: DATE, status: 304 });
    }
    expect(rec.batches).to.have.length(1);
    expect(rec.current.map((q) => q.symbol)).to.deep.equal(['^HSI', 'HKD=X']);

    await configure(ch, { body: { quotes: [{ ...HKD, price: 7.83 }] }, etag: '"v2"' });
    await waitFor(() => rec.batches.length === 2, 'the changed snapshot');
    expect(rec.current[1]).to.include({ symbol: 'HKD=X', price: 7.83 });
    // 304s every ~50 ms kept it live: never stale (default staleAfter 3 x interval), no error.
    expect(rec.statuses.map((s) => s.status)).to.deep.equal(['connecting', 'live']);
  });

  it('does not poll again before Cache-Control max-age has passed', async () => {
    const ch = newChannel('maxage');
    await configure(ch, { body: { quotes: [HSI] }, etag: '"m"', maxAge: 1 });
    const rec = recorder();
    // An interval well under max-age, but not so short that a loaded machine's first answer comes
    // after the first stale window (3 x interval) closes.
    open({ src: `${server.http}/poll/${ch}`, interval: 0.2 }, rec);
    await sleep(700);
    expect((await stats(ch)).polls).to.have.length(1);
    await waitFor(async () => (await stats(ch)).polls.length >= 2, 'the poll after max-age', 2500);
    const { polls } = await stats(ch);
    expect(polls[1]!.at - polls[0]!.at).to.be.at.least(990);
    expect(rec.statuses.map((s) => s.status)).to.deep.equal(['connecting', 'live']);
  });

  it('backs off exponentially after 500s, then recovers', async () => {
    const ch = newChannel('500');
    const faults = Array.from({ length: 4 }, () => ({ status: 500 }));
    await configure(ch, { body: { quotes: [HSI] }, faults });
    const rec = recorder();
    const scheduled = scheduledWaits();
    try {
      open(
        // Stale-after far off: this is about the retries, and a loaded machine can outlast 3 x 50 ms.
        {
          src: `${server.http}/poll/${ch}`,
          interval: 0.05,
          staleAfter: 60,
          backoff: { base: 0.04, cap: 2 },
          random: () => 0.5,
        },
        rec,
      );
      await waitFor(() => rec.batches.length === 1, 'recovery', 4000);
    } finally {
      scheduled.restore();
    }
    // 40, 80, 160, 320 ms (no jitter with random 0.5), then the interval, 50 ms.
    expect(scheduled.waits.filter((ms) => ms > 0).slice(0, 5)).to.deep.equal([40, 80, 160, 320, 50]);
    // The server saw them at least that far apart (more under load: request time).
    const waits = gaps((await stats(ch)).polls.slice(0, 5).map((p) => p.at));
    [40, 80, 160, 320].forEach((expected, i) => expect(waits[i]).to.be.at.least(expected - 5));
    expect(rec.errors).to.have.length(4);
    for (const error of rec.errors) expect(error).to.match(/^HTTP 500/);
    const sequence = rec.statuses.map((s) => s.status);
    expect(sequence.slice(0, 3)).to.deep.equal(['connecting', 'error', 'connecting']);
    expect(rec.last).to.equal('live');
  });

  it('times out a silent server, aborting the request, and recovers', async () => {
    const ch = newChannel('timeout');
    await configure(ch, { body: { quotes: [HSI] }, faults: [{ hang: true }, { hang: true }] });
    const rec = recorder();
    open(
      {
        src: `${server.http}/poll/${ch}`,
        interval: 0.05,
        timeout: 0.1,
        staleAfter: 60,
        backoff: { base: 0.05 },
        random: () => 0.5,
      },
      rec,
    );
    await waitFor(() => rec.batches.length === 1, 'recovery');
    const s = await stats(ch);
    expect(s.aborted, 'requests the server saw aborted').to.equal(2);
    // The retry starts 150 ms (timeout 100 + back-off 50) after the first request did; the server
    // saw the first one later than it left, by up to the request's latency on a loaded machine.
    expect(s.polls[1]!.at - s.polls[0]!.at).to.be.at.least(100);
    expect(rec.errors).to.deep.equal(['request timed out after 0.1 s', 'request timed out after 0.1 s']);
    expect(rec.last).to.equal('live');
  });

  it('drops malformed messages and keeps what it had', async () => {
    const ch = newChannel('malformed');
    await configure(ch, { body: { quotes: [HSI] }, etag: '"ok"' });
    const rec = recorder();
    open({ src: `${server.http}/poll/${ch}`, interval: 0.05, backoff: { base: 0.02 } }, rec);
    await waitFor(() => rec.batches.length === 1, 'the first message');
    await configure(ch, {
      faults: [{ body: '{"quotes": [ oops' }, { body: '[1, 2]' }, { body: '{"quote": []}' }, { status: 404 }],
    });
    await waitFor(() => rec.errors.length === 4, 'four errors');
    expect(rec.errors[0]).to.match(/^malformed JSON/);
    expect(rec.errors.slice(1)).to.deep.equal([
      'message is not a JSON object',
      'message has no "quotes" array',
      'HTTP 404 Not Found',
    ]);
    await waitFor(() => rec.last === 'live', 'live again');
    // No validators were taken from the refused bodies: the ETag is still the good one.
    const { polls } = await stats(ch);
    expect(polls.at(-1)).to.include({ ifNoneMatch: '"ok"', status: 304 });
    expect(rec.batches).to.have.length(1);
    expect(rec.current).to.deep.equal([HSI]);
  });

  it('drops invalid quotes, naming them, and applies the rest', async () => {
    const ch = newChannel('invalid');
    const body = { quotes: [HSI, { symbol: 'BAD', price: 'abc' }, { symbol: 'NEG', price: 1, precision: -1 }, HKD] };
    await configure(ch, { body, etag: '"i"' });
    const rec = recorder();
    open({ src: `${server.http}/poll/${ch}`, interval: 0.05 }, rec);
    await waitFor(() => rec.errors.length === 1, 'the error');
    expect(rec.batches).to.deep.equal([[HSI, HKD]]);
    expect(rec.errors[0]).to.include('quote "BAD": price is not a finite number');
    expect(rec.errors[0]).to.include('quote "NEG": precision is not an integer');
    // The next contact (a 304) is clean, so the status returns to live.
    await waitFor(() => rec.last === 'live', 'live after the error');
  });

  it('reports stale when nothing good arrives, and live on the next good contact', async () => {
    const ch = newChannel('stale');
    const faults = Array.from({ length: 6 }, () => ({ status: 503 }));
    await configure(ch, { body: { quotes: [HSI] }, faults });
    const rec = recorder();
    open({ src: `${server.http}/poll/${ch}`, interval: 0.05, staleAfter: 0.2, backoff: { base: 0.05, cap: 0.1 } }, rec);
    await waitFor(() => rec.batches.length === 1, 'recovery');
    const sequence = rec.statuses.map((s) => s.status);
    const stale = sequence.indexOf('stale');
    expect(stale, sequence.join()).to.be.above(0);
    expect(sequence.indexOf('stale', stale + 1), 'stale is reported once').to.equal(-1);
    expect(sequence.indexOf('live'), sequence.join()).to.be.above(stale);
    expect(rec.last).to.equal('live');
  });

  it('slows down while hidden and polls at once when visible again', async () => {
    const ch = newChannel('hidden');
    await configure(ch, { body: { quotes: [HSI] }, etag: '"h"' });
    const rec = recorder();
    // 200 ms: the default stale window (3 x interval) must outlast a loaded machine's slowest answer.
    const feed = open({ src: `${server.http}/poll/${ch}`, interval: 0.2 }, rec);
    await waitFor(async () => (await stats(ch)).polls.length >= 2, 'two polls');
    feed.setVisible?.(false);
    await sleep(60); // a request in flight may still land
    const hiddenCount = (await stats(ch)).polls.length;
    await sleep(400);
    expect((await stats(ch)).polls.length).to.equal(hiddenCount);
    expect(rec.statuses.map((s) => s.status)).to.not.include('stale');
    const shownAt = Date.now();
    feed.setVisible?.(true);
    await waitFor(async () => (await stats(ch)).polls.length > hiddenCount, 'the catch-up poll', 1000);
    // At once: far sooner than the hidden cadence (at least a minute), even on a loaded machine.
    expect((await stats(ch)).polls[hiddenCount]!.at - shownAt).to.be.below(1000);
  });

  it('stop() aborts the request in flight and leaves no timer; start() resumes', async () => {
    const ch = newChannel('stop');
    await configure(ch, { body: { quotes: [HSI] }, etag: '"s"', faults: [{ hang: true }] });
    const rec = recorder();
    const feed = open({ src: `${server.http}/poll/${ch}`, interval: 0.05, timeout: 5, staleAfter: 0.1 }, rec);
    await waitFor(async () => (await stats(ch)).polls.length === 1, 'the first request');
    feed.stop();
    await waitFor(async () => (await stats(ch)).aborted === 1, 'the server to see the abort');
    const seen = rec.statuses.length;
    await sleep(300);
    expect((await stats(ch)).polls).to.have.length(1);
    expect(rec.statuses).to.have.length(seen); // not even the stale timer fired

    feed.start();
    await waitFor(() => rec.batches.length === 1, 'data after restart');
    expect(rec.statuses.slice(seen).map((s) => s.status)).to.deep.equal(['connecting', 'live']);
    feed.stop();
    const count = (await stats(ch)).polls.length;
    await sleep(250);
    expect((await stats(ch)).polls).to.have.length(count);
  });
});

describe('Server-Sent Events', () => {
  useServer();
  const sse = (ch: string, extra: Partial<FeedOptions> = {}): FeedOptions => ({
    src: `${server.http}/sse/${ch}`,
    feed: 'sse',
    backoff: { base: 0.1, cap: 1 },
    random: () => 0.5,
    ...extra,
  });

  it('applies messages, reconnects after a drop with back-off and replays what was missed', async () => {
    const ch = newChannel('sse');
    const rec = recorder();
    open(sse(ch), rec);
    await waitFor(async () => (await stats(ch)).sseOpen === 1, 'the stream');
    await publish(ch, { quotes: [HSI], asOf: '2024-05-01T08:00:00Z' });
    await waitFor(() => rec.batches.length === 1, 'the first message');
    expect(rec.last).to.equal('live');

    const droppedAt = Date.now();
    await dropConnections(ch);
    await publish(ch, { quotes: [{ ...HSI, price: 17300 }] });
    await publish(ch, { quotes: [HKD] });
    await waitFor(() => rec.batches.length === 3, 'the replayed messages');
    expect(rec.current).to.deep.equal([{ ...HSI, price: 17300 }, HKD]);
    const s = await stats(ch);
    expect(s.sseConnects).to.have.length(2);
    expect(s.sseConnects[1]!.lastEventId).to.equal('1');
    expect(s.sseConnects[1]!.at - droppedAt).to.be.at.least(90);
    expect(rec.statuses.map((x) => x.status).slice(-3)).to.deep.equal(['error', 'connecting', 'live']);
  });

  it('backs off while the server refuses the stream', async () => {
    const ch = newChannel('sse-refused');
    await configure(ch, { sseFail: 3 });
    const rec = recorder();
    const scheduled = scheduledWaits();
    try {
      open(sse(ch, { backoff: { base: 0.05, cap: 1 } }), rec);
      await waitFor(async () => (await stats(ch)).sseOpen === 1, 'the stream after three refusals');
    } finally {
      scheduled.restore();
    }
    const s = await stats(ch);
    expect(s.sseConnects.map((c) => c.refused)).to.deep.equal([true, true, true, false]);
    // 50, 100, 200 ms with up to 20 % jitter either way.
    const asked = scheduled.waits.filter((ms) => ms > 0).slice(0, 3);
    expect(asked).to.have.length(3);
    [50, 100, 200].forEach((expected, i) => expect(asked[i]).to.be.within(expected * 0.8, expected * 1.2));
    const waits = gaps(s.sseConnects.map((c) => c.at));
    asked.forEach((ms, i) => expect(waits[i]).to.be.at.least(ms - 5));
    expect(rec.errors).to.have.length(3);
    await waitFor(() => rec.last === 'live', 'live');
  });

  it('drops a malformed event and applies the next', async () => {
    const ch = newChannel('sse-bad');
    const rec = recorder();
    open(sse(ch), rec);
    await waitFor(async () => (await stats(ch)).sseOpen === 1, 'the stream');
    await publish(ch, { raw: '{"quotes": 5}' });
    await waitFor(() => rec.errors.length === 1, 'the error');
    expect(rec.errors[0]).to.equal('message has no "quotes" array');
    await publish(ch, { quotes: [HKD, { symbol: 'X', price: null }] });
    await waitFor(() => rec.batches.length === 1, 'the good message');
    expect(rec.current).to.deep.equal([HKD]);
    expect(rec.errors[1]).to.include('quote "X": price is not a finite number');
    expect((await stats(ch)).sseConnects, 'a bad message is no reason to reconnect').to.have.length(1);
  });

  it('stop() closes the stream; start() resumes and replays what was missed', async () => {
    const ch = newChannel('sse-stop');
    const rec = recorder();
    const feed = open(sse(ch, { staleAfter: 0.1 }), rec);
    await waitFor(async () => (await stats(ch)).sseOpen === 1, 'the stream');
    await publish(ch, { quotes: [HSI] });
    await waitFor(() => rec.batches.length === 1, 'the first message');
    feed.stop();
    await waitFor(async () => (await stats(ch)).sseClosed === 1, 'the server to see the close');
    const seen = rec.statuses.length;
    await publish(ch, { quotes: [HKD] });
    await sleep(300);
    expect(rec.batches).to.have.length(1);
    expect(rec.statuses).to.have.length(seen);
    expect((await stats(ch)).sseConnects).to.have.length(1);

    feed.start();
    await waitFor(() => rec.batches.length === 2, 'the replay after restart');
    expect(rec.current).to.deep.equal([HSI, HKD]);
    expect((await stats(ch)).sseConnects[1]!.lastEventId).to.equal('1');
  });
});

describe('WebSocket', () => {
  useServer();
  const ws = (ch: string, extra: Partial<FeedOptions> = {}): FeedOptions => ({
    src: `${server.ws}/ws/${ch}`,
    backoff: { base: 0.1, cap: 1 },
    random: () => 0.5,
    ...extra,
  });

  it('applies messages, reconnects after a drop with back-off and resumes after lastSeq', async () => {
    const ch = newChannel('ws');
    const rec = recorder();
    open(ws(ch), rec);
    await waitFor(async () => (await stats(ch)).wsOpen === 1, 'the socket');
    await publish(ch, { quotes: [HSI] });
    await waitFor(() => rec.batches.length === 1, 'the first message');
    expect(rec.last).to.equal('live');

    const droppedAt = Date.now();
    await dropConnections(ch);
    await publish(ch, { quotes: [{ ...HSI, price: 17300 }] });
    await publish(ch, { quotes: [HKD] });
    await waitFor(() => rec.batches.length === 3, 'the replayed messages');
    expect(rec.current).to.deep.equal([{ ...HSI, price: 17300 }, HKD]);
    const s = await stats(ch);
    expect(s.wsConnects).to.have.length(2);
    expect(s.resumes).to.deep.equal([1]);
    expect(s.wsConnects[1]!.at - droppedAt).to.be.at.least(90);
    expect(rec.errors[0]).to.match(/^WebSocket (closed|error)/);
    expect(rec.statuses.map((x) => x.status).slice(-3)).to.deep.equal(['error', 'connecting', 'live']);
  });

  it('backs off while the server refuses the upgrade', async () => {
    const rec = recorder();
    // The test server destroys upgrades outside /ws/:channel.
    open({ src: `${server.ws}/no-socket-here`, backoff: { base: 0.05, cap: 1 }, random: () => 0.5 }, rec);
    await waitFor(() => rec.errors.length >= 3, 'three failures');
    const sequence = rec.statuses.map((s) => s.status);
    expect(sequence.slice(0, 5)).to.deep.equal(['connecting', 'error', 'connecting', 'error', 'connecting']);
  });

  it('drops a malformed message without reconnecting', async () => {
    const ch = newChannel('ws-bad');
    const rec = recorder();
    open(ws(ch), rec);
    await waitFor(async () => (await stats(ch)).wsOpen === 1, 'the socket');
    await publish(ch, { raw: 'not json' });
    await waitFor(() => rec.errors.length === 1, 'the error');
    expect(rec.errors[0]).to.match(/^malformed JSON/);
    await publish(ch, { quotes: [HKD] });
    await waitFor(() => rec.batches.length === 1, 'the good message');
    expect(rec.last).to.equal('live');
    expect((await stats(ch)).wsConnects).to.have.length(1);
  });

  it('stop() closes the socket; start() resumes (http URL with feed="ws")', async () => {
    const ch = newChannel('ws-stop');
    const rec = recorder();
    const feed = open(ws(ch, { src: `${server.http}/ws/${ch}`, feed: 'ws', staleAfter: 0.1 }), rec);
    await waitFor(async () => (await stats(ch)).wsOpen === 1, 'the socket');
    await publish(ch, { quotes: [HSI] });
    await waitFor(() => rec.batches.length === 1, 'the first message');
    feed.stop();
    await waitFor(async () => (await stats(ch)).wsClosed === 1, 'the server to see the close');
    const seen = rec.statuses.length;
    await publish(ch, { quotes: [HKD] });
    await sleep(300);
    expect(rec.batches).to.have.length(1);
    expect(rec.statuses).to.have.length(seen);
    expect((await stats(ch)).wsConnects).to.have.length(1);

    feed.start();
    await waitFor(() => rec.batches.length === 2, 'the replay after restart');
    expect(rec.current).to.deep.equal([HSI, HKD]);
    expect((await stats(ch)).resumes).to.deep.equal([1]);
  });
});

describe('simulated feed', () => {
  const walk = (seed: number, ticks: number) => {
    const random = seededRandom(seed);
    let quotes = REFERENCE_QUOTES;
    for (let i = 0; i < ticks; i++) quotes = simulateTick(quotes, random).quotes;
    return quotes;
  };

  it('is deterministic for a seed', () => {
    expect(walk(7, 50)).to.deep.equal(walk(7, 50));
    expect(walk(7, 50)).to.not.deep.equal(walk(8, 50));
    expect(REFERENCE_QUOTES).to.have.length(16);
    expect(REFERENCE_QUOTES.every((q) => q.name === undefined)).to.equal(true);
  });

  it('keeps prices positive, at their precision and around the fixed previous close', () => {
    const random = seededRandom(1);
    let quotes = REFERENCE_QUOTES;
    for (let i = 0; i < 3000; i++) {
      const tick = simulateTick(quotes, random, 16);
      expect(tick.changed).to.have.length(16);
      quotes = tick.quotes;
    }
    quotes.forEach((q, i) => {
      const ref = REFERENCE_QUOTES[i]!;
      const p = ref.precision!;
      const close = Number((ref.price - ref.change!).toFixed(p));
      expect(q.symbol).to.equal(ref.symbol);
      expect(q.price, q.symbol).to.be.above(0);
      expect(Number(q.price.toFixed(p)), q.symbol).to.equal(q.price);
      expect(Number((q.price - q.change!).toFixed(p)), q.symbol).to.equal(close);
      expect(Math.abs(q.price / close - 1), q.symbol).to.be.below(0.3);
      expect(q.changePercent, q.symbol).to.be.closeTo((q.change! / close) * 100, 1e-3);
    });
  });

  it('moves indices by points and FX by pips', () => {
    const random = seededRandom(3);
    const moves = new Map<string, number[]>();
    let quotes = REFERENCE_QUOTES;
    for (let i = 0; i < 400; i++) {
      const next = simulateTick(quotes, random).quotes;
      next.forEach((q, j) => {
        if (q !== quotes[j])
          moves.set(q.symbol, [...(moves.get(q.symbol) ?? []), Math.abs(q.price - quotes[j]!.price)]);
      });
      quotes = next;
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    expect(median(moves.get('^HSI')!)).to.be.within(0.5, 20);
    expect(median(moves.get('HKD=X')!)).to.be.within(0.0001, 0.001);
  });

  it('sends the full list, then partial ticks, and stops cleanly', async () => {
    const rec = recorder();
    const feed = createSimulatedFeed({ interval: 0.02, random: seededRandom(5), symbolsPerTick: 2 }, rec.events);
    feeds.push(feed);
    feed.start();
    expect(rec.statuses).to.deep.equal([{ status: 'live' }]);
    expect(rec.batches[0]).to.have.length(16);
    await waitFor(() => rec.batches.length >= 4, 'three ticks');
    expect(rec.batches.slice(1).every((b) => b.length === 2)).to.equal(true);
    feed.stop();
    const count = rec.batches.length;
    await sleep(100);
    expect(rec.batches).to.have.length(count);
  });
});
