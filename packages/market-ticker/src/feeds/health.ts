/** A feed's health: the status it reports, when it goes stale, and how long the next retry waits. */
import { backoffDelay, type BackoffOptions } from './backoff.js';
import { summarize, type ParsedMessage } from './messages.js';
import { later, type Timer } from './timers.js';
import type { FeedEvents, FeedStatus } from './types.js';

/** Status, staleness and retry counting, the same for every transport. */
export class Health {
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
