// A React consumer's TypeScript, checked with consumer-types.mts: typed props and typed event
// callbacks of market-ticker-react.
import { useState } from 'react';
import {
  MarketStatus,
  MarketTicker,
  QuoteCell,
  type QuoteSelectEvent,
  type MarketTickerProps,
} from 'market-ticker-react';
import type { Quote } from 'market-ticker';

const quotes: Quote[] = [{ symbol: '^HSI', price: 17284.54, change: 83.27, changePercent: 0.48 }];

export function Strip() {
  const [selected, setSelected] = useState<string>();
  return (
    <>
      <MarketTicker
        quotes={quotes}
        mode="static"
        selectable
        onQuoteSelect={(event) => {
          const symbol: string = event.detail.symbol;
          const price: number = event.detail.quote.price;
          setSelected(`${symbol} ${price}`);
        }}
        onFeedStatus={(event) => console.log(event.detail.status)}
      />
      <QuoteCell quote={quotes[0]} onQuoteSelect={(event: QuoteSelectEvent) => setSelected(event.detail.symbol)} />
      <MarketStatus market="XHKG" now="2024-04-19T00:00:00Z" />
      <p>{selected}</p>
    </>
  );
}

export const props: MarketTickerProps = { quotes, speed: 40 };

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error `quotes` takes Quote objects, not strings. */}
      <MarketTicker quotes={['^HSI']} />
      {/* @ts-expect-error the callback's event has no `symbol`; it is on `detail`. */}
      <MarketTicker onQuoteSelect={(event) => console.log(event.symbol)} />
      {/* @ts-expect-error <market-status> fires no quote-select. */}
      <MarketStatus onQuoteSelect={() => {}} />
    </>
  );
}
