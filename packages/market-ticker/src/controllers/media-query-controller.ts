import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Tracks a media query (e.g. `(prefers-reduced-motion: reduce)`) and re-renders the host when it
 * changes. On the server it never matches.
 */
export class MediaQueryController implements ReactiveController {
  matches = false;
  private list?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.list = window.matchMedia(this.query);
    this.matches = this.list.matches;
    this.list.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
    this.list = undefined;
  }

  private onChange = (event: MediaQueryListEvent) => {
    this.matches = event.matches;
    this.host.requestUpdate();
  };
}
