import type { EventName } from '@lit/react';
import type { FeedStatusEvent, LoopCompleteEvent } from 'market-ticker/market-ticker.js';
import type { QuoteSelectEvent } from 'market-ticker/quote-cell.js';

export type { FeedStatusEvent, LoopCompleteEvent, QuoteSelectEvent };

// The casts carry each event's type into the callback props (`onQuoteSelect(event)`).
export const quoteSelect = 'quote-select' as EventName<QuoteSelectEvent>;
export const feedStatus = 'feed-status' as EventName<FeedStatusEvent>;
export const loopComplete = 'loop-complete' as EventName<LoopCompleteEvent>;
