/** JSON polling: conditional requests, freshness, back-off, and a slower cadence while hidden. */
import { JITTER, spread, type BackoffOptions } from './backoff.js';
import { Health } from './health.js';
import type { FeedAdapter } from '../adapters/read.js';
import { readFeedMessage } from './adapt.js';
import { MESSAGE_LIMITS, describe, tooLarge } from './messages.js';
import { MAX_TIMER_MS, later, periodMs, type Timer } from './timers.js';
import type { Feed, FeedEvents, FeedOptions } from './types.js';
import { positiveNumber } from '../values.js';
import { nextPoll } from './rest.js';

/** Cadence while the page is hidden: the reader is not looking, so spare the server. */
const HIDDEN_MIN_MS = 60_000;
/** Shortest wait while resting: an open that is due now is polled within this. */
const RESTING_MIN_MS = 1_000;

export function createPollingFeed(url: URL, options: FeedOptions, events: FeedEvents, adapter?: FeedAdapter): Feed {
  const intervalMs = periodMs(options.interval, 30);
  const timeoutMs = periodMs(options.timeout, 10);
  const random = options.random ?? Math.random;
  const closedMs =
    positiveNumber(options.closedInterval) === undefined ? undefined : periodMs(options.closedInterval, 1);
  /** While every market is shut: the quiet time is intended, so nothing goes stale. */
  let resting = false;
  const explicitStale = options.staleAfter !== undefined;
  const retry: BackoffOptions = {
    base: periodMs(options.backoff?.base, Math.min(1, intervalMs / 1000)),
    cap: periodMs(options.backoff?.cap, Math.max(intervalMs / 1000, Math.min(60, (5 * intervalMs) / 1000))),
    random,
  };
  const health = new Health(events, periodMs(options.staleAfter, (3 * intervalMs) / 1000), retry);
  // A local binding, so that window.fetch is never called with the options object as `this`.
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  let running = false;
  let visible = true;
  /** Bumped by start/stop so that late callbacks of an earlier run do nothing. */
  let run = 0;
  let timer: Timer | undefined;
  let deadline: Timer | undefined;
  let request: AbortController | undefined;
  let etag: string | undefined;
  let lastModified: string | undefined;
  /** How long the last response may be cached (Cache-Control max-age less Age). */
  let freshMs = 0;

  function schedule(ms: number, retrying = false): void {
    clearTimeout(timer);
    timer = later(() => {
      timer = undefined;
      if (retrying) health.report('connecting');
      void poll();
    }, ms);
  }

  function hiddenMs(): number {
    return Math.max(intervalMs * 4, HIDDEN_MIN_MS);
  }

  /** After a good contact: the interval with jitter, but never sooner than the cache allows. */
  function nextDelay(): number {
    if (!visible) return Math.max(hiddenMs(), freshMs);
    // The markets are looked up only when resting is on: a strip of 2,000 quotes polls too.
    const markets = closedMs === undefined ? [] : (options.markets?.() ?? []);
    const rest = nextPoll(markets, Date.now(), intervalMs, closedMs);
    if (rest.resting !== resting) {
      resting = rest.resting;
      health.setWatching(!resting);
    }
    // At the open exactly (no jitter), but never a busy loop if an open is due now.
    if (resting) return Math.max(rest.delay, RESTING_MIN_MS);
    const delay = spread(intervalMs, JITTER, random);
    // Jitter may lengthen the cache lifetime but never shorten it.
    return freshMs < delay ? delay : freshMs * (1 + JITTER * random());
  }

  /** Before the stale timer is re-armed: with max-age above the interval, polls come at max-age. */
  function noteFreshness(response: Response): void {
    freshMs = freshnessMs(response.headers);
    if (!explicitStale) health.staleMs = Math.min(MAX_TIMER_MS, 3 * Math.max(intervalMs, freshMs));
  }

  function succeed(): void {
    health.failures = 0;
    schedule(nextDelay());
  }

  function fail(reason: string, waitAtLeastMs = 0): void {
    const backoff = Math.max(health.fail(reason), waitAtLeastMs);
    schedule(visible ? backoff : Math.max(backoff, hiddenMs()), true);
  }

  function conditionalHeaders(): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (etag !== undefined) headers['If-None-Match'] = etag;
    if (lastModified !== undefined) headers['If-Modified-Since'] = lastModified;
    return headers;
  }

  async function poll(): Promise<void> {
    const mine = run;
    const controller = new AbortController();
    request = controller;
    let timedOut = false;
    clearTimeout(deadline);
    deadline = later(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    let response: Response;
    let text: string | undefined = '';
    try {
      // no-store: we send our own validators and want to see the 304, not the browser cache's 200.
      response = await doFetch(url.href, {
        headers: conditionalHeaders(),
        signal: controller.signal,
        cache: 'no-store',
      });
      if (response.ok) text = await readBody(response);
      else void response.body?.cancel().catch(() => undefined);
    } catch (error) {
      if (mine !== run) return;
      const seconds = timeoutMs / 1000;
      fail(timedOut ? `request timed out after ${seconds} s` : `request failed: ${describe(error)}`);
      return;
    } finally {
      if (request === controller) {
        request = undefined;
        clearTimeout(deadline);
        deadline = undefined;
      }
    }
    if (mine !== run) return;
    handle(response, text);
  }

  function handle(response: Response, text: string | undefined): void {
    if (response.status === 304) {
      etag = response.headers.get('ETag') ?? etag;
      noteFreshness(response);
      health.contact();
      succeed();
      return;
    }
    if (!response.ok) {
      fail(
        `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        retryAfterMs(response.headers),
      );
      return;
    }
    const parsed = text === undefined ? tooLarge() : readFeedMessage(text, adapter);
    if (!parsed.ok) {
      fail(parsed.reason);
      return;
    }
    // Validators only from accepted messages: a 304 must never vouch for a refused body.
    etag = response.headers.get('ETag') ?? undefined;
    lastModified = response.headers.get('Last-Modified') ?? undefined;
    noteFreshness(response);
    health.deliver(parsed);
    succeed();
  }

  return {
    start() {
      if (running) return;
      running = true;
      run += 1;
      health.report('connecting');
      resting = false;
      health.setWatching(visible);
      void poll();
    },
    stop() {
      if (!running) return;
      running = false;
      run += 1;
      clearTimeout(timer);
      clearTimeout(deadline);
      timer = deadline = undefined;
      request?.abort();
      request = undefined;
      health.stop();
    },
    setVisible(next: boolean) {
      if (next === visible) return;
      visible = next;
      if (!running) return;
      health.setWatching(next && !resting);
      // An in-flight request schedules the next one itself, at the new cadence.
      if (request !== undefined) return;
      if (next) {
        // Catch up at once: the reader is looking again.
        clearTimeout(timer);
        timer = undefined;
        void poll();
      } else {
        schedule(hiddenMs(), health.failures > 0);
      }
    },
  };
}

/**
 * Reads a response body; `undefined` when Content-Length already shows it is too large, so the
 * rest is never downloaded. (A UTF-8 byte is at least a third of a UTF-16 code unit.)
 */
async function readBody(response: Response): Promise<string | undefined> {
  const length = Number(response.headers.get('Content-Length') ?? Number.NaN);
  if (Number.isFinite(length) && length > MESSAGE_LIMITS.chars * 3) {
    void response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  return response.text();
}

/** Milliseconds the response stays fresh: Cache-Control max-age less Age, 0 without one. */
export function freshnessMs(headers: Headers): number {
  const cacheControl = headers.get('Cache-Control') ?? '';
  if (/(^|,)\s*(no-store|no-cache)\s*(,|$)/i.test(cacheControl)) return 0;
  const maxAge = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  if (!maxAge) return 0;
  const age = Number(headers.get('Age') ?? 0);
  const seconds = Number(maxAge[1]) - (Number.isFinite(age) && age > 0 ? age : 0);
  return Math.min(MAX_TIMER_MS, Math.max(0, seconds) * 1000);
}

/** Retry-After in seconds (the date form is rare for feeds and skipped), else 0. */
function retryAfterMs(headers: Headers): number {
  const seconds = positiveNumber(Number(headers.get('Retry-After')));
  return seconds ? Math.min(seconds, 3600) * 1000 : 0;
}
