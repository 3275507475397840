/** Which way a strip's items move. */
export type TickerDirection = 'left' | 'right' | 'up' | 'down';

const DIRECTIONS: readonly string[] = ['left', 'right', 'up', 'down'];

/**
 * The way a strip moves: the `direction` attribute when it names one, else toward the start of
 * the line (`left`, or `right` laid out right to left). An unknown value is the default, silently.
 */
export function tickerDirection(value: unknown, rtl: boolean): TickerDirection {
  return typeof value === 'string' && DIRECTIONS.includes(value) ? (value as TickerDirection) : rtl ? 'right' : 'left';
}

/** How the marquee moves for a direction, in the terms of its one loop animation. */
export interface MarqueeLayout {
  /** A column moving up or down, not a row. */
  vertical: boolean;
  /** The row is laid out right to left: the copies follow the list on its left. */
  rtl: boolean;
  /** The loop runs backwards: the items move away from the start of the line (or down). */
  reverse: boolean;
}

export function marqueeLayout(direction: TickerDirection, rtl: boolean): MarqueeLayout {
  const vertical = direction === 'up' || direction === 'down';
  // The loop runs forwards toward the start edge: left in a left-to-right row, right in a
  // right-to-left one, up in a column.
  const forward = vertical ? 'up' : rtl ? 'right' : 'left';
  return { vertical, rtl: rtl && !vertical, reverse: direction !== forward };
}
