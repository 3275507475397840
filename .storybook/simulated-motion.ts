/**
 * The toolbar's "Motion: reduced" simulates the operating system's "reduce motion" setting for
 * the library's elements.
 *
 * The elements read `(prefers-reduced-motion: reduce)` through `window.matchMedia` (one shared
 * MediaQueryList per page, created when the first element connects, see
 * src/controllers/media-query-controller.ts). This module replaces `window.matchMedia` before any
 * story renders: for that one query it hands out a MediaQueryList whose `matches` is forced to
 * true while the toolbar says "reduced", and otherwise follows the real setting; switching fires
 * `change`, so the elements already on the page re-render as they would when the reader flips the
 * OS setting. Every other query goes to the real `matchMedia`.
 *
 * What it does not reach: `@media (prefers-reduced-motion)` rules in stylesheets. The elements'
 * own such rules only repeat what their script already decides (no scroll, no highlight), so the
 * stories look the same; to test the CSS side too, use the browser's rendering emulation
 * (Chromium DevTools > Rendering > Emulate CSS media feature prefers-reduced-motion).
 */
const QUERY = '(prefers-reduced-motion: reduce)';
const normalize = (query: string) => query.replace(/\s+/g, '').toLowerCase();

const realMatchMedia = window.matchMedia.bind(window);
let forced = false;

class SimulatedReducedMotionQuery extends EventTarget implements MediaQueryList {
  readonly media = QUERY;
  onchange: ((this: MediaQueryList, event: MediaQueryListEvent) => unknown) | null = null;
  private readonly real = realMatchMedia(QUERY);

  constructor() {
    super();
    this.real.addEventListener('change', () => {
      if (!forced) this.notify();
    });
  }

  get matches(): boolean {
    return forced || this.real.matches;
  }

  /** Deprecated API, still used by some libraries. */
  addListener(listener: ((this: MediaQueryList, event: MediaQueryListEvent) => unknown) | null): void {
    if (listener) this.addEventListener('change', listener as EventListener);
  }

  removeListener(listener: ((this: MediaQueryList, event: MediaQueryListEvent) => unknown) | null): void {
    if (listener) this.removeEventListener('change', listener as EventListener);
  }

  notify(): void {
    const event = new MediaQueryListEvent('change', { matches: this.matches, media: this.media });
    this.onchange?.call(this, event);
    this.dispatchEvent(event);
  }
}

const simulated = new SimulatedReducedMotionQuery();

window.matchMedia = (query: string): MediaQueryList =>
  normalize(query) === normalize(QUERY) ? simulated : realMatchMedia(query);

/** Forces `(prefers-reduced-motion: reduce)` to match (true) or lets the real setting decide (false). */
export function simulateReducedMotion(reduce: boolean): void {
  if (reduce === forced) return;
  const before = simulated.matches;
  forced = reduce;
  if (simulated.matches !== before) simulated.notify();
}
