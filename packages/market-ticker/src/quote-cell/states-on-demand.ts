import { isServer } from 'lit';
import type * as States from '../instrument-state.js';
import type { Instrument } from '../instrument-state.js';
import { onDemand, pendingWith } from '../on-demand.js';
import { addServerWork } from '../server-work.js';

/**
 * The market states load on first use of `market-state`, by a cell or by a strip: the sessions
 * module first, then the calendar of each market shown. A page without markers loads neither.
 */
const states = onDemand('the market states', () => import('../instrument-state.js'));

/**
 * What the markers of these quotes still need, loading: the module, then their markets'
 * calendars; `undefined` when everything is here.
 */
export const statesPending = (quotes: readonly Instrument[]): Promise<unknown> | undefined =>
  pendingWith(states, (module) => module.calendarsFor(quotes));

// The server cannot wait inside a render: it has every calendar too.
if (isServer) addServerWork(import('../holidays-core.js').then((m) => m.loadAllCalendars()));

/** `undefined` until the module and the market's calendar are here (no marker yet), and for an unknown market. */
export const stateNow = (quote: Instrument, at: number): States.InstrumentState | undefined =>
  states.module()?.instrumentState(quote, at);
