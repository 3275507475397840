/** Retry delays: exponential back-off with jitter. Pure. */

/** Spread of poll delays and retries, as a fraction either side. */
export const JITTER = 0.15;

export interface BackoffOptions {
  /** First delay; default 1000. Units are the caller's. */
  base?: number;
  /** Ceiling; default 60000. */
  cap?: number;
  /** Fraction either side, default 0.15. */
  jitter?: number;
  random?: () => number;
}

/**
 * Delay before retry number `attempt` (1 = first retry): `base`, doubling per attempt, at most
 * `cap`, then spread by ±`jitter` so that readers who failed together do not retry together. The
 * cap is a hard ceiling, also after jitter.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const { base = 1000, cap = 60_000, jitter = JITTER, random = Math.random } = options;
  // Bounded exponent: 2 ** 1100 is Infinity, and 0 * Infinity would be NaN.
  const n = Number.isFinite(attempt) ? Math.floor(attempt) : 1;
  const exponent = Math.min(Math.max(0, n - 1), 60);
  const raw = Math.min(cap, base * 2 ** exponent);
  return Math.min(cap, spread(raw, jitter, random));
}

export function spread(delay: number, jitter: number, random: () => number): number {
  return Math.max(0, delay * (1 + jitter * (2 * random() - 1)));
}
