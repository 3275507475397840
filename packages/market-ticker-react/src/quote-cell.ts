import { createComponent } from '@lit/react';
import * as React from 'react';
import { QuoteCell as QuoteCellElement } from 'market-ticker/quote-cell.js';
import { quoteSelect } from './events.js';

/** `<quote-cell>`: one instrument. Callback `onQuoteSelect`. */
export const QuoteCell = createComponent({
  react: React,
  tagName: 'quote-cell',
  elementClass: QuoteCellElement,
  events: { onQuoteSelect: quoteSelect },
  displayName: 'QuoteCell',
});

export type QuoteCellProps = React.ComponentProps<typeof QuoteCell>;
