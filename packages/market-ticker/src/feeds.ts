/**
 * The data-feed layer: quote messages from JSON polling, Server-Sent Events or a WebSocket, with
 * validation, back-off, staleness and clean shutdown. No DOM beyond fetch, EventSource and
 * WebSocket, so it runs anywhere those exist (and in tests with a fake `fetch`).
 *
 * Wire format, all three transports: a JSON text `{ "quotes": [ … ], "asOf"?: ISO }`. A message
 * may carry only the quotes that changed; consumers merge them with {@link mergeQuotes}.
 *
 * Resuming streams (so that a reader misses nothing across a dropped connection):
 * - SSE: the server tags messages with `id:`. EventSource cannot set headers on a connection we
 *   open ourselves, so on reconnect the last id goes in a `lastEventId` query parameter.
 * - WebSocket: messages may carry a numeric `seq`. After a reconnect, the client's first frame is
 *   `{"type":"resume","lastSeq":N}` (only once a `seq` has been seen); the server replays what
 *   followed N, or sends a fresh snapshot.
 */
import { checkQuote, type Quote } from './quote.js';
import { positiveNumber } from './values.js';

export interface FeedMessage {
  quotes: Quote[];
  asOf?: string;
}

/**
 * `connecting` at start and before each reconnect or retry; `live` on the first good contact after
 * any other status; `error` with a reason (the feed keeps retrying); `stale` once when nothing
 * good arrived within `staleAfter`. A consumer should treat `stale` as lasting until the next
 * `live`: `connecting` and `error` may be reported in between.
 */
export type FeedStatus = 'connecting' | 'live' | 'stale' | 'error';

export interface FeedEvents {
  onQuotes(quotes: Quote[], asOf?: string): void;
  onStatus(status: FeedStatus, error?: string): void;
}

export interface Feed {
  start(): void;
  stop(): void;
  /** page visibility: 'visible' | 'hidden' */
  setVisible?(visible: boolean): void;
}

export type FeedKind = 'poll' | 'sse' | 'ws';

export interface FeedOptions {
  /** http(s) (polling or SSE) or ws(s) URL; relative URLs resolve against `globalThis.location`. */
  src: string;
  feed?: FeedKind;
  /** Seconds between polls; default 30. Fractions are fine. */
  interval?: number;
  /** Seconds without a good contact before `stale`; default 3 x interval (polling), 60 (streams). */
  staleAfter?: number;
  /** Seconds before a poll request is aborted; default 10. */
  timeout?: number;
  fetch?: typeof fetch;
  /**
   * Retry delays in seconds: `base` doubling up to `cap`. Defaults: polling min(1, interval) up to
   * min(60, 5 x interval) but never under the interval; streams 1 up to 60.
   */
  backoff?: { base?: number; cap?: number };
  /** Source of jitter in [0, 1); tests pass a constant for exact timings. */
  random?: () => number;
}

/** Largest message accepted, in UTF-16 code units of the JSON text and in quotes. */
export const MESSAGE_LIMITS = { chars: 1_000_000, quotes: 5_000 } as const;

/** Spread of poll delays and retries, as a fraction either side. */
const JITTER = 0.15;
/** setTimeout fires at once beyond this, which would turn a huge interval into a busy loop. */
const MAX_TIMER_MS = 2_147_483_647;
/** Floor for any configured period, so that a tiny value cannot become a busy loop either. */
const MIN_PERIOD_MS = 10;
/** Cadence while the page is hidden: the reader is not looking, so spare the server. */
const HIDDEN_MIN_MS = 60_000;

type Timer = ReturnType<typeof setTimeout>;

// ---------------------------------------------------------------------------------------------
// Pure helpers

export interface BackoffOptions {
  /** First delay; default 1000. Units are the caller's. */
  base?: number;
  /** Ceiling; default 60000. */
  cap?: number;
  /** Fraction either side, default 0.15. */
  jitter?: number;
  random?: () => number;
}

/**
 * Delay before retry number `attempt` (1 = first retry): `base`, doubling per attempt, at most
 * `cap`, then spread by ±`jitter` so that readers who failed together do not retry together. The
 * cap is a hard ceiling, also after jitter.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const { base = 1000, cap = 60_000, jitter = JITTER, random = Math.random } = options;
  // Bounded exponent: 2 ** 1100 is Infinity, and 0 * Infinity would be NaN.
  const n = Number.isFinite(attempt) ? Math.floor(attempt) : 1;
  const exponent = Math.min(Math.max(0, n - 1), 60);
  const raw = Math.min(cap, base * 2 ** exponent);
  return Math.min(cap, spread(raw, jitter, random));
}

function spread(delay: number, jitter: number, random: () => number): number {
  return Math.max(0, delay * (1 + jitter * (2 * random() - 1)));
}

/**
 * Applies a (possibly partial) message to the current list: symbols keep their position, new
 * symbols are appended. An update replaces the figures it carries; `name`, `precision` and
 * `currency` describe the instrument rather than its price, so they carry over when omitted.
 * Neither input is changed.
 */
