// React 19 with market-ticker-react: typed props, properties for objects, typed event callbacks.
import { createElement, useEffect, useState } from 'react';
import { MarketTicker, QuoteCell, type FeedStatusEvent, type QuoteSelectEvent } from 'market-ticker-react';
import { getState, record, subscribe } from '../shared/store.js';

export function App() {
  const [{ quotes, price }, setState] = useState(getState);
  useEffect(() => subscribe(setState), []);

  const onSelect = (event: QuoteSelectEvent) => record(event); // event.detail: { symbol, quote }
  const onStatus = (event: FeedStatusEvent) => record(event); // event.detail.status: 'live' | …

  return (
    <>
      <MarketTicker id="strip" mode="static" selectable quotes={quotes} onQuoteSelect={onSelect} />
      <QuoteCell id="cell" symbol="^HSI" price={price} change={83.27} changePercent={0.48} />
      <MarketTicker id="live" feed="simulated" interval={1} mode="static" onFeedStatus={onStatus} />
      {/* Not imported through the wrapper: registered only after this render (attributes first). */}
      {createElement('article-card', {
        id: 'early',
        headline: 'Set before define',
        variant: 'compact',
        symbols: '^HSI',
      })}
    </>
  );
}
