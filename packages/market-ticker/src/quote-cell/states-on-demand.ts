import { isServer } from 'lit';
import type { InstrumentState, instrumentState } from '../instrument-state.js';
import { addServerWork } from '../server-work.js';

/**
 * The states module (sessions and every calendar) loads on first use of `market-state`, by a cell
 * or by a strip: a page without markers never downloads it.
 */
let stateOf: typeof instrumentState | undefined;
let loading: Promise<void> | undefined;

export const loadStates = (): Promise<void> =>
  (loading ??= import('../instrument-state.js').then((module) => void (stateOf = module.instrumentState)));
// The server cannot wait inside a render: it loads the states at once, and localeReady() waits.
if (isServer) addServerWork(loadStates());

export const statesLoaded = (): boolean => stateOf !== undefined;

/** `undefined` until the module is here (no marker yet), and for a market that is not known. */
export const stateNow = (
  quote: { readonly symbol: string; readonly exchange?: unknown },
  at: number,
): InstrumentState | undefined => stateOf?.(quote, at);
