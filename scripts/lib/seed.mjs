// The reference page's sixteen quotes (tests/fixtures/seed-strip.json) without their names, so that
// a page shows the catalogue's names in its locale: for the scripts that build pages to check.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function seedQuotes(root) {
  const seed = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/seed-strip.json'), 'utf8'));
  return seed.quotes.map(({ symbol, price, change, changePercent, precision }) => ({
    symbol,
    price,
    change,
    changePercent,
    precision,
  }));
}
