/**
 * The shape of a bundled exchange calendar. One module per market (or per group of markets that
 * always close together), so that a loader can fetch only the markets a page shows.
 * No DOM: usable in Node, workers and SSR.
 */

/**
 * A holiday's English name followed by the weekdays it closes or shortens: `MM-DD`, or
 * `MM-DD@HH:MM` for a half day that ends at its own exchange-local time. In `special`, each day is
 * `MM-DD@HH:MM-HH:MM`: the session's own open and close, exchange-local.
 */
export type Days = readonly [note: string, ...monthDays: string[]];

export interface CalendarYear {
  readonly year: number;
  /** True where the year is derived from holiday rules, not from the exchange's own calendar. */
  readonly provisional?: boolean;
  readonly closed: readonly Days[];
  readonly halfDays?: readonly Days[];
  /**
   * Days with a session of their own instead of the regular one: a late open (KRX on the first
   * trading day and on the college entrance exam day) or a short session on a day that is
   * otherwise closed, even a weekend (India's Muhurat trading at Diwali).
   */
  readonly special?: readonly Days[];
}
