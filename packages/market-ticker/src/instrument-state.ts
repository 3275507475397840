/**
 * The state of an instrument's market, for a cell's `market-state` marker: from the quote's own
 * `exchange`, else the catalogue's, and the sessions module with that market's calendar, which
 * loads on demand. No DOM.
 */
import { quoteMarket } from './catalogue.js';
import { calendarPending, calendarReady } from './holidays-core.js';
import { isKnownMarket, marketState } from './sessions-core.js';

export type Instrument = { readonly symbol: string; readonly exchange?: unknown };

/** The calendars of these instruments' markets that are not here yet, loading; `undefined` when none. */
export function calendarsFor(quotes: Iterable<Instrument>): Promise<unknown> | undefined {
  // One promise per calendar file: markets that share one (XNYS, XNAS) share its load.
  const pending = new Set<Promise<void>>();
  for (const quote of quotes) {
    // A strip's first render looks at its quotes before they are checked.
    if (typeof quote !== 'object' || quote === null) continue;
    const market = quoteMarket(quote);
    const load = market === undefined ? undefined : calendarPending(market);
    if (load) pending.add(load);
  }
  return pending.size > 0 ? Promise.all(pending) : undefined;
}

/** Trading, an auction before the open, a break, closed, closed for a holiday, or never closing. */
export type InstrumentState = 'open' | 'pre-open' | 'break' | 'closed' | 'holiday' | 'around-the-clock';

/**
 * `undefined` when the instrument's market is not known, or its calendar is not here yet: no
 * marker rather than a guess.
 */
export function instrumentState(quote: Instrument, at: number): InstrumentState | undefined {
  const market = quoteMarket(quote);
  if (market === undefined || !isKnownMarket(market) || !calendarReady(market)) return undefined;
  const snapshot = marketState(market, at);
  if (snapshot.state === 'open') return snapshot.next ? 'open' : 'around-the-clock';
  if (snapshot.state === 'closed' && snapshot.holiday) return 'holiday';
  return snapshot.state;
}
