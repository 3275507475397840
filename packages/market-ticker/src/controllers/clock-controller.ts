import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Where the clock reads the time and sets its timer. The default is the page's own; tests and
 * demos set a fake as {@link ClockController.defaultScheduler} to drive time by hand.
 */
export interface ClockScheduler {
  now(): number;
  setTimeout(callback: () => void, delay: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The page's clock and timers. */
export const systemScheduler: ClockScheduler = {
  now: () => Date.now(),
  setTimeout: (callback, delay) => globalThis.setTimeout(callback, delay),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const MINUTE = 60_000;

/**
 * One minute timer for the whole page, shared by every element that shows the time of day (a
 * banner's countdown, a card's "5 minutes ago", a cell's market state): each ticking host
 * re-renders on the minute, and a page of 2,000 cells and 20 cards still sets one timer.
 *
 * The timer is set to the next minute, measured afresh from the clock, rather than repeating with
 * `setInterval`: intervals drift, and a computer that slept would keep a stale phase. Browsers
 * freeze timers in background tabs, so the clock stops while the page is hidden and, when it is
 * shown again, re-renders every host at once and re-aligns on the new time.
 */
let scheduler = systemScheduler;
const hosts = new Set<ReactiveControllerHost>();
let timer: unknown;

function arm(): void {
  if (timer !== undefined || hosts.size === 0 || document.visibilityState === 'hidden') return;
  timer = scheduler.setTimeout(tick, MINUTE - (((scheduler.now() % MINUTE) + MINUTE) % MINUTE));
}

function disarm(): void {
  if (timer !== undefined) scheduler.clearTimeout(timer);
  timer = undefined;
}

function tick(): void {
  timer = undefined;
  for (const host of hosts) host.requestUpdate();
  // Measured again from the clock: a timer that fired early gets a short second one.
  arm();
}

function onVisibilityChange(): void {
  disarm();
  if (document.visibilityState !== 'hidden') tick();
}

/**
 * An element's view of the page's clock: the time to show, and a re-render on every minute while
 * `enabled` and connected. `pin(date)` fixes the time (an element's `now` attribute, for stories,
 * tests and screenshots) and stops the ticking; `pin(undefined)` goes back to the live clock.
 */
export class ClockController implements ReactiveController {
  /** The clock's scheduler; a test seam, replaced and restored by tests (the timer moves to it). */
  static get defaultScheduler(): ClockScheduler {
    return scheduler;
  }

  static set defaultScheduler(next: ClockScheduler) {
    disarm();
    scheduler = next;
    arm();
  }

  private readonly host: ReactiveControllerHost;
  private wanted: boolean;
  private connected = false;
  private pinnedAt?: number;

  /** `enabled` false: the host shows no time until it says so (a cell without `market-state`). */
  constructor(host: ReactiveControllerHost, enabled = true) {
    this.host = host;
    this.wanted = enabled;
    host.addController(this);
  }

  /** The time to show: the pinned instant, or the live clock. */
  now(): Date {
    return new Date(this.pinnedAt ?? scheduler.now());
  }

  /** Whether the time is fixed by {@link pin}. */
  get pinned(): boolean {
    return this.pinnedAt !== undefined;
  }

  /** Fixes the time at `at`; `undefined` (or an invalid date) returns to the live clock. Call from willUpdate. */
  pin(at: Date | undefined): void {
    const time = at?.getTime();
    this.pinnedAt = time !== undefined && Number.isFinite(time) ? time : undefined;
    this.sync();
  }

  /** Ticks only while the host shows the time: call from willUpdate with, say, `market-state`. */
  set enabled(on: boolean) {
    this.wanted = on;
    this.sync();
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  private sync(): void {
    if (isServer) return;
    const size = hosts.size;
    if (this.wanted && this.connected && this.pinnedAt === undefined) hosts.add(this.host);
    else hosts.delete(this.host);
    // One listener for the page, while any host ticks.
    if (!size && hosts.size) document.addEventListener('visibilitychange', onVisibilityChange);
    if (size && !hosts.size) document.removeEventListener('visibilitychange', onVisibilityChange);
    if (hosts.size) arm();
    else disarm();
  }
}
