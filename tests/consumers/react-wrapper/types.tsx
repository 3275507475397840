// Type test (tsc): wrong prop values and wrong event details must not compile.
import { MarketTicker, QuoteCell } from 'market-ticker-react';

export const good = <MarketTicker mode="static" trendColors="red-up" onQuoteSelect={(event) => event.detail.symbol.toUpperCase()} onFeedStatus={(event) => event.detail.status === 'live'} />;

// @ts-expect-error mode is 'scroll' | 'static'
export const badMode = <MarketTicker mode="sideways" />;

// @ts-expect-error trendColors is 'green-up' | 'red-up'
export const badColors = <QuoteCell trendColors="blue-up" />;

// @ts-expect-error price is a number
export const badPrice = <QuoteCell price="17284.54" />;

// @ts-expect-error detail.symbol is a string
export const badDetail = <MarketTicker onQuoteSelect={(event) => event.detail.symbol.toFixed()} />;

export const goodLoop = <MarketTicker hoverSpeed={20} fade direction="up" onLoopComplete={(event) => event.detail.count + 1} />;

// @ts-expect-error detail.count is a number
export const badLoop = <MarketTicker onLoopComplete={(event) => event.detail.count.toUpperCase()} />;

// @ts-expect-error 'open' is not a feed status
export const badStatus = <MarketTicker onFeedStatus={(event) => event.detail.status === 'open'} />;
