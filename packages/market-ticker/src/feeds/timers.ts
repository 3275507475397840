/** Timer limits shared by every transport. */
import { positiveNumber } from '../values.js';

/** setTimeout fires at once beyond this, which would turn a huge interval into a busy loop. */
export const MAX_TIMER_MS = 2_147_483_647;
/** Floor for any configured period, so that a tiny value cannot become a busy loop either. */
export const MIN_PERIOD_MS = 10;

export type Timer = ReturnType<typeof setTimeout>;

/** A period in seconds from options, as milliseconds; the fallback when absent or not positive. */
export function periodMs(seconds: number | undefined, fallbackSeconds: number): number {
  const s = positiveNumber(seconds) ?? fallbackSeconds;
  return Math.min(MAX_TIMER_MS, Math.max(MIN_PERIOD_MS, s * 1000));
}

export function later(callback: () => void, ms: number): Timer {
  return setTimeout(callback, Math.min(MAX_TIMER_MS, Math.max(0, ms)));
}
