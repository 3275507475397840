import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Polite, throttled live announcements: at most one message every `interval` milliseconds, each
 * holding the latest words per key, so a busy feed never floods a screen reader. The host renders
 * `message` in an `aria-live="polite"` region.
 */
export class AnnounceController implements ReactiveController {
  message = '';
  private pending = new Map<string, string>();
  private timer?: ReturnType<typeof setTimeout>;
  private last = Number.NEGATIVE_INFINITY;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly interval = 10_000,
  ) {
    host.addController(this);
  }

  /** Queues `words` under `key`, replacing any words still waiting for that key. */
  say(key: string, words: string): void {
    // A detached strip says nothing and keeps no timer.
    if (isServer || !this.connected) return;
    this.pending.set(key, words);
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.last + this.interval - Date.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }

  private flush(): void {
    this.timer = undefined;
    if (this.pending.size === 0) return;
    this.message = [...this.pending.values()].join('; ');
    this.pending.clear();
    this.last = Date.now();
    this.host.requestUpdate();
  }
}
