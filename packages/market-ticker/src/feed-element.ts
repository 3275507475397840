/**
 * The feed attributes of `<market-ticker>` and `<article-card>`, declared once: a mixin that adds
 * the properties, keeps a {@link FeedController} and maps its state to them. The controller and
 * the feeds load when the element first names a feed (`src`, or `feed="simulated"`).
 */
import { isServer, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { FeedController } from './controllers/feed-controller.js';
import { FeedStatusEvent } from './events/feed-status.js';
import type { FeedKind, FeedOptions } from './feeds/types.js';
import type { LibraryElement } from './library-element.js';
import { onDemand } from './on-demand.js';
import type { Quote } from './quote.js';

// A server render runs no feed: it draws the quotes it is given.
const feeds = onDemand('the feeds', () => import('./feeds/element-feeds.js'), false);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern's constructor type
type Constructor<T> = new (...args: any[]) => T;

/** The public side of {@link FeedElement}, for declaration files. */
export declare class FeedElementInterface {
  quotes: Quote[];
  src?: string;
  feed?: FeedKind | 'simulated';
  interval?: number;
  staleAfter?: number;
  closedInterval?: number;
  adapter?: FeedOptions['adapter'];
  stale: boolean;
  loading: boolean;
}

export const FeedElement = <T extends Constructor<LibraryElement>>(superClass: T) => {
  class FeedElementClass extends superClass {
    /**
     * A feed URL: JSON polled every `interval` seconds (http/https), Server-Sent Events with
     * `feed="sse"`, or WebSocket (ws/wss). Messages are `{ quotes: [...], asOf? }`; partial
     * messages merge by symbol.
     */
    @property() src?: string;

    /**
     * How to read `src`: `poll` (default for http), `sse` or `ws`; `simulated` runs the built-in random walk with no
     * network.
     */
    @property() feed?: FeedKind | 'simulated';

    /** Seconds between polls (default 30); for `feed="simulated"`, seconds between ticks. */
    @property({ type: Number }) interval?: number;

    /**
     * Seconds between polls while every market of the shown quotes is closed (nights, weekends,
     * holidays, from the sessions module), never past the next open; then back to `interval`.
     * Not marked `stale` for the quiet time. Absent: no rest. Streams stay open regardless.
     */
    @property({ type: Number, attribute: 'closed-interval' }) closedInterval?: number;

    /**
     * Reads a provider's messages from `src`: a built-in adapter's name (`binance`, `coinbase`,
     * `finnhub`, `polygon`, `yahoo`) or, as a property, a function `(message) => { quotes, asOf? } | null`
     * (`null` for heartbeats) or an adapter from `market-ticker/adapters.js`. What it returns is
     * validated like any message; an unknown name is a `feed-status` error and nothing connects.
     */
    @property() adapter?: FeedOptions['adapter'];

    /** Seconds without news from the feed before the element is marked `stale`. */
    @property({ type: Number, attribute: 'stale-after' }) staleAfter?: number;

    /** Set while the feed has not delivered in time; the last good figures stay on screen. Reflected. */
    @property({ type: Boolean, reflect: true }) stale = false;

    /**
     * Shows the loading message instead of the empty one while there are no quotes yet; set by the feed until its first
     * figures. Reflected.
     */
    @property({ type: Boolean, reflect: true }) loading = false;

    declare quotes: Quote[];

    /** Once the element has named a feed and the feeds' code is here. */
    private feedController?: FeedController;
    /** The feeds' code could not be loaded: said once, in a `feed-status` error. */
    private feedsFailed = false;

    // What the controller last said, so that only its changes are mapped: a site may set
    // `loading` or `quotes` itself.
    private seen = { quotes: undefined as Quote[] | undefined, stale: false, loading: false };

    override willUpdate(changed: PropertyValues<this>): void {
      if (!this.feedController && !isServer && (this.src || this.feed === 'simulated')) this.loadFeeds();
      const controller = this.feedController;
      if (controller) {
        controller.sync();
        const { quotes, stale, loading } = controller;
        if (quotes !== this.seen.quotes && quotes) this.quotes = quotes;
        if (stale !== this.seen.stale) this.stale = stale;
        if (loading !== this.seen.loading) this.loading = loading;
        this.seen = { quotes, stale, loading };
      }
      super.willUpdate(changed);
    }

    /**
     * The controller, once the feeds' code is here (connected, it starts the feed at once); until
     * then `loading` shows when there are no quotes yet, and `updateComplete` waits for the code.
     */
    private loadFeeds(): void {
      const module = this.use(feeds);
      if (module) {
        this.feedController = new module.FeedController(this, {
          onStatus: (detail) => this.dispatchEvent(new FeedStatusEvent(detail)),
        });
      } else if (feeds.pending()) {
        this.seen = { ...this.seen, loading: this.quotes.length === 0 };
        this.loading = this.seen.loading;
      } else if (!this.feedsFailed) {
        this.feedsFailed = true;
        this.loading = this.seen.loading = false;
        const error = feeds.failure();
        const reason = `the feed's code could not be loaded (${error instanceof Error ? error.message : error})`;
        this.dispatchEvent(new FeedStatusEvent({ status: 'error', error: reason }));
      }
    }
  }
  return FeedElementClass as Constructor<FeedElementInterface> & T;
};
