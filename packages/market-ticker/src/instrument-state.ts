/**
 * The state of an instrument's market, for a cell's `market-state` marker: from the quote's own
 * `exchange`, else the catalogue's, and the sessions module. No DOM.
 */
import { quoteMarket } from './catalogue.js';
import { isKnownMarket, marketState } from './sessions.js';

/** Trading, an auction before the open, a break, closed, closed for a holiday, or never closing. */
export type InstrumentState = 'open' | 'pre-open' | 'break' | 'closed' | 'holiday' | 'around-the-clock';

/** `undefined` when the instrument's market is not known: no marker rather than a guess. */
export function instrumentState(
  quote: { readonly symbol: string; readonly exchange?: unknown },
  at: number,
): InstrumentState | undefined {
  const market = quoteMarket(quote);
  if (market === undefined || !isKnownMarket(market)) return undefined;
  const snapshot = marketState(market, at);
  if (snapshot.state === 'open') return snapshot.next ? 'open' : 'around-the-clock';
  if (snapshot.state === 'closed' && snapshot.holiday) return 'holiday';
  return snapshot.state;
}