export function mergeQuotes(current: readonly Quote[], updates: readonly Quote[]): Quote[] {
  const next = current.slice();
  const position = new Map<string, number>();
  next.forEach((quote, i) => {
    if (!position.has(quote.symbol)) position.set(quote.symbol, i);
  });
  for (const update of updates) {
    const at = position.get(update.symbol);
    if (at === undefined) {
      position.set(update.symbol, next.length);
      next.push(update);
    } else {
      next[at] = keepDescription(update, next[at]!);
    }
  }
  return next;
}

function keepDescription(update: Quote, previous: Quote): Quote {
  const merged: Quote = { ...update };
  if (merged.name === undefined && previous.name !== undefined) merged.name = previous.name;
  if (merged.precision === undefined && previous.precision !== undefined) merged.precision = previous.precision;
  if (merged.currency === undefined && previous.currency !== undefined) merged.currency = previous.currency;
  return merged;
}

export type ParsedMessage =
  | { ok: true; quotes: Quote[]; asOf?: string; seq?: number; hadQuotes: boolean; problems: string[] }
  | { ok: false; reason: string };

/**
 * Parses and validates one message text. A message that is not JSON, not an object, has no
 * `quotes` array or is too large is refused whole. Otherwise each quote is checked on its own:
 * invalid ones are listed in `problems` (naming the symbol and why) and the rest are kept.
 */
export function parseFeedMessage(text: string): ParsedMessage {
  if (text.length > MESSAGE_LIMITS.chars) return tooLarge();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `malformed JSON: ${describe(error)}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'message is not a JSON object' };
  }
  const { quotes, asOf, seq } = data as Record<string, unknown>;
  if (!Array.isArray(quotes)) return { ok: false, reason: 'message has no "quotes" array' };
  if (quotes.length > MESSAGE_LIMITS.quotes) {
    return { ok: false, reason: `message has more than ${MESSAGE_LIMITS.quotes} quotes` };
  }
  const valid: Quote[] = [];
  const problems: string[] = [];
  quotes.forEach((item, i) => {
    const check = checkQuote(item);
    if (check.ok) valid.push(check.quote);
    // checkQuote names the symbol when there is one; otherwise say where the quote was.
    else problems.push(check.reason.startsWith('quote ') ? check.reason : `quotes[${i}]: ${check.reason}`);
  });
  const result: ParsedMessage = { ok: true, quotes: valid, hadQuotes: quotes.length > 0, problems };
  if (asOf !== undefined) {
    if (typeof asOf === 'string' && asOf.length <= 40 && !Number.isNaN(Date.parse(asOf))) result.asOf = asOf;
    else problems.push('asOf is not an ISO time');
  }
  if (typeof seq === 'number' && Number.isFinite(seq)) result.seq = seq;
  return result;
}

function tooLarge(): ParsedMessage {
  return { ok: false, reason: `message is larger than ${MESSAGE_LIMITS.chars} characters` };
}

/** One error text for the quotes dropped from a message. */
function summarize(problems: string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `dropped invalid data, ${problems.length} ${noun}: ${shown}${more}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A period in seconds from options, as milliseconds; the fallback when absent or not positive. */
function periodMs(seconds: number | undefined, fallbackSeconds: number): number {
  const s = positiveNumber(seconds) ?? fallbackSeconds;
  return Math.min(MAX_TIMER_MS, Math.max(MIN_PERIOD_MS, s * 1000));
}

function later(callback: () => void, ms: number): Timer {
  return setTimeout(callback, Math.min(MAX_TIMER_MS, Math.max(0, ms)));
}

// ---------------------------------------------------------------------------------------------
// URL rules

type Target = { ok: true; url: URL; kind: FeedKind } | { ok: false; reason: string };

/** Resolves `src` and picks the transport; only http(s) and ws(s) URLs are ever connected. */
export function resolveFeedTarget(src: unknown, feed?: FeedKind): Target {
  if (typeof src !== 'string' || src.trim() === '') return { ok: false, reason: 'feed URL is empty' };
  const base = (globalThis as { location?: { href?: string } }).location?.href;
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    return { ok: false, reason: 'feed URL is not a valid URL' };
  }
  const scheme = url.protocol;
  if (scheme === 'ws:' || scheme === 'wss:') return { ok: true, url, kind: 'ws' };
  if (scheme !== 'http:' && scheme !== 'https:') {
    return { ok: false, reason: `feed URL scheme ${JSON.stringify(scheme)} is not allowed (http, https, ws, wss)` };
  }
  if (feed === 'ws') {
    url.protocol = scheme === 'https:' ? 'wss:' : 'ws:';
    return { ok: true, url, kind: 'ws' };
  }
  return { ok: true, url, kind: feed === 'sse' ? 'sse' : 'poll' };
}

