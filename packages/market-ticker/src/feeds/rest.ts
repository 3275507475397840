/**
 * When a polled feed may rest: while every market of the shown quotes is shut, polling waits
 * `closed-interval` instead of `interval`, and never past the next open, so the first figures of
 * the day arrive on time. No DOM, no timers: the caller passes the clock, so a fake one tests it.
 *
 * Choices worth knowing:
 * - A market is awake only in continuous trading (`open`). Pre-opening auctions and lunch breaks
 *   rest too: the first poll of the open still lands exactly at the open.
 * - A quote whose market is unknown (no `exchange` and not in the catalogue, or a MIC the sessions
 *   module does not know) keeps the feed awake: its figures may change at any time.
 * - `24/7` markets are always open, so a strip with a crypto asset never rests.
 */
import { quoteMarket } from '../catalogue.js';
import { isKnownMarket, marketState } from '../sessions.js';

/** What the next poll waits for. */
export interface RestDecision {
  /** Milliseconds until the next poll. */
  delay: number;
  /** True while every market is shut: the wait is the quiet time, not a late feed (not stale). */
  resting: boolean;
  /** When resting: the next open among the markets, if one is within the sessions' horizon. */
  wakeAt?: Date;
}

/** The distinct markets of quotes, `undefined` standing for a quote whose market is not known. */
export function marketsOfQuotes(
  quotes: ReadonlyArray<{ readonly symbol: string; readonly exchange?: unknown }>,
): Array<string | undefined> {
  return [...new Set(quotes.map((quote) => quoteMarket(quote)))];
}

/**
 * The delay until the next poll: `intervalMs` while any market is trading, has no known
 * sessions, or there are no markets at all; else the shorter of `closedIntervalMs` and the time to
 * the next open (0 when that open is now). A `closedIntervalMs` that is not a positive number
 * turns resting off.
 */
export function nextPoll(
  markets: ReadonlyArray<string | undefined>,
  now: Date | number,
  intervalMs: number,
  closedIntervalMs: number | undefined,
): RestDecision {
  const awake: RestDecision = { delay: intervalMs, resting: false };
  const at = typeof now === 'number' ? now : now.getTime();
  if (!closedIntervalMs || !(closedIntervalMs > 0) || !Number.isFinite(at) || markets.length === 0) return awake;
  let wake = Infinity;
  for (const market of markets) {
    if (market === undefined || !isKnownMarket(market)) return awake;
    const snapshot = marketState(market, at);
    if (snapshot.state === 'open') return awake;
    if (snapshot.nextOpen) wake = Math.min(wake, snapshot.nextOpen.getTime());
  }
  const delay = Math.max(Math.min(closedIntervalMs, wake - at), 0);
  return Number.isFinite(wake) ? { delay, resting: true, wakeAt: new Date(wake) } : { delay, resting: true };
}
