/** Timers under a test's control for the elements' clocks: time moves only when the test says so. */
import type { ClockScheduler } from '../packages/market-ticker/src/controllers/clock-controller.js';

export class FakeScheduler implements ClockScheduler {
  readonly timers = new Map<number, { at: number; callback: () => void }>();
  private lastId = 0;

  constructor(public time: number) {}

  now() {
    return this.time;
  }

  setTimeout(callback: () => void, delay: number) {
    this.timers.set(++this.lastId, { at: this.time + delay, callback });
    return this.lastId;
  }

  clearTimeout(handle: unknown) {
    this.timers.delete(handle as number);
  }

  get pending() {
    return this.timers.size;
  }

  /** When the earliest pending timer is due. */
  get due(): number | undefined {
    return Math.min(...[...this.timers.values()].map((t) => t.at));
  }

  /** Moves time forward by `ms`, firing each timer that falls due, in order. */
  advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      this.timers.delete(next[0]);
      this.time = next[1].at;
      next[1].callback();
    }
    this.time = end;
  }

  /** The computer sleeps: the clock moves on, no timer fires. */
  sleep(ms: number) {
    this.time += ms;
  }

  /** On waking, each overdue timer fires once, late, as browsers do. */
  wake() {
    for (const [id, timer] of [...this.timers]) {
      if (timer.at > this.time) continue;
      this.timers.delete(id);
      timer.callback();
    }
  }
}