// ---------------------------------------------------------------------------------------------
// Shared bookkeeping

/** Status, staleness and retry counting, the same for every transport. */
class Health {
  /** Consecutive failures; the next retry waits backoffDelay(failures + 1). */
  failures = 0;
  staleMs: number;
  private status: FeedStatus | undefined;
  private staleTimer: Timer | undefined;
  private watching = true;
  private readonly events: FeedEvents;
  private readonly retry: BackoffOptions;

  constructor(events: FeedEvents, staleMs: number, retry: BackoffOptions) {
    this.events = events;
    this.staleMs = staleMs;
    this.retry = retry;
  }

  /** Reports a change of status; errors always, since each carries its own reason. */
  report(status: FeedStatus, error?: string): void {
    if (status === this.status && error === undefined) return;
    this.status = status;
    this.events.onStatus(status, error);
  }

  /** A good contact: a message, a 304 or an opened stream. */
  contact(): void {
    this.watch();
    if (this.status !== 'live') this.report('live');
  }

  /** Applies a parsed message: the valid quotes, then an error naming what was dropped. */
  deliver(message: Extract<ParsedMessage, { ok: true }>): void {
    this.contact();
    // An all-invalid message changes nothing; an empty one with asOf is a heartbeat.
    if (message.quotes.length > 0 || (!message.hadQuotes && message.asOf !== undefined)) {
      this.events.onQuotes(message.quotes, message.asOf);
    }
    if (message.problems.length > 0) this.report('error', summarize(message.problems));
  }

  /** Counts a failure, reports it and returns how long to wait before the next attempt. */
  fail(reason: string): number {
    this.failures += 1;
    this.report('error', reason);
    return backoffDelay(this.failures, this.retry);
  }

  /** (Re)arms the stale timer: `stale` if no good contact within staleMs. */
  watch(): void {
    clearTimeout(this.staleTimer);
    this.staleTimer = undefined;
    if (!this.watching) return;
    this.staleTimer = later(() => {
      this.staleTimer = undefined;
      if (this.status !== 'stale') this.report('stale');
    }, this.staleMs);
  }

  /** While the page is hidden, a slower cadence is intended, not a sign of trouble. */
  setWatching(on: boolean): void {
    this.watching = on;
    this.watch();
  }

