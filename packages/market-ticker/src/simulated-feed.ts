/**
 * A simulated feed for demos with no network: a bounded random walk around the reference figures.
 * `simulateTick` is pure so that the development server (scripts/feed-server.js, which imports the
 * built module) and this in-page feed move prices the same way. No DOM.
 */
import { checkQuote, type Quote } from './quote.js';
import type { Feed, FeedEvents } from './feeds.js';
import { periodMs } from './feeds/timers.js';

/** The sixteen quotes of the reference strip. Names are left to the instrument catalogue. */
export const REFERENCE_QUOTES: Quote[] = [
  { symbol: '^HSI', price: 17284.54, change: 83.27, changePercent: 0.48, precision: 2 },
  { symbol: '^HSCE', price: 6120.37, change: 20.15, changePercent: 0.33, precision: 2 },
  { symbol: '000001.SS', price: 3052.9, change: 8.08, changePercent: 0.27, precision: 2 },
  { symbol: '^DJI', price: 37973.62, change: -487.3, changePercent: -1.27, precision: 2 },
  { symbol: '^GSPC', price: 5027.4, change: -44.23, changePercent: -0.87, precision: 2 },
  { symbol: '^IXIC', price: 15512.14, change: -200.61, changePercent: -1.28, precision: 2 },
  { symbol: '^VIX', price: 16.51, change: 0.54, changePercent: 3.38, precision: 2 },
  { symbol: '^FTSE', price: 8078.86, change: 38.48, changePercent: 0.48, precision: 2 },
  { symbol: 'CL=F', price: 82.52, change: -0.29, changePercent: -0.35, precision: 2 },
  { symbol: 'GC=F', price: 2338.5, change: 0.1, changePercent: 0.0043, precision: 2 },
  { symbol: 'HKD=X', price: 7.8281, change: -0.0028, changePercent: -0.04, precision: 4 },
  { symbol: 'CNYHKD=X', price: 0.9242, change: -0.0005, changePercent: -0.05, precision: 4 },
  { symbol: 'JPYHKD=X', price: 0.0501, change: -0.0001, changePercent: -0.26, precision: 4 },
  { symbol: 'EURHKD=X', price: 8.3922, change: 0.0165, changePercent: 0.2, precision: 4 },
  { symbol: 'BTC-USD', price: 64159.13, change: -370.27, changePercent: -0.57, precision: 2 },
  { symbol: '^CMC200', price: 1385.33, change: 2.76, changePercent: 0.2, precision: 2 },
];

/** mulberry32: a small, fast seeded PRNG in [0, 1), so stories and tests can replay a walk. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How an instrument moves: a typical step and the farthest it strays, both as price fractions. */
interface WalkProfile {
  step: number;
  band: number;
}

// Typical per-tick moves: indices a few points, FX a few pips, VIX and crypto livelier.
function profileOf(symbol: string): WalkProfile {
  if (symbol === '^VIX') return { step: 0.004, band: 0.25 };
  if (symbol.endsWith('=X')) return { step: 0.00004, band: 0.01 };
  if (symbol.endsWith('-USD') || symbol === '^CMC200') return { step: 0.0008, band: 0.08 };
  if (symbol.endsWith('=F')) return { step: 0.0003, band: 0.04 };
  return { step: 0.00025, band: 0.03 };
}

const round = (value: number, places: number): number => Number(value.toFixed(places));

/**
 * Moves one quote by a whole number of ticks (10^-precision), at least one. The previous close
 * (price - change) stays fixed, so change and changePercent are recomputed against it.
 */
export function stepQuote(quote: Quote, random: () => number): Quote {
  const precision = quote.precision ?? 2;
  const unit = 10 ** -precision;
  const close = round(quote.price - (quote.change ?? 0), precision);
  const { step, band } = profileOf(quote.symbol);
  const z = random() + random() - 1; // triangular on (-1, 1): small moves more often than large
  let ticks = Math.round((2 * z * step * quote.price) / unit);
  if (ticks === 0) ticks = random() < 0.5 ? -1 : 1;
  let price = round(quote.price + ticks * unit, precision);
  // Turn back at the edge of the band, so the walk stays around the reference figures...
  const away = Math.abs(price - close) > Math.abs(quote.price - close);
  if (away && Math.abs(price - close) > band * Math.abs(close)) price = round(quote.price - ticks * unit, precision);
  // ...and never reach zero.
  if (price <= 0) price = round(quote.price + Math.abs(ticks) * unit, precision);
  if (price <= 0) price = unit;
  const change = round(price - close, precision);
  const next: Quote = { ...quote, price, change };
  if (close > 0) next.changePercent = round((change / close) * 100, 4);
  else delete next.changePercent;
  return next;
}

export interface TickResult {
  /** Every quote, in the same order, with the moved ones replaced. */
  quotes: Quote[];
  /** Only the moved quotes: a partial feed message. */
  changed: Quote[];
}

/** One tick: moves `symbolsPerTick` distinct quotes chosen at random. Pure given `random`. */
export function simulateTick(quotes: readonly Quote[], random: () => number, symbolsPerTick = 3): TickResult {
  const order = quotes.map((_, i) => i);
  const count = Math.max(0, Math.min(Math.floor(symbolsPerTick), quotes.length));
  // Partial Fisher-Yates: the first `count` entries become a random sample.
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (order.length - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const picked = order.slice(0, count).sort((a, b) => a - b);
  const next = quotes.slice();
  const changed: Quote[] = [];
  for (const i of picked) {
    next[i] = stepQuote(quotes[i]!, random);
    changed.push(next[i]!);
  }
  return { quotes: next, changed };
}

export interface SimulatedFeedOptions {
  /** Starting figures; default REFERENCE_QUOTES. Invalid quotes are dropped. */
  quotes?: Quote[];
  /** Seconds between ticks, as everywhere in the feeds' options; default 1.5, at least 0.01. */
  interval?: number;
  /** Default Math.random; pass seededRandom(n) for a repeatable walk. */
  random?: () => number;
  /** Quotes moved per tick; default 3. */
  symbolsPerTick?: number;
}

/**
 * A Feed that sends the full list at start and then a partial message per tick. It pauses while
 * the page is hidden and resumes from where it was after stop()/start().
 */
export function createSimulatedFeed(options: SimulatedFeedOptions, events: FeedEvents): Feed {
  let quotes: Quote[] = (options.quotes ?? REFERENCE_QUOTES).flatMap((q) => {
    const check = checkQuote(q);
    return check.ok ? [check.quote] : [];
  });
  const interval = periodMs(options.interval, 1.5);
  const random = options.random ?? Math.random;
  const perTick = options.symbolsPerTick ?? 3;
  let running = false;
  let visible = true;
  let timer: ReturnType<typeof setInterval> | undefined;

  function tick(): void {
    const result = simulateTick(quotes, random, perTick);
    quotes = result.quotes;
    if (result.changed.length > 0) events.onQuotes(result.changed, new Date().toISOString());
  }

  function pause(): void {
    clearInterval(timer);
    timer = undefined;
  }

  function resume(): void {
    if (running && visible && timer === undefined) timer = setInterval(tick, interval);
  }

  return {
    start() {
      if (running) return;
      running = true;
      events.onStatus('live');
      events.onQuotes(quotes.slice(), new Date().toISOString());
      resume();
    },
    stop() {
      running = false;
      pause();
    },
    setVisible(next: boolean) {
      visible = next;
      if (next) resume();
      else pause();
    },
  };
}
