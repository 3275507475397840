/** The reference page's strip, as data, for stories (facts from shared/seed/seed-strip.json). */
import seed from '../tests/fixtures/seed-strip.json';
import type { Quote } from '../packages/market-ticker/src/quote.js';

/** The sixteen reference quotes without names: names come from the catalogue in each locale. */
export const referenceQuotes: Quote[] = seed.quotes.map(({ symbol, price, change, changePercent, precision }) => ({
  symbol,
  price,
  change,
  changePercent,
  precision,
}));
