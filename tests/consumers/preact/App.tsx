// Preact with the elements: Preact sets properties on custom elements that have them
// (so `quotes` is passed as an array, not a string) and listens to `on<event-name>` props.
import 'market-ticker/market-ticker.js';
import { useEffect, useState } from 'preact/hooks';
import type { FeedStatusDetail } from 'market-ticker/market-ticker.js';
import type { QuoteSelectDetail } from 'market-ticker/quote-cell.js';
import { getState, record, subscribe } from '../shared/store.js';

export function App() {
  const [{ quotes, price }, setState] = useState(getState);
  useEffect(() => subscribe(setState), []);

  const onSelect = (event: CustomEvent<QuoteSelectDetail>) => record(event); // event.detail: { symbol, quote }
  const onStatus = (event: CustomEvent<FeedStatusDetail>) => record(event); // event.detail.status: 'live' | …

  return (
    <>
      <market-ticker id="strip" mode="static" selectable quotes={quotes} onquote-select={onSelect} />
      <quote-cell id="cell" symbol="^HSI" price={price} change={83.27} changePercent={0.48} />
      <market-ticker id="live" feed="simulated" interval={1} mode="static" onfeed-status={onStatus} />
      {/* Registered only after this render: the attributes are set before define. */}
      <article-card id="early" headline="Set before define" variant="compact" symbols="^HSI" />
    </>
  );
}
