/** The feed layer's public types: messages, statuses, options. No DOM. */
import type { AdapterFunction, FeedAdapter } from '../adapters/read.js';
import type { Quote } from '../quote.js';

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
  /** The symbols (ours) shown: a socket with an adapter subscribes to them, and follows changes. */
  setSymbols?(symbols: readonly string[]): void;
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
  /**
   * Seconds between polls while every market of `markets()` is closed (nights, weekends,
   * holidays), never past the next open; absent or not positive: no rest. Polling only.
   */
  closedInterval?: number;
  /** The markets (MICs) of the figures shown, `undefined` for one not known; read before each poll. */
  markets?: () => ReadonlyArray<string | undefined>;
  /** Seconds before a poll request is aborted; default 10. */
  timeout?: number;
  fetch?: typeof fetch;
  /**
   * Retry delays in seconds: `base` doubling up to `cap`. Defaults: polling min(1, interval) up to
   * min(60, 5 x interval) but never under the interval; streams 1 up to 60.
   */
  backoff?: { base?: number; cap?: number };
  /**
   * A provider's messages read as ours: a built-in adapter's name (`binance`, `coinbase`,
   * `finnhub`, `polygon`, `yahoo`, from `market-ticker/adapters.js`), a function or an adapter
   * object. An unknown name is an `error` status and the feed never connects.
   */
  adapter?: string | AdapterFunction | FeedAdapter;
  /** Source of jitter in [0, 1); tests pass a constant for exact timings. */
  random?: () => number;
}
