/** The reference page's strip, as data, for stories (facts from shared/seed/seed-strip.json). */
import seed from '../tests/fixtures/seed-strip.json';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import { seededRandom, withDayFigures } from '../packages/market-ticker/src/simulated-feed.js';

/** The sixteen reference quotes without names: names come from the catalogue in each locale. */
export const referenceQuotes: Quote[] = seed.quotes.map(({ symbol, price, change, changePercent, precision }) => ({
  symbol,
  price,
  change,
  changePercent,
  precision,
}));

/**
 * The reference quotes with a day's figures (history, open, high, low, previous close, volume,
 * market value), from a seeded walk: the same lines in every run, for the reference images.
 */
export const dayQuotes: Quote[] = (() => {
  const random = seededRandom(20);
  return referenceQuotes.map((quote) => withDayFigures(quote, random));
})();

/** A small square logo beside the stories (Vite serves it); and one that is not there. */
export const logoUrl = new URL('./assets/logo-hsi.svg', import.meta.url).href;
export const missingLogoUrl = '/no-such-logo.png';
