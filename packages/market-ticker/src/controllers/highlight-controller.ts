import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClockScheduler } from './clock-controller.js';

export type HighlightDirection = 'up' | 'down';

/** Monotonic time for highlights: a wall-clock change must not cut one short or hold it. */
export const highlightScheduler: ClockScheduler = {
  now: () => performance.now(),
  setTimeout: (callback, delay) => globalThis.setTimeout(callback, delay),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A highlight as the shared timer sees it. */
interface TimedHighlight {
  endsAt(): number;
  finish(): void;
}

/**
 * One timer for every highlight on the page (per scheduler). A highlight is a static tint that
 * goes on with the new price and comes off when its time is up: two style changes and nothing in
 * the frames between. The timer stops when no highlight is left.
 */
class SharedTimer {
  private readonly active = new Set<TimedHighlight>();
  private handle: unknown;
  private durationsToRead = false;

  constructor(private readonly scheduler: ClockScheduler) {}

  add(highlight: TimedHighlight): void {
    this.active.add(highlight);
    // A check right after this task reads the new highlights' durations, once for the batch.
    if (this.durationsToRead) return;
    this.durationsToRead = true;
    this.schedule(0);
  }

  remove(highlight: TimedHighlight): void {
    if (!this.active.delete(highlight) || this.active.size > 0 || this.handle === undefined) return;
    this.scheduler.clearTimeout(this.handle);
    this.handle = undefined;
    this.durationsToRead = false;
  }

  private schedule(delay: number): void {
    if (this.handle !== undefined) this.scheduler.clearTimeout(this.handle);
    this.handle = this.scheduler.setTimeout(() => this.check(), Math.max(0, delay));
  }

  private check(): void {
    this.handle = undefined;
    this.durationsToRead = false;
    const now = this.scheduler.now();
    let next = Infinity;
    for (const highlight of this.active) {
      const end = highlight.endsAt();
      // Within a few milliseconds counts as due: a timer never fires early by more.
      if (end <= now + 4) {
        this.active.delete(highlight);
        highlight.finish();
      } else next = Math.min(next, end);
    }
    if (this.active.size) this.schedule(next - now);
  }
}

const timers = new WeakMap<ClockScheduler, SharedTimer>();

function timerFor(scheduler: ClockScheduler): SharedTimer {
  let timer = timers.get(scheduler);
  if (!timer) timers.set(scheduler, (timer = new SharedTimer(scheduler)));
  return timer;
}

/**
 * The price highlight of one cell: `direction` while it shows. `start()` puts it on; it comes
 * off after the duration that `readDuration()` gives, read once per highlight in the shared
 * timer's task (where style is usually clean), not during render. A host that leaves the page
 * takes its highlight with it.
 */
export class HighlightController implements ReactiveController {
  /** The scheduler of highlights created without one; a test seam, replaced and restored by tests. */
  static defaultScheduler: ClockScheduler = highlightScheduler;

  /** The direction of the highlight on screen, if any. */
  direction?: HighlightDirection;
  private readonly scheduler: ClockScheduler;
  private startedAt = 0;
  private durationMs?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly readDuration: () => number,
    scheduler?: ClockScheduler,
  ) {
    this.scheduler = scheduler ?? HighlightController.defaultScheduler;
    host.addController(this);
  }

  private get timer(): SharedTimer {
    return timerFor(this.scheduler);
  }

  /** Puts the highlight on (during the host's update: no further render is asked for). */
  start(direction: HighlightDirection): void {
    this.direction = direction;
    this.startedAt = this.scheduler.now();
    this.durationMs = undefined;
    this.timer.add(this);
  }

  /** When the highlight is due to come off, reading its duration the first time it is asked. */
  endsAt(): number {
    return this.startedAt + (this.durationMs ??= this.readDuration());
  }

  /** Takes the highlight off and re-renders the host. */
  finish(): void {
    this.direction = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.timer.remove(this);
    if (this.direction !== undefined) this.finish();
  }
}

/** The highlights started in one update of the host: their duration is read once for all. */
interface Batch {
  durationMs?: number;
}

/** One key's highlight in a `HighlightSet`. */
class KeyedHighlight implements TimedHighlight {
  constructor(
    private readonly set: HighlightSet,
    private readonly batch: Batch,
    readonly key: string,
    readonly direction: HighlightDirection,
    private readonly startedAt: number,
  ) {}

  endsAt(): number {
    return this.startedAt + (this.batch.durationMs ??= this.set.readDuration());
  }

  finish(): void {
    this.set.finished(this);
  }
}

/**
 * The price highlights of many cells drawn by one host (the strip's cells, keyed by symbol):
 * the same shared timer and the same rules as `HighlightController`, one reactive controller for
 * all of them. When several come off together, the host re-renders once.
 */
export class HighlightSet implements ReactiveController {
  private readonly scheduler: ClockScheduler;
  private readonly active = new Map<string, KeyedHighlight>();
  private batch?: Batch;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly readDuration: () => number,
    scheduler?: ClockScheduler,
  ) {
    this.scheduler = scheduler ?? HighlightController.defaultScheduler;
    host.addController(this);
  }

  /** The direction of `key`'s highlight on screen, if any. */
  direction(key: string): HighlightDirection | undefined {
    return this.active.get(key)?.direction;
  }

  /** Puts `key`'s highlight on, or starts it again (during the host's update). */
  start(key: string, direction: HighlightDirection): void {
    const timer = timerFor(this.scheduler);
    const previous = this.active.get(key);
    if (previous) timer.remove(previous);
    const highlight = new KeyedHighlight(this, (this.batch ??= {}), key, direction, this.scheduler.now());
    this.active.set(key, highlight);
    timer.add(highlight);
  }

  /** Called by the shared timer: takes one highlight off. */
  finished(highlight: KeyedHighlight): void {
    if (this.active.get(highlight.key) !== highlight) return;
    this.active.delete(highlight.key);
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.batch = undefined;
  }

  hostDisconnected(): void {
    if (this.active.size === 0) return;
    const timer = timerFor(this.scheduler);
    for (const highlight of this.active.values()) timer.remove(highlight);
    this.active.clear();
    this.host.requestUpdate();
  }
}
