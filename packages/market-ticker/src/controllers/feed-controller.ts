import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createFeed, mergeQuotes, type Feed, type FeedKind, type FeedStatus } from '../feeds.js';
import type { Quote } from '../quote.js';
import { createSimulatedFeed } from '../simulated-feed.js';
import { positiveNumber } from '../values.js';

/** What the controller needs from its element. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: FeedKind | 'simulated';
  interval?: number;
  staleAfter?: number;
  quotes: Quote[];
  stale: boolean;
  loading: boolean;
  /** While true, messages are kept and merged, and applied when it turns false. */
  paused?: boolean;
}

/**
 * Connects a feed to the element: starts on connect, stops on disconnect, restarts when the
 * source changes, tells polling when the page is hidden, merges partial messages by symbol, and
 * applies bursts at most once per animation frame. Reports `feed-status` and sets `stale`.
 */
export class FeedController implements ReactiveController {
  private feed?: Feed;
  private key = '';
  private pending?: Quote[];
  private frame?: number;
  private status?: FeedStatus;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
    // Resumed with updates held back: apply them at the next frame.
    if (this.pending && !this.held) this.frame ??= requestAnimationFrame(this.flush);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  /** Starts, restarts or stops the feed to match the element's attributes. */
  private sync(): void {
    if (isServer || !this.host.isConnected) return;
    const { src, feed, interval, staleAfter } = this.host;
    const key = JSON.stringify([src, feed, interval, staleAfter]);
    if (key === this.key) return;
    this.stop();
    this.key = key;
    const events = { onQuotes: this.onQuotes, onStatus: this.onStatus };
    if (feed === 'simulated') {
      const seconds = positiveNumber(interval);
      const ms = seconds === undefined ? undefined : seconds * 1000;
      // Walk the element's own quotes when it has some, else the reference strip.
      const quotes = this.host.quotes.length > 0 ? this.host.quotes : undefined;
      this.feed = createSimulatedFeed({ interval: ms, quotes }, events);
    } else if (src) {
      this.feed = createFeed({ src, feed, interval, staleAfter }, events);
    } else {
      return;
    }
    if (this.host.quotes.length === 0) this.host.loading = true;
    this.feed.start();
    this.feed.setVisible?.(!document.hidden);
  }

  private stop(): void {
    this.feed?.stop();
    this.feed = undefined;
    this.key = '';
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.pending = undefined;
    this.status = undefined;
  }

  private get held(): boolean {
    return Boolean(this.host.paused) && this.host.quotes.length > 0;
  }

  private onQuotes = (quotes: Quote[]) => {
    this.pending = mergeQuotes(this.pending ?? [], quotes);
    if (!this.held) this.frame ??= requestAnimationFrame(this.flush);
  };

  private flush = () => {
    this.frame = undefined;
    // Held until resumed (WCAG 2.2.2: pause stops updates too), except the first figures.
    if (this.held) return;
    const updates = this.pending;
    this.pending = undefined;
    if (!updates) return;
    this.host.quotes = mergeQuotes(this.host.quotes, updates);
    this.host.loading = false;
  };

  private onStatus = (status: FeedStatus, error?: string) => {
    if (status === 'stale') this.host.stale = true;
    if (status === 'live') this.host.stale = false;
    // Errors are always worth hearing; a repeated state is not.
    if (status === this.status && status !== 'error') return;
    this.status = status;
    this.host.dispatchEvent(
      new CustomEvent('feed-status', {
        bubbles: true,
        composed: true,
        detail: error === undefined ? { status } : { status, error },
      }),
    );
  };

  private onVisibility = () => {
    this.feed?.setVisible?.(!document.hidden);
  };
}
