// Preact's JSX for the elements used directly: their properties (typed as the element classes
// declare them), the global HTML attributes, and `on<event-name>` listeners with typed details.
import type { HTMLAttributes, Ref } from 'preact';
import type { ArticleCard } from 'market-ticker/article-card.js';
import type { FeedStatusDetail, MarketTicker } from 'market-ticker/market-ticker.js';
import type { MarketStatus } from 'market-ticker/market-status.js';
import type { QuoteCell, QuoteSelectDetail } from 'market-ticker/quote-cell.js';

/** The element's own properties (not HTMLElement's, not methods), all optional. */
type Own<E> = Partial<{ [K in Exclude<keyof E, keyof HTMLElement> as E[K] extends (...args: never[]) => unknown ? never : K]: E[K] }>;

type ElementProps<E extends HTMLElement, Events = object> = Own<E> &
  Omit<HTMLAttributes<E>, keyof Own<E>> &
  Events & { ref?: Ref<E> };

interface SelectEvents {
  'onquote-select'?: (event: CustomEvent<QuoteSelectDetail>) => void;
}
interface FeedEvents {
  'onfeed-status'?: (event: CustomEvent<FeedStatusDetail>) => void;
}

export {};

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'market-ticker': ElementProps<MarketTicker, SelectEvents & FeedEvents>;
      'quote-cell': ElementProps<QuoteCell, SelectEvents>;
      'market-status': ElementProps<MarketStatus>;
      'article-card': ElementProps<ArticleCard, SelectEvents & FeedEvents>;
    }
  }
}
