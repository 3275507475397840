// The benchmark's data, the same for every page: the 16 quotes of the reference strip, then
// generated quotes (deterministic, so every page and every run sees the same figures).
// Loaded as a module before each page's own script; not counted as shipped JavaScript.
import seed from '/tests/fixtures/seed-strip.json' with { type: 'json' };
// The feed's own PRNG; this module has no bare imports, so a page loads it as it is.
import { seededRandom as random } from '/packages/market-ticker/dist/simulated-feed.js';

const SEED = seed.quotes.map(({ symbol, name, price, change, changePercent, precision }) => ({
  symbol,
  name,
  price,
  change,
  changePercent,
  precision,
}));

const round = (value, precision) => Number(value.toFixed(precision));

function generated(index, next) {
  const precision = 2;
  const price = round(1 + next() * (next() < 0.2 ? 40000 : 900), precision);
  const changePercent = round((next() - 0.5) * 6, 2);
  const change = round((price * changePercent) / (100 + changePercent), precision);
  const code = String(10000 + index).slice(1);
  return { symbol: `${code}.HK`, name: `Instrument ${code}`, price, change, changePercent, precision };
}

/** `n` quotes: the reference 16 first, then generated ones. */
export function makeQuotes(n) {
  const next = random(9);
  const quotes = SEED.slice(0, n);
  for (let i = quotes.length; i < n; i++) quotes.push(generated(i, next));
  return quotes;
}

/**
 * The next figures after `list`: `changed` quotes spread evenly over the list get a new price
 * (and change and percent from the same previous close); the others keep their object, as a feed
 * merge would leave them. `step` makes every tick differ from the one before.
 */
export function tick(list, changed, step) {
  const next = list.slice();
  const count = Math.min(changed, list.length);
  const stride = list.length / count;
  for (let k = 0; k < count; k++) {
    const i = Math.floor(k * stride);
    const q = list[i];
    const precision = q.precision ?? 2;
    const close = q.price - (q.change ?? 0);
    const unit = 10 ** -precision;
    // Alternate up and down by a few units of the last digit, so widths rarely change.
    const move = ((step + k) % 2 === 0 ? 1 : -1) * unit * (1 + ((step * 7 + k) % 5));
    const price = round(Math.max(unit, q.price + move), precision);
    const change = round(price - close, precision);
    const changePercent = close !== 0 ? round((change / close) * 100, 2) : 0;
    next[i] = { ...q, price, change, changePercent };
  }
  return next;
}

/**
 * The quotes with a day's line: `points` prices walking to the quote's price (deterministic), for
 * the sparkline rows. The ticks keep it, as a feed that sends the line once would.
 */
export function withHistory(quotes, points = 78) {
  const next = random(11);
  return quotes.map((q) => {
    const history = [];
    let value = q.price - (q.change ?? 0);
    for (let i = 0; i < points - 1; i++) {
      history.push(round(value, q.precision ?? 2));
      value += (q.price - value) / (points - i) + (next() - 0.5) * q.price * 0.002;
    }
    history.push(q.price);
    return { ...q, history };
  });
}

window.benchData = { makeQuotes, tick, withHistory };
