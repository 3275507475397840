import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The cells a strip draws a sparkline in: those on screen or within half a strip of it, once and
 * for good. The rest keep the box, empty, so that a strip lays out and paints a few SVG roots, not
 * one per quote: each root costs about as much as its drawing (issue 20's benchmark), and a
 * 16-quote strip 1,280 px wide shows 5 of its 32 cells (the list and the loop's copy).
 *
 * A cell is known by its list (0 the real one, then the loop's copies) and its symbol, since the
 * copy of a cell on screen can be a strip's width away. The cells that wait are measured once,
 * after the render that made them, while the task that rendered them is still running: the line
 * is drawn before the frame that first shows the cell is painted. After that one
 * IntersectionObserver per strip, rooted at its viewport, follows the scrolling loop, a drag and a
 * swipe alike; a cell is watched until it has come near.
 */
export class NearViewController implements ReactiveController {
  /** The symbols of the cells that have come near, per list: no key built per cell and render. */
  private readonly near: Set<string | undefined>[] = [];
  private observer?: IntersectionObserver;
  /** The cells the observer watches: the lists' symbols, in order. */
  private key?: string;
  /** The track's lists, in order, when it was last measured. */
  private lists: Element[] = [];
  /** Every cell draws: on the server, when hydrating what it drew, or with no observer to ask. */
  private all = isServer || typeof IntersectionObserver === 'undefined';
  /** Cells measured near after a render wait for the next, which draws their lines. */
  drawing = false;

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
   * Whether the cell showing `symbol` in list `list` (0 the real one), at `index` in it, draws its
   * line now. Before the first measurement the first cells of the real list draw at once, since a
   * strip starts with them on screen: when they are all that is near, no second render follows.
   */
  drawn(symbol: string, list: number, index: number): boolean {
    if (this.all) return true;
    const near = (this.near[list] ??= new Set());
    if (!this.key && !list && index < FIRST_DRAWN) near.add(symbol);
    return near.has(symbol);
  }

  /**
   * After a render: when `key` (the lists' symbols) changed, measure the cells still waiting (by
   * their `data-symbol` and their list's place in `track`): those near draw at the next render,
   * a microtask later (not from `updated()` itself, which Lit takes for a property set by
   * mistake), still before the frame is painted; the observer watches the rest. A kept cell stays
   * watched; watching anew lets go of the cells of symbols that left.
   */
  watch(key: string, track: Element | undefined, waiting: () => Iterable<Element>): void {
    const root = this.viewport();
    if (this.all || !root || !track || (this.observer?.root === root && key === this.key)) return;
    this.stop();
    this.key = key;
    this.lists = [...track.children];
    const observer = new IntersectionObserver(this.onChange, { root, rootMargin: '50%' });
    this.observer = observer;
    // The viewport grown by half its size on every side, as the observer's margin reckons it; a
    // viewport with no size (the strip not displayed) has nothing near, the observer answers
    // once it shows.
    const view = root.getBoundingClientRect();
    const dx = view.width / 2;
    const dy = view.height / 2;
    // Every box read before any cell is observed: an observe() between two reads made each read
    // lay the strip out again (a 2,000-quote strip's traced mount with lines: 1,204 ms, now 775).
    const cells = [...waiting()];
    const boxes = cells.map((cell) => cell.getBoundingClientRect());
    const near: Element[] = [];
    cells.forEach((cell, i) => {
      const box = boxes[i];
      if (
        dx &&
        dy &&
        box.right >= view.left - dx &&
        box.left <= view.right + dx &&
        box.bottom >= view.top - dy &&
        box.top <= view.bottom + dy
      )
        near.push(cell);
      else observer.observe(cell);
    });
    if (this.add(near)) {
      this.drawing = true;
      queueMicrotask(() => this.host.requestUpdate());
    }
  }

  hostUpdate(): void {
    this.drawing = false;
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

  /** Marks `cells` near for good; whether any was new. */
  private add(cells: Iterable<Element>): boolean {
    let added = false;
    for (const cell of cells) {
      this.observer?.unobserve(cell);
      const near = (this.near[this.lists.indexOf(cell.closest('ul')!)] ??= new Set());
      const { symbol } = (cell as HTMLElement).dataset;
      added ||= !near.has(symbol);
      near.add(symbol);
    }
    return added;
  }

  private readonly onChange = (entries: IntersectionObserverEntry[]) => {
    if (this.add(entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target)))
      this.host.requestUpdate();
  };
}

/** How many cells draw before the first measurement: about as many as a wide screen shows. */
const FIRST_DRAWN = 8;
