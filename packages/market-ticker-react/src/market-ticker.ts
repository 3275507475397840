import { createComponent } from '@lit/react';
import * as React from 'react';
import { MarketTicker as MarketTickerElement } from 'market-ticker/market-ticker.js';
import { feedStatus, loopComplete, quoteSelect } from './events.js';

/** `<market-ticker>`: the quote strip. Callbacks `onQuoteSelect`, `onFeedStatus` and `onLoopComplete`. */
export const MarketTicker = createComponent({
  react: React,
  tagName: 'market-ticker',
  elementClass: MarketTickerElement,
  events: { onQuoteSelect: quoteSelect, onFeedStatus: feedStatus, onLoopComplete: loopComplete },
  displayName: 'MarketTicker',
});

export type MarketTickerProps = React.ComponentProps<typeof MarketTicker>;
