/**
 * The global setTimeout and clearTimeout under a test's hand, for the feed's DOM-free parts (in the
 * browsers and in Node): nothing fires until `advance`, and `pending` lists what is set, by delay.
 */
export function useFakeTimers() {
  const real = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  let timers: { at: number; fire: () => void; id: number }[] = [];
  let now = 0;
  let lastId = 0;
  beforeEach(() => {
    timers = [];
    now = 0;
    globalThis.setTimeout = ((fire: () => void, ms = 0) => {
      timers.push({ at: now + ms, fire, id: ++lastId });
      return lastId;
    }) as unknown as typeof setTimeout;
    globalThis.clearTimeout = ((id: number) => {
      timers = timers.filter((t) => t.id !== id);
    }) as unknown as typeof clearTimeout;
  });
  afterEach(() => void Object.assign(globalThis, real));
  return {
    /** The fake clock's time, from 0 at each test's start. */
    now: () => now,
    /** The delays still to run, shortest first. */
    pending: () => timers.map((t) => t.at - now).sort((a, b) => a - b),
    /** Moves time on, firing what falls due in order. */
    advance(ms: number) {
      const until = now + ms;
      for (let due = timers.filter((t) => t.at <= until); due.length > 0; due = timers.filter((t) => t.at <= until)) {
        const next = due.reduce((a, b) => (b.at < a.at ? b : a));
        timers = timers.filter((t) => t !== next);
        now = next.at;
        next.fire();
      }
      now = until;
    },
    /** Lets pending promises (a scripted fetch, its body) settle, on a real macrotask. */
    settle: () => new Promise<void>((resolve) => void real.setTimeout.call(globalThis, resolve, 0)),
  };
}
