/**
 * JSON polling: conditional requests, freshness, back-off, and a slower cadence while hidden.
 * The parts are modules of their own: fetching (poll-request), reading a response
 * (poll-response) and scheduling (poll-schedule); this class only ties them to timers and health.
 */
import type { FeedAdapter } from '../adapters/read.js';
import type { BackoffOptions } from './backoff.js';
import { Health } from './health.js';
import { fetchOnce } from './poll-request.js';
import { conditionalHeaders, readResponse, type PollOutcome, type Validators } from './poll-response.js';
import { PollSchedule } from './poll-schedule.js';
import { MAX_TIMER_MS, later, periodMs, type Timer } from './timers.js';
import type { Feed, FeedEvents, FeedOptions } from './types.js';
import { positiveNumber } from '../values.js';

export function createPollingFeed(url: URL, options: FeedOptions, events: FeedEvents, adapter?: FeedAdapter): Feed {
  return new PollingFeed(url, options, events, adapter);
}

class PollingFeed implements Feed {
  private readonly href: string;
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private readonly explicitStale: boolean;
  private readonly health: Health;
  private readonly cadence: PollSchedule;
  private readonly doFetch: typeof fetch;
  private readonly adapter: FeedAdapter | undefined;

  private running = false;
  private visible = true;
  /** Bumped by start/stop so that late callbacks of an earlier run do nothing. */
  private run = 0;
  private timer: Timer | undefined;
  private request: AbortController | undefined;
  private validators: Validators = {};
  /** How long the last response may be cached (Cache-Control max-age less Age). */
  private freshMs = 0;

  constructor(url: URL, options: FeedOptions, events: FeedEvents, adapter?: FeedAdapter) {
    this.href = url.href;
    this.adapter = adapter;
    this.intervalMs = periodMs(options.interval, 30);
    this.timeoutMs = periodMs(options.timeout, 10);
    this.explicitStale = options.staleAfter !== undefined;
    const random = options.random ?? Math.random;
    const intervalS = this.intervalMs / 1000;
    const retry: BackoffOptions = {
      base: periodMs(options.backoff?.base, Math.min(1, intervalS)),
      cap: periodMs(options.backoff?.cap, Math.max(intervalS, Math.min(60, 5 * intervalS))),
      random,
    };
    this.health = new Health(events, periodMs(options.staleAfter, 3 * intervalS), retry);
    const closedMs =
      positiveNumber(options.closedInterval) === undefined ? undefined : periodMs(options.closedInterval, 1);
    this.cadence = new PollSchedule({ intervalMs: this.intervalMs, closedMs, random, markets: options.markets });
    // A local binding, so that window.fetch is never called with the options object as `this`.
    this.doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.run += 1;
    this.health.report('connecting');
    this.cadence.resting = false;
    this.health.setWatching(this.visible);
    void this.poll();
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.run += 1;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.request?.abort();
    this.request = undefined;
    this.health.stop();
  }

  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    if (!this.running) return;
    this.health.setWatching(visible && !this.cadence.resting);
    // An in-flight request schedules the next one itself, at the new cadence.
    if (this.request !== undefined) return;
    if (visible) {
      // Catch up at once: the reader is looking again.
      clearTimeout(this.timer);
      this.timer = undefined;
      void this.poll();
    } else {
      this.schedule(this.cadence.hiddenMs, this.health.failures > 0);
    }
  }

  private schedule(ms: number, retrying: boolean): void {
    clearTimeout(this.timer);
    this.timer = later(() => {
      this.timer = undefined;
      if (retrying) this.health.report('connecting');
      void this.poll();
    }, ms);
  }

  private async poll(): Promise<void> {
    const mine = this.run;
    const controller = new AbortController();
    this.request = controller;
    const headers = conditionalHeaders(this.validators);
    const fetched = await fetchOnce(this.doFetch, this.href, headers, controller, this.timeoutMs);
    if (this.request === controller) this.request = undefined;
    if (mine !== this.run) return;
    if (fetched.ok) this.apply(readResponse(fetched.response, fetched.text, this.validators, this.adapter));
    else this.fail(fetched.reason, 0);
  }

  private apply(outcome: PollOutcome): void {
    if (outcome.kind === 'failed') {
      this.fail(outcome.reason, outcome.waitAtLeastMs);
      return;
    }
    this.validators = outcome.validators;
    // Before the stale timer is re-armed: with max-age above the interval, polls come at max-age.
    this.freshMs = outcome.freshMs;
    if (!this.explicitStale) this.health.staleMs = Math.min(MAX_TIMER_MS, 3 * Math.max(this.intervalMs, this.freshMs));
    if (outcome.kind === 'message') this.health.deliver(outcome.message);
    else this.health.contact();
    this.health.failures = 0;
    const wasResting = this.cadence.resting;
    const delay = this.cadence.afterContact(this.visible, this.freshMs, Date.now());
    if (this.cadence.resting !== wasResting) this.health.setWatching(!this.cadence.resting);
    this.schedule(delay, false);
  }

  private fail(reason: string, waitAtLeastMs: number): void {
    const backoff = Math.max(this.health.fail(reason), waitAtLeastMs);
    this.schedule(this.cadence.afterFailure(this.visible, backoff), true);
  }
}