  stop(): void {
    clearTimeout(this.staleTimer);
    this.staleTimer = undefined;
    this.status = undefined;
    this.failures = 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Public factory

export function createFeed(options: FeedOptions, events: FeedEvents): Feed {
  const target = resolveFeedTarget(options.src, options.feed);
  if (!target.ok) return refusedFeed(target.reason, events);
  if (target.kind === 'poll') return createPollingFeed(target.url, options, events);
  const retry: BackoffOptions = {
    base: periodMs(options.backoff?.base, 1),
    cap: periodMs(options.backoff?.cap, 60),
    random: options.random ?? Math.random,
  };
  const health = new Health(events, periodMs(options.staleAfter, 60), retry);
  return target.kind === 'sse' ? createEventSourceFeed(target.url, health) : createSocketFeed(target.url, health);
}

/** A feed whose URL was refused: it reports why on start and never connects. */
function refusedFeed(reason: string, events: FeedEvents): Feed {
  return {
    start: () => events.onStatus('error', reason),
    stop: () => undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Polling

function createPollingFeed(url: URL, options: FeedOptions, events: FeedEvents): Feed {
  const intervalMs = periodMs(options.interval, 30);
  const timeoutMs = periodMs(options.timeout, 10);
  const random = options.random ?? Math.random;
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
      response = await doFetch(url.href, { headers: conditionalHeaders(), signal: controller.signal, cache: 'no-store' });
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
      fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, retryAfterMs(response.headers));
      return;
    }
    const parsed = text === undefined ? tooLarge() : parseFeedMessage(text);
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
      health.setWatching(next);
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

// ---------------------------------------------------------------------------------------------
// Streams: Server-Sent Events and WebSocket share connection, back-off and resume handling.

interface StreamHandlers {
  opened(): void;
  message(text: string): void;
  dropped(reason: string): void;
}

interface StreamTransport<C> {
  /** Opens a connection reporting to `handlers`; may throw when the browser refuses it. */
  open(handlers: StreamHandlers): C;
  /** Detaches the handlers and closes the connection. */
  close(connection: C): void;
  /** Sees each good message, e.g. to remember where to resume after a reconnection. */
  received?(message: Extract<ParsedMessage, { ok: true }>): void;
}

function createStreamFeed<C>(health: Health, name: string, transport: StreamTransport<C>): Feed {
  let running = false;
  let connection: C | undefined;
  let timer: Timer | undefined;

  function connect(): void {
    timer = undefined;
    health.report('connecting');
    try {
      connection = transport.open({
        opened: () => health.contact(),
        message: receive,
        // error and close often both fire: close() detaches the handlers, so this runs once.
        dropped: (reason) => {
          disconnect();
          timer = later(connect, health.fail(reason));
        },
      });
    } catch (error) {
      // e.g. a port the browser blocks: a failure like any other, so it backs off too.
      timer = later(connect, health.fail(`${name} refused: ${describe(error)}`));
    }
  }

  function disconnect(): void {
    if (connection !== undefined) transport.close(connection);
    connection = undefined;
  }

  function receive(text: string): void {
    const parsed = parseFeedMessage(text);
    if (!parsed.ok) {
      health.report('error', parsed.reason);
      return;
    }
    transport.received?.(parsed);
    // Data flows again: the next drop starts the back-off from the beginning.
    health.failures = 0;
    health.deliver(parsed);
  }

  return {
    start() {
      if (running) return;
      running = true;
      health.watch();
      connect();
    },
    stop() {
      if (!running) return;
      running = false;
      clearTimeout(timer);
      timer = undefined;
      disconnect();
      health.stop();
    },
  };
}

/**
 * Server-Sent Events. EventSource cannot send headers, so the last event id goes back as the
 * `lastEventId` query parameter, for the server to replay what was missed.
 */
function createEventSourceFeed(url: URL, health: Health): Feed {
  let lastEventId: string | undefined;
  return createStreamFeed<EventSource>(health, 'event stream', {
    open(handlers) {
      const target = new URL(url);
      if (lastEventId !== undefined) target.searchParams.set('lastEventId', lastEventId);
      const es = new EventSource(target.href);
      es.onopen = handlers.opened;
      es.onmessage = (event: MessageEvent) => {
        // The browser keeps the last id seen on this connection; remember it across connections.
        if (event.lastEventId) lastEventId = event.lastEventId;
        handlers.message(typeof event.data === 'string' ? event.data : '');
      };
      // Close rather than let EventSource retry on its own fixed delay: the back-off is ours.
      es.onerror = () => handlers.dropped('event stream failed or closed');
      return es;
    },
    close(es) {
      es.onopen = es.onmessage = es.onerror = null;
      es.close();
    },
  });
}

/** WebSocket. After a reconnection it asks to resume after the last `seq` it saw. */
function createSocketFeed(url: URL, health: Health): Feed {
  let lastSeq: number | undefined;
  return createStreamFeed<WebSocket>(health, 'WebSocket', {
    open(handlers) {
      const ws = new WebSocket(url.href);
      ws.onopen = () => {
        handlers.opened();
        if (lastSeq !== undefined) ws.send(JSON.stringify({ type: 'resume', lastSeq }));
      };
      ws.onmessage = (event: MessageEvent) => {
        if (typeof event.data === 'string') handlers.message(event.data);
        else health.report('error', 'binary WebSocket message ignored');
      };
      // A failed connection fires error and then close, which says why: report the close. The
      // error alone stands only if no close follows in the same task (close() detaches onclose).
      ws.onerror = () => {
        setTimeout(() => {
          if (ws.onclose) handlers.dropped('WebSocket error');
        });
      };
      ws.onclose = (event: CloseEvent) => {
        const reason = event.reason ? `: ${event.reason.slice(0, 123)}` : '';
        handlers.dropped(`WebSocket closed (code ${event.code}${reason})`);
      };
      return ws;
    },
    close(ws) {
      ws.onopen = ws.onmessage = ws.onerror = ws.onclose = null;
      if (ws.readyState === WebSocket.CONNECTING || ws.readyState === WebSocket.OPEN) ws.close(1000);
    },
    received(message) {
      if (message.seq !== undefined) lastSeq = message.seq;
    },
  });
}
