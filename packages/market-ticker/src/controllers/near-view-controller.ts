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
  /** The cells that have come near, as `list symbol`. */
  private readonly near = new Set<string>();
  private observer?: IntersectionObserver;
  /** The cells the observer watches: the lists' symbols, in order. */
  private key?: string;
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

  /** Whether the cell showing `symbol` in list `list` (0 the real one) draws its line now. */
  drawn(symbol: string, list: number): boolean {
    return this.all || this.near.has(`${list} ${symbol}`);
  }

  /**
   * After a render: when `key` (the lists' symbols) changed, measure the cells still waiting (by
   * their `data-symbol` and their list's place in `track`) and watch those not near yet. A kept
   * cell stays watched; watching anew lets go of the cells of symbols that left.
   */
  watch(key: string, track: Element | undefined, waiting: () => Iterable<HTMLElement>): void {
    if (this.all) return;
    const root = this.viewport();
    if (!root || !track || (this.observer?.root === root && key === this.key)) return;
    this.stop();
    this.key = key;
    this.observer = new IntersectionObserver(this.onChange, { root, rootMargin: `${MARGIN * 100}%` });
    const lists = [...track.children];
    const reach = near(root.getBoundingClientRect());
    let added = false;
    for (const cell of waiting()) {
      const id = `${lists.indexOf(cell.closest('ul')!)} ${cell.dataset.symbol}`;
      (cell as WaitingCell)[ID] = id;
      if (reach(cell.getBoundingClientRect())) added = this.add(id) || added;
      else this.observer.observe(cell);
    }
    // Not from `updated()` itself, which Lit takes for a property set by mistake: in a microtask,
    // still before the frame is painted.
    if (added) {
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

  private add(id: string | undefined): boolean {
    if (id === undefined || this.near.has(id)) return false;
    this.near.add(id);
    return true;
  }

  private readonly onChange = (entries: IntersectionObserverEntry[]) => {
    let added = false;
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.observer?.unobserve(entry.target);
      added = this.add((entry.target as WaitingCell)[ID]) || added;
    }
    if (added) this.host.requestUpdate();
  };
}

/** How far beyond the viewport a cell counts as near, in viewport sizes on each side. */
const MARGIN = 0.5;

const ID = Symbol('near-view id');
type WaitingCell = HTMLElement & { [ID]?: string };

/**
 * Whether a box lies within the viewport grown by `MARGIN` on every side, as the observer's
 * `rootMargin` reckons it. A viewport with no size (the strip not displayed) has nothing near:
 * the observer answers once it shows.
 */
function near(view: DOMRect): (box: DOMRect) => boolean {
  if (view.width === 0 || view.height === 0) return () => false;
  const dx = view.width * MARGIN;
  const dy = view.height * MARGIN;
  return (box) =>
    box.right >= view.left - dx &&
    box.left <= view.right + dx &&
    box.bottom >= view.top - dy &&
    box.top <= view.bottom + dy;
}
