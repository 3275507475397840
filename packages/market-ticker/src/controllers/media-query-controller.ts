import { isServer, type ReactiveController, type ReactiveElement } from 'lit';

interface SharedQuery {
  list: MediaQueryList;
  hosts: Set<MediaQueryController>;
}

// One MediaQueryList and one listener per query for the whole page: a strip of 2,000 cells
// should not hold 2,000 listeners for the same answer.
const shared = new Map<string, SharedQuery>();

function subscribe(query: string, controller: MediaQueryController): MediaQueryList {
  let entry = shared.get(query);
  if (!entry) {
    const list = window.matchMedia(query);
    const hosts = new Set<MediaQueryController>();
    list.addEventListener('change', () => hosts.forEach((c) => c.changed(list.matches)));
    entry = { list, hosts };
    shared.set(query, entry);
  }
  entry.hosts.add(controller);
  return entry.list;
}

/**
 * Tracks a media query (e.g. `(prefers-reduced-motion: reduce)`) and re-renders the host when it
 * changes. On the server it never matches.
 */
export class MediaQueryController implements ReactiveController {
  matches = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    const list = subscribe(this.query, this);
    // Server-rendered HTML was made without media queries: hydrate with the server's answer
    // first, then switch, so the first client render matches the DOM it adopts.
    if (!this.host.hasUpdated && this.host.shadowRoot?.hasChildNodes()) {
      void this.host.updateComplete.then(() => this.changed(list.matches));
    } else {
      this.matches = list.matches;
    }
  }

  hostDisconnected(): void {
    shared.get(this.query)?.hosts.delete(this);
  }

  /** Called by the shared listener. */
  changed(matches: boolean): void {
    if (matches === this.matches) return;
    this.matches = matches;
    this.host.requestUpdate();
  }
}

/** The media query for readers who asked for less motion. */
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
