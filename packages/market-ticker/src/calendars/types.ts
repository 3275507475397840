/**
 * The shape of a bundled exchange calendar. One module per market (or per group of markets that
 * always close together), so that a loader can fetch only the markets a page shows.
 * No DOM: usable in Node, workers and SSR.
 */

/**
 * A holiday's English name followed by the weekdays it closes or shortens: `MM-DD`, or
 * `MM-DD@HH:MM` for a half day that ends at its own exchange-local time.
 */
export type Days = readonly [note: string, ...monthDays: string[]];

export interface CalendarYear {
  readonly year: number;
  /** True where the year is derived from holiday rules, not from the exchange's own calendar. */
  readonly provisional?: boolean;
  readonly closed: readonly Days[];
  readonly halfDays?: readonly Days[];
}
