import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The cells a strip draws a sparkline in: those on screen or within half a strip of it, once and
 * for good, with the list's first `FIRST_DRAWN` drawn from the start. The rest keep the box, empty,
 * so that a strip of 2,000 quotes lays out and paints a few dozen SVG roots, not thousands: each
 * root costs about as much as its drawing (issue 20's benchmark). The loop's copy after a list
 * wider than the strip starts a strip's width away, so it waits too (in a 16-quote strip that is
 * 5 of 21 lines). One IntersectionObserver per strip, rooted at its viewport, so it follows the
 * scrolling loop, a drag and a swipe alike; a cell is watched until it has come near.
 */
export class NearViewController implements ReactiveController {
  /** The symbols whose cells have come near: every copy of such a cell draws its line. */
  private readonly near = new Set<string>();
  private observer?: IntersectionObserver;
  /** The symbols the observer watches, in order. */
  private key?: string;
  /** Every cell draws: on the server, when hydrating what it drew, or with no observer to ask. */
  private all = isServer || typeof IntersectionObserver === 'undefined';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly viewport: () => Element | undefined,
  ) {
    host.addController(this);
  }

  /** Server-rendered cells hydrate as drawn: their lines are already there. */
  drawAll(): void {
    this.all = true;
  }

  /**
   * Whether the cell at `index` of the list, showing `symbol`, draws its line now; `away` for a
   * cell of the loop's copy that starts off screen.
   */
  drawn(symbol: string, index: number, away = false): boolean {
    return this.all || this.near.has(symbol) || (!away && index < FIRST_DRAWN);
  }

  /**
   * After a render: watch the cells still waiting, by their `data-symbol`, when `key` (the list's
   * symbols and the copy's length) changed; a kept symbol keeps its cells, so they stay watched.
   * Watching anew lets go of the cells of symbols that left.
   */
  watch(key: string, waiting: () => Iterable<HTMLElement>): void {
    if (this.all) return;
    const root = this.viewport();
    if (!root || (this.observer?.root === root && key === this.key)) return;
    this.stop();
    this.key = key;
    this.observer = new IntersectionObserver(this.onChange, { root, rootMargin: '50%' });
    for (const cell of waiting()) this.observer.observe(cell);
  }

  /** No cells to watch (`sparkline` off, or the host gone). */
  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostDisconnected(): void {
    this.stop();
    this.key = undefined;
  }

  private readonly onChange = (entries: IntersectionObserverEntry[]) => {
    let added = false;
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.observer?.unobserve(entry.target);
      const symbol = (entry.target as HTMLElement).dataset.symbol;
      if (symbol !== undefined && !this.near.has(symbol)) {
        this.near.add(symbol);
        added = true;
      }
    }
    if (added) this.host.requestUpdate();
  };
}

/** Cells drawn before any is measured, from the list's start: more than a 4K screen shows. */
export const FIRST_DRAWN = 48;
