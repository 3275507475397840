/**
 * React components for market-ticker's elements, one module per element so that a bundler keeps
 * only the elements an app renders (`sideEffects: false`; each module registers its own element).
 * A new element joins with one module like `quote-cell.ts` and one line below.
 */
export { MarketTicker, type MarketTickerProps } from './market-ticker.js';
export { QuoteCell, type QuoteCellProps } from './quote-cell.js';
export { MarketStatus, type MarketStatusProps } from './market-status.js';
export { ArticleCard, type ArticleCardProps } from './article-card.js';
export type { QuoteSelectEvent, FeedStatusEvent, LoopCompleteEvent } from './events.js';
export type { Quote } from 'market-ticker';
export type { QuoteSelectDetail } from 'market-ticker/quote-cell.js';
export type { FeedStatusDetail, LoopCompleteDetail } from 'market-ticker/market-ticker.js';
