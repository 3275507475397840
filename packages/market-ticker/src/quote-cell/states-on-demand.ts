import { isServer } from 'lit';
import type * as States from '../instrument-state.js';
import type { Instrument } from '../instrument-state.js';
import { addServerWork } from '../server-work.js';

/**
 * The market states load on first use of `market-state`, by a cell or by a strip: the sessions
 * module first, then the calendar of each market shown. A page without markers loads neither.
 */
let states: typeof States | undefined;
let loading: Promise<typeof States> | undefined;
const loadModule = () => (loading ??= import('../instrument-state.js').then((module) => (states = module)));

/**
 * What the markers of these quotes still need, loading: the module, then their markets'
 * calendars; `undefined` when everything is here.
 */
export function statesPending(quotes: Iterable<Instrument>): Promise<unknown> | undefined {
  if (states) return states.calendarsFor(quotes);
  const list = [...quotes];
  return loadModule().then((module) => module.calendarsFor(list));
}

// The server cannot wait inside a render: it loads the module and every calendar at once, and
// localeReady() waits.
if (isServer) addServerWork(loadModule().then(() => import('../holidays-core.js').then((m) => m.loadAllCalendars())));

/** `undefined` until the module and the market's calendar are here (no marker yet), and for an unknown market. */
export const stateNow = (quote: Instrument, at: number): States.InstrumentState | undefined =>
  states?.instrumentState(quote, at);
