/**
 * When the next poll goes out: the interval with jitter, never sooner than the cache allows, a
 * slower cadence while hidden, and rest while every market sleeps. No timers: the caller passes
 * the clock.
 */
import { JITTER, spread } from './backoff.js';
import { nextPoll } from './rest.js';

/** Cadence while the page is hidden: the reader is not looking, so spare the server. */
const HIDDEN_MIN_MS = 60_000;
/** Shortest wait while resting: an open that is due now is polled within this. */
const RESTING_MIN_MS = 1_000;

export interface PollScheduleOptions {
  intervalMs: number;
  /** Resting off when undefined. */
  closedMs?: number;
  random: () => number;
  markets?: () => ReadonlyArray<string | undefined>;
}

export class PollSchedule {
  /** While every market is shut: the quiet time is intended, so nothing goes stale. */
  resting = false;
  private readonly options: PollScheduleOptions;

  constructor(options: PollScheduleOptions) {
    this.options = options;
  }

  get hiddenMs(): number {
    return Math.max(this.options.intervalMs * 4, HIDDEN_MIN_MS);
  }

  /** The wait after a good contact whose response stays fresh for `freshMs`; updates `resting`. */
  afterContact(visible: boolean, freshMs: number, now: number): number {
    if (!visible) return Math.max(this.hiddenMs, freshMs);
    const { intervalMs, closedMs, random } = this.options;
    // The markets are looked up only when resting is on: a strip of 2,000 quotes polls too.
    const markets = closedMs === undefined ? [] : (this.options.markets?.() ?? []);
    const rest = nextPoll(markets, now, intervalMs, closedMs);
    this.resting = rest.resting;
    // At the open exactly (no jitter), but never a busy loop if an open is due now.
    if (rest.resting) return Math.max(rest.delay, RESTING_MIN_MS);
    const delay = spread(intervalMs, JITTER, random);
    // Jitter may lengthen the cache lifetime but never shorten it.
    return freshMs < delay ? delay : freshMs * (1 + JITTER * random());
  }

  /** The wait after a failure whose back-off is `backoffMs`. */
  afterFailure(visible: boolean, backoffMs: number): number {
    return visible ? backoffMs : Math.max(backoffMs, this.hiddenMs);
  }
}
