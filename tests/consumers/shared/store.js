// The state every consumer app binds to its elements, and the handle the check drives it by
// (`window.__consumer`). Each app copies this state into its own framework's state, so every
// binding under test is the framework's own.
import { QUOTES } from './quotes.js';

let state = { quotes: QUOTES, price: QUOTES[0].price };
const listeners = new Set();

export const getState = () => state;

/** Calls `listener(state)` on every change; returns the unsubscribe function. */
export function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next) {
  state = { ...state, ...next };
  for (const listener of listeners) listener(state);
}

/** What a framework handler received, in a form the check can read back. */
export function record(event) {
  const detail = event.detail ?? {};
  window.__consumer.events.push({
    type: event.type,
    symbol: detail.symbol,
    price: detail.quote?.price,
    status: detail.status,
  });
}

/** `mount()` renders the app into #app, `unmount()` removes it; both the framework's own. */
export function install({ mount, unmount }) {
  window.__consumer = {
    events: [],
    mount,
    unmount,
    /** The Hang Seng's price, in the single cell and in the strip's quotes. */
    setPrice(price) {
      const quotes = Array.isArray(state.quotes)
        ? state.quotes.map((q) => (q.symbol === '^HSI' ? { ...q, price } : q))
        : state.quotes;
      set({ price, quotes });
    },
    /** Any value, good or bad, for the strip's `quotes`. */
    setQuotes(quotes) {
      set({ quotes });
    },
    reset() {
      set({ quotes: QUOTES, price: QUOTES[0].price });
    },
  };
  mount();
}

/** Registers <article-card> only now, after the app has set its attributes (bad input: set before define). */
export const defineLate = () => import('market-ticker/article-card.js');
