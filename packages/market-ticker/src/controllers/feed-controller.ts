import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createFeed, mergeQuotes, type Feed, type FeedKind, type FeedStatus } from '../feeds.js';
import type { FeedStatusDetail } from '../events/feed-status.js';
import { marketsOfQuotes } from '../feeds/rest.js';
import type { FeedOptions } from '../feeds/types.js';
import type { Quote } from '../quote.js';
import { createSimulatedFeed } from '../simulated-feed.js';

/** What the controller reads from its element: the feed's attributes and the figures shown. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: FeedKind | 'simulated';
  interval?: number;
  staleAfter?: number;
  closedInterval?: number;
  adapter?: FeedOptions['adapter'];
  /** Comma-separated symbols the host shows besides its quotes' (the card's related quotes). */
  symbols?: string;
  readonly quotes: Quote[];
  /** While true, messages are kept and merged, and delivered when it turns false. */
  paused?: boolean;
}

export interface FeedControllerOptions {
  /** Each status the feed reports, as it happens (errors every time, other states on change). */
  onStatus?(detail: FeedStatusDetail): void;
}

/**
 * Runs the feed that the element's attributes name and holds its state, as Lit's `Task` does: the
 * element reads `quotes`, `status`, `error`, `stale` and `loading` and maps them to its own
 * properties. Starts on connect, stops on disconnect, restarts when the source changes, tells
 * polling when the page is hidden, merges partial messages by symbol, and delivers bursts at most
 * once per animation frame.
 */
export class FeedController implements ReactiveController {
  /** The figures to show: the host's, merged with what the feed delivered; undefined before any. */
  quotes?: Quote[];
  /** The last status reported; undefined while no feed runs. */
  status?: FeedStatus;
  /** The reason of the last `error`, until the feed is live again. */
  error?: string;
  /** True from `stale` until the next `live`: the figures are old, but still the last good ones. */
  stale = false;
  /** True while a feed runs and the host has no figures yet. */
  loading = false;

  private feed?: Feed;
  private key = '';
  /** A function or object cannot be part of the JSON key: compared by identity. */
  private adapter?: FeedOptions['adapter'];
  private subscribed = '';
  private pending?: Quote[];
  private frame?: number;

  constructor(
    private readonly host: FeedHost,
    private readonly options: FeedControllerOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.sync();
  }

  hostUpdated(): void {
    this.followSymbols();
    // Resumed with updates held back: deliver them at the next frame.
    if (this.pending && !this.held) this.frame ??= requestAnimationFrame(this.flush);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  /**
   * Starts, restarts or stops the feed to match the element's attributes. The element calls it
   * from `willUpdate`, so that a new source's `loading` shows in the same update.
   */
  sync(): void {
    if (isServer || !this.host.isConnected) return;
    const { src, feed, interval, staleAfter, closedInterval } = this.host;
    const { adapter } = this.host;
    const key = JSON.stringify([src, feed, interval, staleAfter, closedInterval]);
    if (key === this.key && adapter === this.adapter) return;
    this.stop();
    this.key = key;
    this.adapter = adapter;
    const events = { onQuotes: this.onQuotes, onStatus: this.onStatus };
    if (feed === 'simulated') {
      // Walk the element's own quotes when it has some, else the reference strip.
      const quotes = this.host.quotes.length > 0 ? this.host.quotes : undefined;
      this.feed = createSimulatedFeed({ interval, quotes }, events);
    } else if (src) {
      // Read after each poll: the quotes shown and those just delivered, not yet drawn.
      const markets = () => marketsOfQuotes([...this.host.quotes, ...(this.pending ?? [])]);
      this.feed = createFeed({ src, feed, interval, staleAfter, closedInterval, markets, adapter }, events);
      this.followSymbols();
    } else {
      return;
    }
    this.loading = this.host.quotes.length === 0;
    this.host.requestUpdate();
    this.feed.start();
    this.feed.setVisible?.(!document.hidden);
  }

  private stop(): void {
    this.feed?.stop();
    this.feed = undefined;
    this.key = '';
    this.adapter = undefined;
    this.subscribed = '';
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.pending = undefined;
    this.status = undefined;
    this.error = undefined;
    this.loading = false;
  }

  /** Tells the feed the symbols shown, when they change: a provider's socket subscribes to them. */
  private followSymbols(): void {
    if (!this.feed?.setSymbols) return;
    const listed = (this.host.symbols ?? '').split(',').map((s) => s.trim());
    const symbols = [...new Set([...this.host.quotes.map((q) => q.symbol), ...listed])].filter(Boolean);
    const key = symbols.join(',');
    if (key === this.subscribed) return;
    this.subscribed = key;
    this.feed.setSymbols(symbols);
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
    this.quotes = mergeQuotes(this.host.quotes, updates);
    this.loading = false;
    this.host.requestUpdate();
  };

  // The feeds report each state once (errors each time, with their reason): passed on as is.
  private onStatus = (status: FeedStatus, error?: string) => {
    this.status = status;
    if (status === 'stale') this.stale = true;
    if (status === 'live') this.stale = false;
    this.error = status === 'error' ? error : status === 'live' ? undefined : this.error;
    this.host.requestUpdate();
    this.options.onStatus?.(error === undefined ? { status } : { status, error });
  };

  private onVisibility = () => {
    this.feed?.setVisible?.(!document.hidden);
  };
}
