import { createComponent } from '@lit/react';
import * as React from 'react';
import { MarketStatus as MarketStatusElement } from 'market-ticker/market-status.js';

/** `<market-status>`: whether a market is open and how long until that changes. */
export const MarketStatus = createComponent({
  react: React,
  tagName: 'market-status',
  elementClass: MarketStatusElement,
  displayName: 'MarketStatus',
});

export type MarketStatusProps = React.ComponentProps<typeof MarketStatus>;
