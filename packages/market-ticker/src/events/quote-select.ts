import type { Quote } from '../quote.js';

/** Detail of the `quote-select` event. */
export interface QuoteSelectDetail {
  symbol: string;
  quote: Quote;
}

/**
 * `quote-select`: a link or `selectable` cell was activated by click or keyboard. Bubbles out of
 * shadow roots; cancel it to keep a link cell from navigating.
 */
export class QuoteSelectEvent extends CustomEvent<QuoteSelectDetail> {
  static readonly type = 'quote-select';

  constructor(detail: QuoteSelectDetail) {
    super(QuoteSelectEvent.type, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

// On elements, and on the document and window that it bubbles to.
declare global {
  interface HTMLElementEventMap {
    'quote-select': QuoteSelectEvent;
  }
  interface GlobalEventHandlersEventMap {
    'quote-select': QuoteSelectEvent;
  }
}
