// Svelte's template types for the elements: their properties (as the element classes declare
// them), the global HTML attributes, and `on<event-name>` listeners with typed details.
import type { HTMLAttributes } from 'svelte/elements';
import type { ArticleCard } from 'market-ticker/article-card.js';
import type { FeedStatusDetail, MarketTicker } from 'market-ticker/market-ticker.js';
import type { MarketStatus } from 'market-ticker/market-status.js';
import type { QuoteCell, QuoteSelectDetail } from 'market-ticker/quote-cell.js';

type Own<E> = Partial<{ [K in Exclude<keyof E, keyof HTMLElement> as E[K] extends (...args: never[]) => unknown ? never : K]: E[K] }>;
type Props<E, Events = object> = Own<E> & Omit<HTMLAttributes<E>, keyof Own<E>> & Events;

interface SelectEvents {
  'onquote-select'?: (event: CustomEvent<QuoteSelectDetail>) => void;
}
interface FeedEvents {
  'onfeed-status'?: (event: CustomEvent<FeedStatusDetail>) => void;
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'market-ticker': Props<MarketTicker, SelectEvents & FeedEvents>;
    'quote-cell': Props<QuoteCell, SelectEvents>;
    'market-status': Props<MarketStatus>;
    'article-card': Props<ArticleCard, SelectEvents & FeedEvents>;
  }
}
