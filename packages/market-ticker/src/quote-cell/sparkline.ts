/**
 * A cell's sparkline: `history` as one SVG path (and a light area under it) in a fixed box, with
 * the previous close as a faint baseline. Geometry only, no DOM: the same strings on the server
 * and in the browser, so a server-rendered line hydrates unchanged. Sizes and colours come from
 * the stylesheet (a strict CSP allows no `style` attribute).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatPrice } from '../format.js';
import type { Locale } from '../locales.js';

/** The drawing's units (the template's `viewBox`); the stylesheet sets the box it is stretched into. */
export const SPARKLINE_BOX = { width: 60, height: 20 } as const;

export interface SparklineView {
  /** The line: `history`'s lowest point at the box's bottom, its highest at the top. */
  readonly line: string;
  /** The line closed along the box's bottom edge. */
  readonly area: string;
  /** The previous close, across the box, when it lies within the line's range. */
  baseline?: string;
  /** "range 17,150.20 to 17,301.00": said after the cell's words. */
  words: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The drawing of a checked history (finite points, oldest first), or `undefined` when it has
 * fewer than 2 points: a single point is not a line. `texts` is the state of the messages the
 * words are said in (localization's `textKey()`, which names the locale too, as the caller's
 * cache of words does).
 * `from`, the quote's own `history` array, keeps the drawing while its points stay the same.
 */
export function sparklineOf(
  history: readonly number[] | undefined,
  previousClose: number | undefined,
  precision: number,
  locale: Locale,
  texts: string,
  from?: unknown,
): SparklineView | undefined {
  if (!history || history.length < 2) return undefined;
  // The words follow the locale and its messages' arrival (`texts` names both), the baseline the
  // previous close.
  const key = `${previousClose} ${precision} ${texts}`;
  const kept = Array.isArray(from) ? from : undefined;
  const last = kept && drawn.get(kept);
  if (last?.key === key && last.points.length === history.length && last.points.every((p, i) => p === history[i]))
    return last.view;
  const view = drawing(history, previousClose, precision, locale);
  if (kept) drawn.set(kept, { key, points: history, view });
  return view;
}

/**
 * The last drawing from each quote's history array: a feed that sends the line once and then
 * only prices, or a site that spreads a quote into a new object, hands the same array at every
 * tick, and the line keeps its drawing and its words (a 500-quote strip's update of every price
 * drew 500 lines and formatted 1,000 figures again). The points are compared, so an array
 * changed in place is drawn again.
 */
const drawn = new WeakMap<unknown[], { key: string; points: readonly number[]; view: SparklineView }>();

function drawing(
  history: readonly number[],
  previousClose: number | undefined,
  precision: number,
  locale: Locale,
): SparklineView {
  const { width, height } = SPARKLINE_BOX;
  let low = Infinity;
  let high = -Infinity;
  for (const point of history) {
    if (point < low) low = point;
    if (point > high) high = point;
  }
  const span = high - low;
  // A flat history is a level line through the middle, not a division by zero.
  const y = (value: number) => (span > 0 ? round(height - ((value - low) / span) * height) : height / 2);
  const step = width / (history.length - 1);
  let line: string | undefined;
  let area: string | undefined;
  return {
    // The paths are built when first drawn: a long strip says every cell's range, but draws the
    // lines near view only (NearViewController), and 2,000 paths of 78 points cost a mount 10 %.
    get line() {
      return (line ??= history.map((point, i) => `${i === 0 ? 'M' : 'L'}${round(i * step)},${y(point)}`).join(''));
    },
    get area() {
      return (area ??= `${this.line}L${width},${height}L0,${height}Z`);
    },
    baseline:
      previousClose !== undefined && span > 0 && previousClose >= low && previousClose <= high
        ? `M0,${y(previousClose)}H${width}`
        : undefined,
    words: msg(str`range ${formatPrice(low, precision, locale)} to ${formatPrice(high, precision, locale)}`, {
      id: 'cell-sparkline-range',
      desc: "Said after a cell's figures when it draws a sparkline: the lowest and highest of the recent prices. HK: 範圍 … 至 …",
    }),
  };
}

/**
 * The reserved box and what is drawn in it. `vector-effect` keeps the line's width as the box
 * stretches the drawing. With no drawable history the box stays, empty, so that the cell does not
 * move when a history arrives. (A strip's cell far from view has no element here at all: its
 * `chart-later` class reserves the same box, see the styles.) `html` (not `svg`): the parser puts
 * the `<svg>` element's children in the SVG namespace by itself.
 */
export function renderSparkline(view: SparklineView | undefined, part: string): TemplateResult {
  return html`<svg
    class="sparkline"
    part=${part}
    viewBox="0 0 60 20"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
    ><path class="area" vector-effect="non-scaling-stroke" d=${view?.area ?? nothing}></path><path
      class="baseline"
      vector-effect="non-scaling-stroke"
      d=${view?.baseline ?? nothing}
    ></path><path class="line" vector-effect="non-scaling-stroke" d=${view?.line ?? nothing}></path
  ></svg>`;
}
