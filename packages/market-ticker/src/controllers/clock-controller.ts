import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** How often the host re-renders: on every minute or on every second of the wall clock. */
export type ClockResolution = 'minute' | 'second';

/**
 * Where a clock reads the time and sets its timers. The default is the page's own; tests and
 * demos pass a fake to drive time by hand.
 */
export interface ClockScheduler {
  now(): number;
  setTimeout(callback: () => void, delay: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ClockOptions {
  /** Default `minute`. */
  resolution?: ClockResolution;
  /** Default {@link ClockController.defaultScheduler}. */
  scheduler?: ClockScheduler;
}

/** The page's clock and timers. */
export const systemScheduler: ClockScheduler = {
  now: () => Date.now(),
  setTimeout: (callback, delay) => globalThis.setTimeout(callback, delay),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const PERIOD: Record<ClockResolution, number> = { minute: 60_000, second: 1_000 };

/**
 * Re-renders its host on every minute (or second) of the wall clock, for countdowns and relative
 * times, and tells the host what time it is.
 *
 * Each timer is set to the next boundary of the period, measured afresh from the clock, rather
 * than repeating with `setInterval`: intervals drift, and a computer that slept would keep a stale
 * phase. Browsers also freeze timers in background tabs, so the clock stops while the page is
 * hidden and, when it is shown again, re-renders at once and re-aligns on the new time.
 *
 * `pin(date)` fixes the time (an element's `now` attribute, for stories, tests and screenshots)
 * and stops the timer; `pin(undefined)` goes back to the live clock.
 */
export class ClockController implements ReactiveController {
  /** The scheduler of clocks created without one; a test seam, replaced and restored by tests. */
  static defaultScheduler: ClockScheduler = systemScheduler;

  readonly resolution: ClockResolution;
  private readonly host: ReactiveControllerHost;
  private readonly scheduler: ClockScheduler;
  private pinnedAt?: number;
  private timer?: unknown;
  private connected = false;

  constructor(host: ReactiveControllerHost, { resolution = 'minute', scheduler }: ClockOptions = {}) {
    this.host = host;
    this.resolution = resolution;
    this.scheduler = scheduler ?? ClockController.defaultScheduler;
    host.addController(this);
  }

  hostConnected() {
    if (isServer) return;
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.schedule();
  }

  hostDisconnected() {
    if (isServer) return;
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.cancel();
  }

  private schedule(): void {
    if (!this.connected || this.pinned || document.visibilityState === 'hidden') return;
    this.cancel();
    const period = PERIOD[this.resolution];
    const elapsed = ((this.scheduler.now() % period) + period) % period;
    this.timer = this.scheduler.setTimeout(this.tick, period - elapsed);
  }

  private cancel(): void {
    if (this.timer === undefined) return;
    this.scheduler.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly tick = () => {
    this.timer = undefined;
    this.host.requestUpdate();
    // Measured again from the clock: a timer that fired early gets a short second one.
    this.schedule();
  };

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') {
      this.cancel();
      return;
    }
    this.host.requestUpdate();
    this.schedule();
  };

  /** The current time: the pinned instant, or the live clock. */
  now(): Date {
    return new Date(this.pinnedAt ?? this.scheduler.now());
  }

  /** Whether the time is fixed by {@link pin}. */
  get pinned(): boolean {
    return this.pinnedAt !== undefined;
  }

  /**
   * Fixes the time at `at` and stops the timer; `undefined` (or an invalid date) returns to the
   * live clock. Re-renders the host when the time it sees changes.
   */
  pin(at: Date | undefined): void {
    const time = at?.getTime();
    const next = time !== undefined && Number.isFinite(time) ? time : undefined;
    if (next === this.pinnedAt) return;
    this.pinnedAt = next;
    this.cancel();
    this.schedule();
    this.host.requestUpdate();
  }
}
