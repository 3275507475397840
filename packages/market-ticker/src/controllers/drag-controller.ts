import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Pixels a press may move and still be a click. */
const CLICK_SLOP = 5;
/** A click that comes this soon after a drag ends is the drag's own release: it is dropped. */
const RELEASE_CLICK_MS = 400;
/** Pixels per line and per page, for wheels that count in lines or pages (Firefox's mouse wheel). */
const LINE = 16;
const PAGE = 400;

export interface DragTarget {
  /** Whether the strip may be moved by hand now (scrolling, and not turned off). */
  enabled(): boolean;
  /** Along which axis the strip moves. */
  vertical(): boolean;
  /** How far the loop has moved into the list, in pixels, now. */
  offset(): number | undefined;
  /** Shows the loop at `offset` pixels into the list. */
  seek(offset: number): void;
  /** The change of offset that moves the items by `pixels` on screen along the axis. */
  offsetFor(pixels: number): number;
  /** Tells the host that a drag began or ended (it pauses the loop meanwhile). */
  dragging(active: boolean): void;
}

/**
 * Moving the strip by hand: a drag with a mouse, pen or finger, and a wheel or trackpad along the
 * strip's axis. Each move seeks the loop animation to the offset under the pointer; the animation
 * itself never stops being the one that moves the strip, so on release it carries on from there
 * on the compositor and no script runs per frame until the next drag.
 *
 * A press that moves less than a few pixels stays a click. Once it is a drag, the pointer is
 * captured, the focus that the press gave a cell is let go (a focused strip stays paused), and
 * the click that the release would make is dropped: a drag never follows a link or selects a
 * quote. Swipes across the axis are the page's: the host's `touch-action` hands them to the
 * browser, which scrolls and cancels the pointer.
 */
export class DragController implements ReactiveController {
  private press?: { id: number; x: number; y: number };
  private drag?: { id: number; along: number; offset: number };
  private releasedAt = -Infinity;

  constructor(
    host: ReactiveControllerHost,
    private readonly target: DragTarget,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.end();
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    if (!this.target.enabled() || !event.isPrimary || (event.pointerType === 'mouse' && event.button !== 0)) return;
    this.press = { id: event.pointerId, x: event.clientX, y: event.clientY };
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const along = this.along(event);
    if (this.drag?.id === event.pointerId) {
      this.target.seek(this.drag.offset + this.target.offsetFor(along - this.drag.along));
      return;
    }
    const press = this.press;
    if (press?.id !== event.pointerId) return;
    const moved = along - (this.target.vertical() ? press.y : press.x);
    if (Math.abs(moved) < CLICK_SLOP) return;
    const offset = this.target.offset();
    if (offset === undefined) return;
    // From here on the strip follows the pointer, from where it stands now: no jump.
    this.drag = { id: event.pointerId, along, offset };
    this.press = undefined;
    const viewport = event.currentTarget as HTMLElement;
    // A pointer the browser no longer knows (a synthetic event's) cannot be captured: drag without.
    try {
      viewport.setPointerCapture(event.pointerId);
    } catch {
      /* NotFoundError */
    }
    blurPressedCell(viewport);
    this.target.dragging(true);
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    if (this.drag?.id === event.pointerId) this.releasedAt = event.timeStamp;
    if (this.drag?.id === event.pointerId || this.press?.id === event.pointerId) this.end();
  };

  /** The browser took the gesture (a swipe across the axis scrolls the page): let it go. */
  readonly onPointerCancel = (event: PointerEvent): void => {
    if (this.drag?.id === event.pointerId || this.press?.id === event.pointerId) this.end();
  };

  /** True for the click that a drag's release makes: the host drops it. */
  isReleaseClick(event: MouseEvent): boolean {
    return event.timeStamp - this.releasedAt < RELEASE_CLICK_MS;
  }

  /**
   * A wheel or trackpad along the strip's axis moves it; the other way is the page's scroll. The
   * pixel offsets are read afresh on every event, so a wheel after a drag goes on from there.
   */
  readonly onWheel = (event: WheelEvent): void => {
    if (!this.target.enabled() || event.ctrlKey) return;
    const [along, across] = this.target.vertical() ? [event.deltaY, event.deltaX] : [event.deltaX, event.deltaY];
    if (along === 0 || Math.abs(across) > Math.abs(along)) return;
    const offset = this.target.offset();
    if (offset === undefined) return;
    event.preventDefault();
    const scale =
      event.deltaMode === WheelEvent.DOM_DELTA_LINE ? LINE : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? PAGE : 1;
    // Scrolling on moves the content on, as in a scrolled list: the items go the other way.
    this.target.seek(offset + this.target.offsetFor(-along * scale));
  };

  private along(event: PointerEvent): number {
    return this.target.vertical() ? event.clientY : event.clientX;
  }

  private end(): void {
    const dragged = this.drag !== undefined;
    this.press = undefined;
    this.drag = undefined;
    if (dragged) this.target.dragging(false);
  }
}

/** Lets go of the focus a mouse press gave a cell of this strip; keyboard focus stays. */
function blurPressedCell(viewport: HTMLElement): void {
  const root = viewport.getRootNode() as ShadowRoot | Document;
  const active = root.activeElement;
  if (active instanceof HTMLElement && viewport.contains(active) && !active.matches(':focus-visible')) active.blur();
}
