// Vue's template types for the elements: their properties (as the element classes declare them)
// and their events as `on…` props, so that `@quote-select` handlers get typed details.
import type { DefineComponent } from 'vue';
import type { ArticleCard } from 'market-ticker/article-card.js';
import type { FeedStatusDetail, MarketTicker } from 'market-ticker/market-ticker.js';
import type { MarketStatus } from 'market-ticker/market-status.js';
import type { QuoteCell, QuoteSelectDetail } from 'market-ticker/quote-cell.js';

type Own<E> = Partial<{ [K in Exclude<keyof E, keyof HTMLElement> as E[K] extends (...args: never[]) => unknown ? never : K]: E[K] }>;

interface SelectEvents {
  onQuoteSelect?: (event: CustomEvent<QuoteSelectDetail>) => void;
}
interface FeedEvents {
  onFeedStatus?: (event: CustomEvent<FeedStatusDetail>) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'market-ticker': DefineComponent<Own<MarketTicker> & SelectEvents & FeedEvents>;
    'quote-cell': DefineComponent<Own<QuoteCell> & SelectEvents>;
    'market-status': DefineComponent<Own<MarketStatus>>;
    'article-card': DefineComponent<Own<ArticleCard> & SelectEvents & FeedEvents>;
  }
}
