/**
 * Keeps a list of quotes stable between updates: one entry per symbol, and the same object for a
 * quote whose figures did not change, so that a keyed render touches only the cells that moved.
 * No DOM.
 */
import type { Quote } from './quote.js';

const FIELDS = [
  'price',
  'change',
  'changePercent',
  'precision',
  'currency',
  'time',
  'logo',
  'open',
  'high',
  'low',
  'previousClose',
  'volume',
  'marketCap',
  'delay',
  'exchange',
] as const;

/** Same points: a feed sends a new array each time, and a redrawn line costs more than this look. */
function sameHistory(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((point, i) => Object.is(point, b[i]));
}

function sameQuote(a: Quote, b: Quote): boolean {
  if (FIELDS.some((field) => !Object.is(a[field], b[field]))) return false;
  if (!sameHistory(a.history, b.history)) return false;
  return a.name === b.name || JSON.stringify(a.name) === JSON.stringify(b.name);
}

/**
 * The quotes to show: entries without a string symbol are dropped, a repeated symbol keeps its
 * first place and its last figures, and unchanged quotes keep their previous object. A value that
 * is not an array (a framework binding `null` before its data arrives, or a mistake) keeps the
 * last good quotes on screen; an empty array clears them.
 */
export function stableQuotes(next: unknown, previous: ReadonlyMap<string, Quote>): Quote[] {
  if (!Array.isArray(next)) return [...previous.values()];
  const bySymbol = new Map<string, Quote>();
  for (const item of next) {
    if (typeof item !== 'object' || item === null) continue;
    const symbol = (item as Quote).symbol;
    if (typeof symbol !== 'string' || symbol.trim() === '') continue;
    bySymbol.set(symbol, item as Quote);
  }
  return [...bySymbol].map(([symbol, quote]) => {
    const before = previous.get(symbol);
    return before && sameQuote(before, quote) ? before : quote;
  });
}
