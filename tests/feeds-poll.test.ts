// Polling's parts on their own: reading a response, fetching one poll and scheduling the next.
// No server: fetchOnce is given a fetch function, as FeedOptions.fetch allows. Runs in the
// browsers and in Node (mutation testing).
import { expect } from '@open-wc/testing';
import { fetchOnce } from '../packages/market-ticker/src/feeds/poll-request.js';
import {
  conditionalHeaders,
  freshnessMs,
  readResponse,
  retryAfterMs,
} from '../packages/market-ticker/src/feeds/poll-response.js';
import { PollSchedule } from '../packages/market-ticker/src/feeds/poll-schedule.js';
import { createFeed } from '../packages/market-ticker/src/feeds.js';
import { JITTER } from '../packages/market-ticker/src/feeds/backoff.js';
import { useFakeTimers } from './fake-timers.js';

const HSI = { symbol: '^HSI', price: 17284.54, change: 83.27 };
const body = JSON.stringify({ quotes: [HSI], asOf: '2024-05-01T08:00:00Z' });
const respond = (status: number, headers: Record<string, string> = {}, text = body) =>
  new Response(status === 304 ? null : text, { status, headers });

describe('feeds/poll-response: reading a response', () => {
  it('a 200 with a message: its quotes, its validators and its freshness', () => {
    const response = respond(200, {
      ETag: '"v2"',
      'Last-Modified': 'Wed, 01 May 2024 08:00:00 GMT',
      'Cache-Control': 'max-age=5',
    });
    const outcome = readResponse(response, body, { etag: '"v1"' });
    expect(outcome.kind).to.equal('message');
    if (outcome.kind !== 'message') return;
    expect(outcome.message.quotes.map((q) => q.symbol)).to.deep.equal(['^HSI']);
    expect(outcome.message.asOf).to.equal('2024-05-01T08:00:00Z');
    expect(outcome.validators).to.deep.equal({ etag: '"v2"', lastModified: 'Wed, 01 May 2024 08:00:00 GMT' });
    expect(outcome.freshMs).to.equal(5000);
  });

  it('a 200 without validators forgets the earlier ones', () => {
    const outcome = readResponse(respond(200), body, { etag: '"v1"', lastModified: 'x' });
    expect(outcome.kind === 'message' && outcome.validators).to.deep.equal({
      etag: undefined,
      lastModified: undefined,
    });
  });

  it('a 304 keeps the validators, takes a new ETag, and reads max-age', () => {
    const kept = readResponse(respond(304), undefined, { etag: '"v1"', lastModified: 'L' });
    expect(kept).to.deep.equal({ kind: 'unchanged', validators: { etag: '"v1"', lastModified: 'L' }, freshMs: 0 });
    const renewed = readResponse(respond(304, { ETag: '"v3"', 'Cache-Control': 'max-age=2' }), '', { etag: '"v1"' });
    expect(renewed).to.deep.equal({ kind: 'unchanged', validators: { etag: '"v3"' }, freshMs: 2000 });
  });

  it('an HTTP error names the status and its text, and honours Retry-After', () => {
    const response = new Response('busy', {
      status: 503,
      statusText: 'Service Unavailable',
      headers: { 'Retry-After': '7' },
    });
    expect(readResponse(response, '', {})).to.deep.equal({
      kind: 'failed',
      reason: 'HTTP 503 Service Unavailable',
      waitAtLeastMs: 7000,
    });
    expect(readResponse(new Response('', { status: 500 }), '', {})).to.deep.equal({
      kind: 'failed',
      reason: 'HTTP 500',
      waitAtLeastMs: 0,
    });
  });

  it('a body that is not a message, or too large to read, fails with the reason and no validators', () => {
    const html = readResponse(respond(200, { ETag: '"bad"' }), '<html>', {});
    expect(html.kind).to.equal('failed');
    expect(html.kind === 'failed' && html.reason).to.match(/JSON/);
    const large = readResponse(respond(200, { ETag: '"big"' }), undefined, {});
    expect(large.kind === 'failed' && large.reason).to.match(/larger than 1000000 characters/);
  });

  it('conditional headers carry only the validators it has', () => {
    expect(conditionalHeaders({})).to.deep.equal({ Accept: 'application/json' });
    expect(conditionalHeaders({ etag: '"v1"', lastModified: 'L' })).to.deep.equal({
      Accept: 'application/json',
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'L',
    });
  });

  it('freshness: max-age less Age, none under no-store or no-cache, capped at the longest timer', () => {
    const fresh = (cacheControl: string, age?: string) =>
      freshnessMs(new Headers({ 'Cache-Control': cacheControl, ...(age === undefined ? {} : { Age: age }) }));
    expect(fresh('public, max-age=30')).to.equal(30_000);
    expect(fresh('max-age="12"')).to.equal(12_000);
    expect(fresh('max-age=30', '10')).to.equal(20_000);
    expect(fresh('max-age=30', '40')).to.equal(0);
    expect(fresh('max-age=30', 'soon')).to.equal(30_000);
    expect(fresh('max-age=30, no-cache')).to.equal(0);
    expect(fresh('no-store,max-age=30')).to.equal(0);
    expect(fresh('s-maxage=30')).to.equal(0);
    expect(fresh('max-age=99999999999')).to.equal(2_147_483_647);
    expect(freshnessMs(new Headers())).to.equal(0);
  });

  it('Retry-After: seconds up to an hour; dates, zero and garbage are ignored', () => {
    const after = (value: string) => retryAfterMs(new Headers({ 'Retry-After': value }));
    expect(after('2')).to.equal(2000);
    expect(after('7200')).to.equal(3_600_000);
    expect(after('0')).to.equal(0);
    expect(after('-5')).to.equal(0);
    expect(after('Wed, 21 Oct 2015 07:28:00 GMT')).to.equal(0);
    expect(retryAfterMs(new Headers())).to.equal(0);
  });
});

