import { createComponent } from '@lit/react';
import * as React from 'react';
import { MarketTicker as MarketTickerElement } from 'market-ticker/market-ticker.js';
import { feedStatus, quoteSelect } from './events.js';

/** `<market-ticker>`: the quote strip. Callbacks `onQuoteSelect` and `onFeedStatus`. */
export const MarketTicker = createComponent({
  react: React,
  tagName: 'market-ticker',
  elementClass: MarketTickerElement,
  events: { onQuoteSelect: quoteSelect, onFeedStatus: feedStatus },
  displayName: 'MarketTicker',
});

export type MarketTickerProps = React.ComponentProps<typeof MarketTicker>;
