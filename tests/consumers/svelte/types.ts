// Type test (svelte-check): the props svelte-check checks templates against refuse wrong
// attribute values and wrong event details. (App.svelte is the good case, checked too.)
import type { SvelteHTMLElements } from 'svelte/elements';

type Ticker = SvelteHTMLElements['market-ticker'];
type Cell = SvelteHTMLElements['quote-cell'];

export const good: Ticker = { mode: 'static', trendColors: 'red-up', 'onquote-select': (event) => event.detail.symbol.toUpperCase(), 'onfeed-status': (event) => event.detail.status === 'live' };

// @ts-expect-error mode is 'scroll' | 'static'
export const badMode: Ticker = { mode: 'sideways' };

// @ts-expect-error trendColors is 'green-up' | 'red-up'
export const badColors: Cell = { trendColors: 'blue-up' };

// @ts-expect-error price is a number
export const badPrice: Cell = { price: '17284.54' };

// @ts-expect-error detail.symbol is a string
export const badDetail: Ticker = { 'onquote-select': (event) => event.detail.symbol.toFixed() };

// @ts-expect-error 'open' is not a feed status
export const badStatus: Ticker = { 'onfeed-status': (event) => event.detail.status === 'open' };
