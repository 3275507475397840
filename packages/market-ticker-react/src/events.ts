import type { EventName } from '@lit/react';
import type { FeedStatusDetail } from 'market-ticker/market-ticker.js';
import type { QuoteSelectDetail } from 'market-ticker/quote-cell.js';

/** `quote-select`: a cell was activated by click or keyboard. */
export type QuoteSelectEvent = CustomEvent<QuoteSelectDetail>;

/** `feed-status`: the strip's feed changed state. */
export type FeedStatusEvent = CustomEvent<FeedStatusDetail>;

// The casts carry each event's type into the callback props (`onQuoteSelect(event)`).
export const quoteSelect = 'quote-select' as EventName<QuoteSelectEvent>;
export const feedStatus = 'feed-status' as EventName<FeedStatusEvent>;
