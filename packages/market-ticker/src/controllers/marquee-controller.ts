import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export interface MarqueeParts {
  /** The visible window onto the track. */
  viewport(): HTMLElement | null | undefined;
  /** The real list of items; the copies repeat it. */
  list(): HTMLElement | null | undefined;
  /** The element the CSS animation moves. */
  track(): HTMLElement | null | undefined;
}

/**
 * The geometry of a seamless marquee. The track holds the real list followed by copies that cover
 * the viewport; a CSS animation moves it left by exactly one list width, at which point the first
 * copy stands where the list stood, so the loop has no seam.
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
  /** One list width in pixels: the distance of one loop. */
  distance = 0;
  private observer?: ResizeObserver;
  private observed: Element[] = [];
  private pendingOffset?: number;

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
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = [];
  }

  /** Moves the loop so that `x` pixels into the real list sit at the viewport's left edge. */
  reveal(x: number): void {
    this.restoreOffset(Math.max(0, x));
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
    const box = list.getBoundingClientRect();
    const distance = box.width;
    const width = viewport.clientWidth;
    let copies = distance > 0 ? Math.floor(width / distance) : 1;
    let partial = 0;
    const rest = width - copies * distance;
    if (distance > 0 && rest > 0) {
      // The first items that reach past the rest of the viewport, plus one: a neighbour's price
      // may widen before the next measurement.
      const items = list.children;
      while (partial < items.length && items[partial].getBoundingClientRect().right - box.left < rest) partial++;
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

  /** How far the loop has moved into the list, in pixels. */
  private currentOffset(): number | undefined {
    const animation = this.animation();
    const progress = animation?.effect?.getComputedTiming().progress;
    return typeof progress === 'number' ? progress * this.distance : undefined;
  }

  private restoreOffset(offset: number | undefined): void {
    const animation = this.animation();
    const timing = animation?.effect?.getComputedTiming();
    if (!animation || !timing || offset === undefined || this.distance <= 0) return;
    // Stay in the same iteration, so the animation's time moves only by the change in length.
    const iteration = timing.currentIteration ?? 0;
    const duration = this.duration * 1000;
    animation.currentTime = iteration * duration + ((offset % this.distance) / this.distance) * duration;
  }
}
