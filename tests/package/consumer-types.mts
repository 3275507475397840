// A consumer's TypeScript, type-checked (tsc --noEmit) against the packed package's declarations
// in a fresh project, with `bundler` and with `nodenext` resolution. Each @ts-expect-error line
// proves a wrong use fails to compile; tsc fails if one of them stops being an error.
// It is .mts so that the repository's own tsc run (tests/**/*.ts, with the library's sources)
// leaves it out: there it would meet every element class twice, from src/ and from dist/.
import 'market-ticker';
import type { MarketTicker, Quote, QuoteSelectDetail, FeedStatusDetail } from 'market-ticker';
import type { QuoteCell } from 'market-ticker/quote-cell.js';
import type { MarketStatus } from 'market-ticker/market-status.js';
import { formatPrice } from 'market-ticker/format.js';
import { marketState } from 'market-ticker/sessions.js';
import { resolveLocale, setLocale, type Locale } from 'market-ticker/localization.js';
import { instrumentName } from 'market-ticker/instruments.js';
import { createSimulatedFeed } from 'market-ticker/simulated-feed.js';
import { mergeQuotes } from 'market-ticker/feeds.js';

export const quote: Quote = { symbol: '^HSI', price: 17284.54, change: 83.27, changePercent: 0.48 };
export const named: Quote = { symbol: '0700.HK', price: 322.2, name: { en: 'Tencent', 'zh-Hant-HK': '騰訊控股' } };
// @ts-expect-error `price` is required.
export const priceless: Quote = { symbol: '^HSI' };

export function wire(): void {
  // HTMLElementTagNameMap types the query by tag name.
  const strip: MarketTicker | null = document.querySelector('market-ticker');
  const cell: QuoteCell | null = document.querySelector('quote-cell');
  const banner: MarketStatus | null = document.querySelector('market-status');
  if (!strip || !cell || !banner) return;
  strip.quotes = [quote, named];
  strip.mode = 'static';
  cell.quote = quote;
  banner.market = 'XHKG';
  // @ts-expect-error `quotes` is an array of quotes, not one.
  strip.quotes = quote;
  // @ts-expect-error `mode` is 'scroll' or 'static'.
  strip.mode = 'marquee';

  // HTMLElementEventMap types the listeners' events.
  strip.addEventListener('quote-select', (event) => {
    const detail: QuoteSelectDetail = event.detail;
    const symbol: string = event.detail.symbol;
    const price: number = event.detail.quote.price;
    console.log(detail, symbol, price);
    // @ts-expect-error the detail has no `price`; it is on `detail.quote`.
    console.log(event.detail.price);
  });
  strip.addEventListener('feed-status', (event) => {
    const detail: FeedStatusDetail = event.detail;
    if (detail.status === 'error') console.log(detail.error);
    // @ts-expect-error 'offline' is not a feed status.
    if (event.detail.status === 'offline') return;
  });
}

export const figures: string = formatPrice(17284.54, 2, 'en');
export const open: boolean = marketState('XHKG', new Date()).state === 'open';
export const locale: Locale = resolveLocale('zh-HK');
export const name: string | undefined = instrumentName('^HSI', locale);
export const merged: Quote[] = mergeQuotes([quote], [{ ...quote, price: 17300 }]);
export const ready: Promise<void> = setLocale('zh-HK');
export const feed = createSimulatedFeed({}, { onQuotes: (quotes: Quote[]) => console.log(quotes.length), onStatus: () => {} });
