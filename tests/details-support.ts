/** For the pages that test the details card: the card in a host's shadow root and what names it. */
import type { QuoteCell } from '../packages/market-ticker/src/quote-cell/quote-cell.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';

/** A cell's card, or a strip's one card. */
export const cardOf = (el: QuoteCell | MarketTicker) => el.shadowRoot!.querySelector<HTMLElement>('#details-card');

/** The element an `aria-describedby` names, in the same shadow root. */
export function describedBy(node: HTMLElement): HTMLElement | null {
  const id = node.getAttribute('aria-describedby');
  return id ? ((node.getRootNode() as ShadowRoot).getElementById(id) as HTMLElement | null) : null;
}

/** The card's module, each time this page requested it. */
export const requestedCards = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/details-card\./.test(url));
