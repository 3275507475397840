// Type test (tsc): wrong attribute values and wrong event details must not compile.
import './elements.js';

export const good = (
  <market-ticker mode="static" trendColors="red-up" onquote-select={(event) => event.detail.symbol.toUpperCase()} onfeed-status={(event) => event.detail.status === 'live'} />
);

// @ts-expect-error mode is 'scroll' | 'static'
export const badMode = <market-ticker mode="sideways" />;

// @ts-expect-error trendColors is 'green-up' | 'red-up'
export const badColors = <quote-cell trendColors="blue-up" />;

// @ts-expect-error price is a number
export const badPrice = <quote-cell price="17284.54" />;

// @ts-expect-error detail.symbol is a string
export const badDetail = <market-ticker onquote-select={(event) => event.detail.symbol.toFixed()} />;

// @ts-expect-error 'open' is not a feed status
export const badStatus = <market-ticker onfeed-status={(event) => event.detail.status === 'open'} />;
