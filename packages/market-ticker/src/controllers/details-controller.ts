import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** How long the pointer rests on a cell before its card opens, in ms. */
export const DETAILS_SHOW_DELAY = 300;
/** How long a card stays after the pointer leaves, so that the pointer can move into it, in ms. */
export const DETAILS_HIDE_GRACE = 200;

/**
 * When a cell's details card is open (WCAG 1.4.13, content on hover or focus): after a short rest
 * of the pointer, at once on focus; it stays while the pointer is over the cell or the card, or
 * the cell has focus, and for a moment after the pointer leaves; Escape closes it anywhere on the
 * page. `open` is the key of the cell whose card is open (one card per host), `undefined` when
 * none is; the host re-renders when it changes, and `moved` is called while one is open and the
 * page scrolls or the window resizes, so the host can place the card again.
 */
export class DetailsController<K> implements ReactiveController {
  open?: K;
  private hovered?: K;
  private focused?: K;
  private inCard = false;
  private showTimer?: ReturnType<typeof setTimeout>;
  private hideTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { enabled: () => boolean; moved: () => void },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clearTimers();
    this.hovered = this.focused = undefined;
    this.inCard = false;
    this.set(undefined);
  }

  /** The pointer came over the cell of `key` (again calls for the same cell change nothing). */
  pointerEnter(key: K): void {
    if (!this.options.enabled() || key === this.hovered) return;
    this.hovered = key;
    this.clearTimers();
    // Moving from one cell to the next while a card is open: the next one's at once.
    if (this.open !== undefined) this.set(key);
    else this.showTimer = setTimeout(() => this.set(this.hovered), DETAILS_SHOW_DELAY);
  }

  /**
   * Takes up input that came before the controller did (its module was loading): the card of the
   * focused cell opens at once, else the hovered one's after the usual rest. `cells` selects the
   * cells in `root` (none on the server); `keyOf` gives a cell's key, or `undefined` when it has no
   * card.
   */
  resume(root: ShadowRoot | null, cells: string, keyOf: (cell: HTMLElement) => K | undefined): void {
    if (!root) return;
    const key = (node: Element | null) => {
      const cell = node?.closest<HTMLElement>(cells);
      return cell ? keyOf(cell) : undefined;
    };
    const focused = key(root.activeElement);
    if (focused !== undefined) return this.focus(focused);
    const hovered = key(root.querySelector(`${cells}:hover`));
    if (hovered !== undefined) this.pointerEnter(hovered);
  }

  /** The pointer left the cell it was over. */
  pointerLeave(): void {
    if (this.hovered === undefined) return;
    this.hovered = undefined;
    clearTimeout(this.showTimer);
    this.scheduleHide();
  }

  cardEnter(): void {
    this.inCard = true;
    clearTimeout(this.hideTimer);
  }

  cardLeave(): void {
    this.inCard = false;
    this.scheduleHide();
  }

  /** The cell of `key` got focus: its card opens at once. */
  focus(key: K): void {
    if (!this.options.enabled()) return;
    this.focused = key;
    this.clearTimers();
    this.set(key);
  }

  /** The focused cell lost focus: its card closes unless the pointer holds it. */
  blur(): void {
    this.focused = undefined;
    if (this.inCard || (this.hovered !== undefined && this.hovered === this.open)) return;
    this.clearTimers();
    this.set(undefined);
  }

  /**
   * Closes the card now (Escape, a drag, `details` turned off). It opens again when the pointer
   * comes back or the focus does, not when the pointer merely moves within the cell.
   */
  close(): void {
    this.focused = undefined;
    this.clearTimers();
    this.set(undefined);
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (this.inCard || this.hovered !== undefined) return;
      this.set(this.focused);
    }, DETAILS_HIDE_GRACE);
  }

  private clearTimers(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
  }

  private set(key: K | undefined): void {
    if (key === this.open) return;
    const wasOpen = this.open !== undefined;
    this.open = key;
    this.host.requestUpdate();
    if (isServer || wasOpen === (key !== undefined)) return;
    const method = key === undefined ? 'removeEventListener' : 'addEventListener';
    window[method]('keydown', this.onKeydown, true);
    window[method]('scroll', this.onMoved, true);
    window[method]('resize', this.onMoved);
  }

  private readonly onKeydown = (event: Event) => {
    if ((event as KeyboardEvent).key === 'Escape') this.close();
  };

  private readonly onMoved = () => this.options.moved();
}