describe('feeds/poll-request: fetching one poll', () => {
  it('sends the headers and no-store, and reads the body of a 2xx', async () => {
    const calls: Array<{ href: string; init: RequestInit | undefined }> = [];
    const doFetch = (async (href: string, init?: RequestInit) => {
      calls.push({ href, init });
      return respond(200);
    }) as typeof fetch;
    const fetched = await fetchOnce(
      doFetch,
      'https://feed.test/q',
      { Accept: 'application/json' },
      new AbortController(),
      1000,
    );
    expect(fetched.ok && fetched.text).to.equal(body);
    expect(calls).to.have.length(1);
    expect(calls[0]!.href).to.equal('https://feed.test/q');
    expect(calls[0]!.init?.cache).to.equal('no-store');
    expect(calls[0]!.init?.headers).to.deep.equal({ Accept: 'application/json' });
  });

  it('does not read the body of an error, nor one whose Content-Length is too large', async () => {
    const error = await fetchOnce((async () => respond(500)) as typeof fetch, 'u', {}, new AbortController(), 1000);
    expect(error.ok && error.text).to.equal('');
    const huge = respond(200, { 'Content-Length': String(3_000_001) });
    const large = await fetchOnce((async () => huge) as typeof fetch, 'u', {}, new AbortController(), 1000);
    expect(large.ok && large.text).to.equal(undefined);
    // The limit is three bytes a character: a body declared at exactly that is read.
    const edge = respond(200, { 'Content-Length': String(3_000_000) });
    const read = await fetchOnce((async () => edge) as typeof fetch, 'u', {}, new AbortController(), 1000);
    expect(read.ok && read.text).to.equal(body);
    // A reply that declares a huge length and has no body at all is refused the same, not a throw.
    const empty = new Response(null, { status: 200, headers: { 'Content-Length': String(9_000_000) } });
    const none = await fetchOnce((async () => empty) as typeof fetch, 'u', {}, new AbortController(), 1000);
    expect(none.ok && none.text).to.equal(undefined);
  });

  it('a network failure and a timeout come back as reasons, not throws', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchOnce(failing, 'u', {}, new AbortController(), 1000)).to.deep.equal({
      ok: false,
      reason: 'request failed: Failed to fetch',
    });
    // Hangs until aborted, as a stalled server would.
    const hanging = ((_: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof fetch;
    const controller = new AbortController();
    expect(await fetchOnce(hanging, 'u', {}, controller, 20)).to.deep.equal({
      ok: false,
      reason: 'request timed out after 0.02 s',
    });
    expect(controller.signal.aborted).to.equal(true);
  });

  it('an abort by the caller (the feed stopped) is a failure, not a timeout', async () => {
    const controller = new AbortController();
    const hanging = ((_: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof fetch;
    const pending = fetchOnce(hanging, 'u', {}, controller, 10_000);
    controller.abort();
    const fetched = await pending;
    expect(fetched.ok).to.equal(false);
    expect(!fetched.ok && fetched.reason).to.match(/^request failed: /);
  });
});

describe('feeds/poll-schedule: when the next poll goes out', () => {
  const SATURDAY = Date.parse('2025-04-19T03:00:00Z');
  const WEDNESDAY_NOON_HK = Date.parse('2025-04-23T02:30:00Z');
  const schedule = (closedMs?: number, random = () => 0.5) =>
    new PollSchedule({ intervalMs: 15_000, closedMs, random, markets: () => ['XHKG'] });

  it('the interval with jitter, never sooner than the cache allows', () => {
    expect(schedule().afterContact(true, 0, SATURDAY)).to.equal(15_000);
    expect(schedule(undefined, () => 0).afterContact(true, 0, SATURDAY)).to.equal(15_000 * 0.85);
    expect(schedule(undefined, () => 1).afterContact(true, 0, SATURDAY)).to.equal(15_000 * 1.15);
    expect(schedule(undefined, () => 0).afterContact(true, 20_000, SATURDAY)).to.equal(20_000);
    expect(schedule(undefined, () => 1).afterContact(true, 20_000, SATURDAY)).to.equal(23_000);
  });

  it('while hidden: four intervals and at least a minute, or the cache lifetime', () => {
    expect(schedule().hiddenMs).to.equal(60_000);
    expect(new PollSchedule({ intervalMs: 30_000, random: () => 0.5 }).hiddenMs).to.equal(120_000);
    expect(schedule().afterContact(false, 0, SATURDAY)).to.equal(60_000);
    expect(schedule().afterContact(false, 90_000, SATURDAY)).to.equal(90_000);
    expect(schedule().afterFailure(false, 4_000)).to.equal(60_000);
    expect(schedule().afterFailure(true, 4_000)).to.equal(4_000);
  });

  it('rests only when closed-interval is set, and never sleeps past the open', () => {
    const off = schedule();
    expect(off.afterContact(true, 0, SATURDAY)).to.equal(15_000);
    expect(off.resting).to.equal(false);
    const on = schedule(900_000);
    expect(on.afterContact(true, 0, SATURDAY)).to.equal(900_000);
    expect(on.resting).to.equal(true);
    // Easter Monday closes Hong Kong; Tuesday 09:30 HKT (01:30 UTC) is the next open.
    const beforeOpen = Date.parse('2025-04-22T01:25:00Z');
    expect(on.afterContact(true, 0, beforeOpen)).to.equal(5 * 60_000);
    // Trading: back to the interval.
    expect(on.afterContact(true, 0, WEDNESDAY_NOON_HK)).to.equal(15_000);
    expect(on.resting).to.equal(false);
  });

  it('not resting at first; the markets are not asked for while resting is off', () => {
    let asked = 0;
    const markets = () => (asked++, ['XHKG']);
    const off = new PollSchedule({ intervalMs: 15_000, random: () => 0.5, markets });
    expect(off.resting).to.equal(false);
    off.afterContact(true, 0, SATURDAY);
    expect(asked).to.equal(0);
    // Resting on but no markets function: nothing to rest for.
    const blind = new PollSchedule({ intervalMs: 15_000, closedMs: 900_000, random: () => 0.5 });
    expect(blind.afterContact(true, 0, SATURDAY)).to.equal(15_000);
  });

  it('a cache lifetime equal to the jittered interval is jittered up like a longer one', () => {
    expect(schedule().afterContact(true, 15_000, SATURDAY)).to.equal(15_000 * (1 + JITTER * 0.5));
  });

  it('an open due now waits a second, not a busy loop; hidden leaves resting as it was', () => {
    const on = schedule(900_000);
    expect(on.afterContact(true, 0, Date.parse('2025-04-22T01:30:00Z') - 10)).to.equal(1000);
    on.resting = true;
    on.afterContact(false, 0, WEDNESDAY_NOON_HK);
    expect(on.resting).to.equal(true);
  });
});

describe('feeds/polling: the whole feed over a scripted fetch', () => {
  type Reply = Response | Error | 'hang';
  /** A fetch that answers from `replies` in order (the last one again when they run out). */
  function scripted(replies: Reply[]) {
    const requests: Array<{ at: number; headers: Record<string, string> }> = [];
    const doFetch = ((_href: string, init?: RequestInit) => {
      requests.push({ at: Date.now(), headers: { ...(init?.headers as Record<string, string>) } });
      const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
      if (reply === 'hang')
        return new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply.clone());
    }) as typeof fetch;
    return { doFetch, requests };
  }
  function events() {
    const quotes: string[][] = [];
    const statuses: string[] = [];
    return {
      quotes,
      statuses,
      onQuotes: (batch: Array<{ symbol: string }>) => void quotes.push(batch.map((q) => q.symbol)),
      onStatus: (status: string, error?: string) => void statuses.push(error ? `${status}: ${error}` : status),
    };
  }
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  async function until(check: () => boolean, what: string, ms = 2000) {
    for (const end = Date.now() + ms; !check(); await sleep(5)) if (Date.now() > end) throw new Error(`no ${what}`);
  }
  const open = (replies: Reply[], options: Record<string, unknown> = {}) => {
    const fetchScript = scripted(replies);
    const log = events();
    const feed = createFeed(
      { src: 'https://feed.test/q', interval: 0.03, random: () => 0.5, fetch: fetchScript.doFetch, ...options },
      log,
    );
    feed.start();
    return { feed, log, requests: fetchScript.requests };
  };
  const ok = (headers: Record<string, string> = {}) => respond(200, headers);

  it('delivers, then sends its validators back and takes a 304 as live with nothing new', async () => {
    const { feed, log, requests } = open([ok({ ETag: '"v1"', 'Last-Modified': 'L1' }), respond(304)]);
    try {
      await until(() => requests.length >= 3, 'third poll');
      expect(log.quotes).to.deep.equal([['^HSI']]);
      expect(log.statuses).to.deep.equal(['connecting', 'live']);
      expect(requests[0]!.headers).to.deep.equal({ Accept: 'application/json' });
      expect(requests[1]!.headers).to.deep.equal({
        Accept: 'application/json',
        'If-None-Match': '"v1"',
        'If-Modified-Since': 'L1',
      });
      expect(requests[2]!.headers['If-None-Match']).to.equal('"v1"');
      const gap = requests[2]!.at - requests[1]!.at;
      expect(gap).to.be.at.least(25);
    } finally {
      feed.stop();
    }
  });

  it('an HTTP error is reported, retried after the back-off with connecting first, then recovers', async () => {
    const failure = new Response('', { status: 503, statusText: 'Busy' });
    // stale-after far off: a loaded machine must not slip a stale in between the retries.
    const { feed, log, requests } = open([failure, failure, ok()], { backoff: { base: 0.02, cap: 1 }, staleAfter: 60 });
    try {
      await until(() => log.quotes.length === 1, 'recovery');
      expect(log.statuses).to.deep.equal([
        'connecting',
        'error: HTTP 503 Busy',
        'connecting',
        'error: HTTP 503 Busy',
        'connecting',
        'live',
      ]);
      // 20 ms, then 40 ms (no jitter at random 0.5).
      expect(requests[1]!.at - requests[0]!.at).to.be.at.least(18);
      expect(requests[2]!.at - requests[1]!.at).to.be.at.least(38);
    } finally {
      feed.stop();
    }
  });

  it('Retry-After holds the next attempt back beyond the back-off', async () => {
    const busy = new Response('', { status: 429, headers: { 'Retry-After': '1' } });
    const { feed, log, requests } = open([busy, ok()], { backoff: { base: 0.01, cap: 0.02 } });
    try {
      await until(() => log.statuses.length >= 2, 'the error');
      await sleep(300);
      expect(requests).to.have.length(1);
    } finally {
      feed.stop();
    }
  });

  it('a refused body is an error and keeps no validators', async () => {
    const { feed, log, requests } = open([respond(200, { ETag: '"bad"' }, '<html>'), ok()], {
      backoff: { base: 0.01, cap: 0.02 },
    });
    try {
      await until(() => requests.length >= 2, 'the retry');
      expect(log.statuses[1]).to.match(/^error: .*JSON/);
      expect(requests[1]!.headers['If-None-Match']).to.equal(undefined);
    } finally {
      feed.stop();
    }
  });

  it('a network failure and a timeout are errors; stop() aborts and nothing follows', async () => {
    const { feed, log, requests } = open([new TypeError('offline'), 'hang'], {
      timeout: 0.05,
      backoff: { base: 0.01, cap: 0.02 },
    });
    await until(() => log.statuses.some((s) => s.includes('timed out')), 'the timeout');
    expect(log.statuses[1]).to.equal('error: request failed: offline');
    expect(log.statuses).to.include('error: request timed out after 0.05 s');
    await until(() => requests.length >= 3, 'a poll in flight');
    feed.stop();
    const count = requests.length;
    const reported = log.statuses.length;
    await sleep(150);
    expect(requests.length, 'no poll after stop').to.equal(count);
    expect(log.statuses.length, 'no status after stop').to.equal(reported);
  });

  it('goes stale when nothing good arrives within stale-after, and live again after', async () => {
    const { feed, log } = open(['hang', ok()], { staleAfter: 0.05, timeout: 0.2, backoff: { base: 0.01, cap: 0.02 } });
    try {
      await until(() => log.statuses.includes('live'), 'live');
      const stale = log.statuses.indexOf('stale');
      expect(stale, 'stale before the first figures').to.be.greaterThan(0);
      expect(stale).to.be.lessThan(log.statuses.indexOf('live'));
    } finally {
      feed.stop();
    }
  });

  it('while hidden it waits the hidden cadence, and polls at once when shown again', async () => {
    const { feed, log, requests } = open([ok()]);
    try {
      await until(() => log.quotes.length === 1, 'the first figures');
      await sleep(5);
      feed.setVisible?.(false);
      const hiddenAt = requests.length;
      await sleep(200);
      expect(requests.length, 'no poll at the interval while hidden').to.be.at.most(hiddenAt + 1);
      expect(log.statuses, 'hidden is not stale').to.not.include('stale');
      const before = requests.length;
      feed.setVisible?.(true);
      await until(() => requests.length > before, 'the catch-up poll', 100);
    } finally {
      feed.stop();
    }
  });

  it('start after stop polls again from connecting; start twice polls once', async () => {
    const { feed, log, requests } = open([ok()], { interval: 10 });
    await until(() => log.quotes.length === 1, 'the first figures');
    feed.start();
    await sleep(30);
    expect(requests).to.have.length(1);
    feed.stop();
    feed.stop();
    feed.start();
    try {
      await until(() => log.quotes.length === 2, 'the figures after restart');
      expect(log.statuses).to.deep.equal(['connecting', 'live', 'connecting', 'live']);
    } finally {
      feed.stop();
    }
  });
});

describe('feeds/polling: the waits it chooses, with timers under the test’s hand', () => {
  const clock = useFakeTimers();

  /** A fetch whose replies the test gives, one per request, in order; `hold` keeps one open. */
  function feedOver(replies: Array<Response | 'hold'>, options: Record<string, unknown> = {}) {
    const requests: number[] = [];
    const held: Array<(response: Response) => void> = [];
    const statuses: string[] = [];
    const quotes: string[][] = [];
    /** A body is read on the browser's own time (streams): the test waits for each read to end. */
    const tracked = (response: Response) => {
      const read = response.text.bind(response);
      response.text = () => {
        const text = read();
        reads.push(text);
        return text;
      };
      return response;
    };
    const doFetch = (() => {
      requests.push(clock.now());
      const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
      if (reply === 'hold') return new Promise<Response>((resolve) => held.push((r) => resolve(tracked(r))));
      return Promise.resolve(tracked(reply.clone()));
    }) as typeof fetch;
    const feed = createFeed(
      { src: 'https://feed.test/q', interval: 10, random: () => 0.5, fetch: doFetch, ...options },
      {
        onQuotes: (batch) => void quotes.push(batch.map((q) => q.symbol)),
        onStatus: (status, error) => void statuses.push(error ? `${status}: ${error}` : status),
      },
    );
    return { feed, requests, held, statuses, quotes };
  }
  const reads: Promise<string>[] = [];
  /** Every reply given so far has been read and acted on. */
  async function settle() {
    await clock.settle();
    while (reads.length > 0) {
      await Promise.all(reads.splice(0));
      await clock.settle();
    }
  }
  const quote = (symbol: string) => respond(200, {}, JSON.stringify({ quotes: [{ symbol, price: 1 }] }));
  const busy = () => new Response('', { status: 503, statusText: 'Busy' });
  /**
   * Lets each reply be read, then moves `step` on, for `ms` of fake time: a reply is read at the
   * step it arrived in, so the waits asserted are multiples of `step`.
   */
  async function run(ms: number, step = 100) {
    for (let t = 0; t < ms; t += step) {
      await settle();
      clock.advance(step);
    }
    await settle();
  }

  it('next poll at the interval, stale at three intervals', async () => {
    const { feed } = feedOver([quote('A')]);
    feed.start();
    await settle();
    expect(clock.pending()).to.deep.equal([10_000, 30_000]);
    feed.stop();
    expect(clock.pending()).to.deep.equal([]);
  });

  it('a cache lifetime longer than the interval sets the next poll (jittered up) and stale at three of it', async () => {
    const { feed } = feedOver([respond(200, { 'Cache-Control': 'max-age=20' })]);
    feed.start();
    await settle();
    expect(clock.pending()).to.deep.equal([20_000 * (1 + JITTER * 0.5), 60_000]);
    feed.stop();
  });

  it('stale-after, when set, stays as set whatever the cache lifetime', async () => {
    const { feed } = feedOver([respond(200, { 'Cache-Control': 'max-age=20' })], { staleAfter: 5 });
    feed.start();
    await settle();
    expect(clock.pending()).to.deep.equal([5_000, 20_000 * (1 + JITTER * 0.5)]);
    feed.stop();
  });

  it('retries after 1 s doubling up to five intervals (10 s interval: 50 s)', async () => {
    const { feed, requests, statuses } = feedOver([busy()]);
    feed.start();
    await run(200_000, 500);
    feed.stop();
    const gaps = requests.slice(1, 9).map((at, i) => at - requests[i]!);
    expect(gaps).to.deep.equal([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 50_000, 50_000]);
    expect(statuses.slice(0, 4)).to.deep.equal([
      'connecting',
      'error: HTTP 503 Busy',
      'connecting',
      'error: HTTP 503 Busy',
    ]);
  });

  it('a short interval retries from the interval, up to five of it (0.1 s: 100 ms to 500 ms)', async () => {
    const { feed, requests } = feedOver([busy()], { interval: 0.1 });
    feed.start();
    await run(3_000, 50);
    feed.stop();
    const gaps = requests.slice(1, 6).map((at, i) => at - requests[i]!);
    expect(gaps).to.deep.equal([100, 200, 400, 500, 500]);
  });

  it('hidden after a failure: the slower retry still says connecting first; shown again, it polls at once', async () => {
    const { feed, requests, statuses } = feedOver([busy(), quote('A')]);
    feed.start();
    await settle();
    feed.setVisible?.(false);
    feed.setVisible?.(false);
    expect(clock.pending()).to.deep.equal([60_000]);
    await run(60_000, 1_000);
    expect(requests).to.deep.equal([0, 60_000]);
    expect(statuses).to.deep.equal(['connecting', 'error: HTTP 503 Busy', 'connecting', 'live']);
    feed.setVisible?.(true);
    feed.setVisible?.(true);
    expect(requests).to.have.length(3);
    feed.stop();
  });

  it('shown while shown, or hidden before start, changes nothing', async () => {
    const { feed, requests } = feedOver([quote('A')]);
    feed.setVisible?.(false);
    expect(clock.pending()).to.deep.equal([]);
    feed.setVisible?.(true);
    feed.start();
    await settle();
    feed.setVisible?.(true);
    await settle();
    expect(requests).to.deep.equal([0]);
    feed.stop();
  });

  it('hidden after a good poll: the slower poll is not a retry, so it does not say connecting', async () => {
    const { feed, requests, statuses } = feedOver([quote('A')]);
    feed.start();
    await settle();
    feed.setVisible?.(false);
    await run(60_000, 1_000);
    expect(requests).to.deep.equal([0, 60_000]);
    expect(statuses).to.deep.equal(['connecting', 'live']);
    feed.stop();
  });

  it('never stale while hidden; shown again, it watches again and goes stale at three intervals', async () => {
    const { feed, statuses } = feedOver([quote('A'), busy()]);
    feed.start();
    await settle();
    feed.setVisible?.(false);
    await run(59_000, 1_000);
    expect(statuses).to.deep.equal(['connecting', 'live']);
    feed.setVisible?.(true);
    await run(29_000, 1_000);
    expect(statuses).to.not.include('stale');
    await run(1_000, 1_000);
    expect(statuses.at(-1)).to.equal('stale');
    feed.stop();
  });

  it('rests while every market is shut: the next poll at closed-interval, and no stale timer', async () => {
    const realNow = Date.now;
    // Saturday 19 April 2025, 11:00 in Hong Kong; its next open is Tuesday (Easter Monday).
    Date.now = () => Date.parse('2025-04-19T03:00:00Z') + clock.now();
    try {
      const { feed } = feedOver([quote('A')], { closedInterval: 600, markets: () => ['XHKG'] });
      feed.start();
      await settle();
      expect(clock.pending()).to.deep.equal([600_000]);
      feed.stop();
      const awake = feedOver([quote('A')], { markets: () => ['XHKG'] }).feed;
      awake.start();
      await settle();
      expect(clock.pending()).to.deep.equal([10_000, 30_000]);
      awake.stop();
    } finally {
      Date.now = realNow;
    }
  });

  it('without a fetch option it calls the global fetch, with the URL and no this', async () => {
    const real = globalThis.fetch;
    const calls: string[] = [];
    globalThis.fetch = async function (this: unknown, input: RequestInfo | URL) {
      calls.push(`${String(input)} ${this === undefined || this === globalThis ? 'ok' : 'bound'}`);
      return quote('A');
    } as typeof fetch;
    try {
      const quotes: string[][] = [];
      const feed = createFeed(
        { src: 'https://feed.test/q', interval: 10 },
        { onQuotes: (batch) => void quotes.push(batch.map((q) => q.symbol)), onStatus: () => undefined },
      );
      feed.start();
      // The body is read on the browser's own time: a few real macrotasks.
      for (let i = 0; i < 100 && quotes.length === 0; i++) await clock.settle();
      feed.stop();
      expect(calls).to.deep.equal(['https://feed.test/q ok']);
      expect(quotes).to.deep.equal([['A']]);
    } finally {
      globalThis.fetch = real;
    }
  });

  it('a request in flight is not doubled by hiding and showing the page', async () => {
    const { feed, requests } = feedOver(['hold']);
    feed.start();
    feed.setVisible?.(false);
    feed.setVisible?.(true);
    await settle();
    expect(requests).to.have.length(1);
    feed.stop();
  });

  it('a reply to a request from before stop and start is dropped', async () => {
    const { feed, held, quotes } = feedOver(['hold', quote('B')]);
    feed.start();
    feed.stop();
    feed.start();
    await settle();
    held[0]!(quote('A'));
    await settle();
    expect(quotes).to.deep.equal([['B']]);
    feed.stop();
  });
});
