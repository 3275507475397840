import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Every connected host that follows the page's `dir`, told when any `dir` attribute changes. */
const followers = new Set<() => void>();
let observer: MutationObserver | undefined;

function follow(changed: () => void): void {
  followers.add(changed);
  if (observer) return;
  // One observer for the page, not one per strip: a `dir` on any ancestor may change.
  observer = new MutationObserver(() => followers.forEach((notify) => notify()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'], subtree: true });
}

function unfollow(changed: () => void): void {
  followers.delete(changed);
  if (followers.size > 0 || !observer) return;
  observer.disconnect();
  observer = undefined;
}

/**
 * Whether the host is laid out right to left (`dir="rtl"` on it or an ancestor, or CSS
 * `direction`): read when it connects and again whenever a `dir` attribute on the page changes.
 * The server cannot know, and renders left to right.
 */
export class TextDirectionController implements ReactiveController {
  rtl = false;
  private readonly changed = () => this.read();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.read();
    follow(this.changed);
  }

  hostDisconnected(): void {
    if (isServer) return;
    unfollow(this.changed);
  }

  private read(): void {
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    if (rtl === this.rtl) return;
    this.rtl = rtl;
    this.host.requestUpdate();
  }
}
