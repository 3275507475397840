import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { MarqueeLayout } from '../market-ticker/direction.js';

export interface MarqueeParts {
  /** The visible window onto the track. */
  viewport(): HTMLElement | null | undefined;
  /** The real list of items; the copies repeat it. */
  list(): HTMLElement | null | undefined;
  /** The element the CSS animation moves. */
  track(): HTMLElement | null | undefined;
  /** Which way the loop runs, and along which axis. */
  layout(): MarqueeLayout;
}

/**
 * The geometry of a seamless marquee. The track holds the real list followed by copies that cover
 * the viewport; a CSS animation moves it toward the start edge (left, right in a right-to-left
 * row, up in a column) by exactly one list length, at which point the first copy stands where the
 * list stood, so the loop has no seam. The other directions run the same animation in reverse.
 *
 * Offsets below are how far the loop has moved into the list, in pixels from the list's start
 * edge: the same pixel offset always shows the same picture, whichever way the loop runs.
 *
 * A copy is only drawn as far as the viewport needs: full copies while the list is narrower than
 * the viewport, then the first few items of the list. A strip of 500 quotes is followed by the
 * dozen that fill the screen, not by 500 more cells to lay out, restyle and paint on each update.
 *
 * The animation runs on the compositor and no script runs per frame: this controller only acts
 * when a size changes (ResizeObserver). Then it keeps the strip where it was on screen: a price
 * that grows from 9,999.99 to 10,000.00 makes the list wider and the loop longer, and the
 * animation's time is carried over so that the same pixel offset shows, with no restart or jump.
 */
export class MarqueeController implements ReactiveController {
  /** Full copies of the list needed after it to fill the viewport. */
  copies: number;
  /** Items of the list repeated after the full copies, to fill the rest of the viewport. */
  partial = 0;
  /** One list length in pixels (its width, or its height in a column): the distance of one loop. */
  distance = 0;
  private observer?: ResizeObserver;
  private observed: Element[] = [];
  private pendingOffset?: number;
  private remeasure = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: MarqueeParts,
    /** Pixels per second. */
    private readonly speed: () => number,
  ) {
    host.addController(this);
    // Before the first measurement: none, unless the HTML came from the server, which drew one
    // full copy and which the first client render must match to hydrate.
    this.copies = isServer || host.shadowRoot ? 1 : 0;
  }

  /** Seconds for one loop at the current speed. */
  get duration(): number {
    return this.distance > 0 ? this.distance / this.speed() : 0;
  }

  /** The running loop animation, if any. */
  animation(): Animation | undefined {
    return this.parts.track()?.getAnimations()[0];
  }

  hostConnected(): void {
    if (isServer) return;
    this.observer = new ResizeObserver(() => this.measure());
  }

  hostUpdated(): void {
    this.observe();
    if (this.pendingOffset !== undefined) {
      this.restoreOffset(this.pendingOffset);
      this.pendingOffset = undefined;
    }
    if (this.remeasure) {
      // Observed afresh, the sizes are reported again, after this update.
      this.remeasure = false;
      this.observed = [];
      this.observe();
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = [];
  }

  /**
   * Moves the loop by the least distance that shows a cell of the real list whole, with `room`
   * pixels beside it for its focus ring; a cell already whole stays where it is.
   */
  reveal(cell: DOMRect, room: number): void {
    const list = this.parts.list()?.getBoundingClientRect();
    const view = this.parts.viewport()?.getBoundingClientRect();
    if (!list || !view) return;
    const { vertical, rtl } = this.parts.layout();
    // Distances from the start edge of the line: a right-to-left row measures from the right.
    const start = (box: DOMRect) => (vertical ? box.top : rtl ? -box.right : box.left);
    const end = (box: DOMRect) => (vertical ? box.bottom : rtl ? -box.left : box.right);
    const offset = start(view) - start(list);
    if (start(cell) < start(view)) this.restoreOffset(Math.max(0, offset - (start(view) - start(cell)) - room));
    else if (end(cell) > end(view)) this.restoreOffset(Math.max(0, offset + (end(cell) - end(view)) + room));
  }

  /** Call when the direction changes: the loop's length and copies are measured again. */
  layoutChanged(): void {
    this.remeasure = true;
  }

  /** Call when the speed changes: the loop keeps its place and takes the new pace. */
  speedChanged(): void {
    this.pendingOffset = this.currentOffset();
  }

  private observe(): void {
    const targets = [this.parts.viewport(), this.parts.list()].filter((el): el is HTMLElement => !!el);
    if (!this.observer || targets.every((el, i) => el === this.observed[i])) return;
    this.observer.disconnect();
    targets.forEach((el) => this.observer!.observe(el));
    this.observed = targets;
  }

  private measure(): void {
    const list = this.parts.list();
    const viewport = this.parts.viewport();
    if (!list || !viewport) return;
    const { vertical, rtl } = this.parts.layout();
    const box = list.getBoundingClientRect();
    const distance = vertical ? box.height : box.width;
    const width = vertical ? viewport.clientHeight : viewport.clientWidth;
    let copies = distance > 0 ? Math.floor(width / distance) : 1;
    let partial = 0;
    const rest = width - copies * distance;
    // How far an item reaches from the list's start edge.
    const reach = (item: DOMRect) =>
      vertical ? item.bottom - box.top : rtl ? box.right - item.left : item.right - box.left;
    if (distance > 0 && rest > 0) {
      // The first items that reach past the rest of the viewport, plus one: a neighbour's price
      // may widen before the next measurement.
      const items = list.children;
      while (partial < items.length && reach(items[partial].getBoundingClientRect()) < rest) partial++;
      partial = Math.min(partial + 2, items.length);
      if (partial === items.length) [copies, partial] = [copies + 1, 0];
    }
    if (distance === this.distance && copies === this.copies && partial === this.partial) return;
    if (this.distance > 0) this.pendingOffset = this.currentOffset();
    this.distance = distance;
    this.copies = copies;
    this.partial = partial;
    this.host.requestUpdate();
  }

  /** How far the loop has moved into the list, in pixels: from the animation's time, which a seek sets. */
  currentOffset(): number | undefined {
    const animation = this.animation();
    const time = animation?.currentTime;
    const duration = animation?.effect?.getComputedTiming().duration;
    if (typeof time !== 'number' || typeof duration !== 'number' || !(duration > 0)) return undefined;
    const fraction = (((time % duration) + duration) % duration) / duration;
    return (this.parts.layout().reverse ? (1 - fraction) % 1 : fraction) * this.distance;
  }

  /**
   * Shows the loop `offset` pixels into the list, wrapped into one loop. The animation stays in
   * its iteration, so its time moves only by the change in length, and seeking by hand never
   * counts as a loop gone round.
   */
  restoreOffset(offset: number | undefined): void {
    const animation = this.animation();
    const timing = animation?.effect?.getComputedTiming();
    if (!animation || !timing || offset === undefined || !Number.isFinite(offset) || this.distance <= 0) return;
    const iteration = timing.currentIteration ?? 0;
    const duration = this.duration * 1000;
    const along = (((offset % this.distance) + this.distance) % this.distance) / this.distance;
    const fraction = this.parts.layout().reverse ? (1 - along) % 1 : along;
    animation.currentTime = iteration * duration + fraction * duration;
  }

  /**
   * The change of offset that moves the items by `pixels` on screen, along the axis (to the
   * right or down is positive): the loop runs forwards toward the start edge.
   */
  offsetFor(pixels: number): number {
    const { rtl } = this.parts.layout();
    return rtl ? pixels : -pixels;
  }
}
