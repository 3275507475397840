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
  const next: Quote = { ...quote, price, change, ...extendDay(quote, price) };
  if (close > 0) next.changePercent = round((change / close) * 100, 4);
  else delete next.changePercent;
  return next;
}

/** Points of a simulated `history`: a 6.5-hour session in 5-minute steps. */
export const HISTORY_POINTS = 78;

/** Typical units traded in a day, by kind of instrument, for plausible `volume` figures. */
function dailyVolume(symbol: string): number {
  if (symbol.endsWith('=X')) return 0;
  if (symbol.endsWith('-USD') || symbol === '^CMC200') return 30_000;
  if (symbol.endsWith('=F')) return 250_000;
  if (symbol.startsWith('^') || symbol.endsWith('.SS')) return 2_500_000_000;
  return 20_000_000;
}

/**
 * Adds the day's figures to a quote: a `history` of `HISTORY_POINTS` prices walking from the
 * previous close to the price, and `open`, `high`, `low`, `previousClose`, `volume` and
 * `marketCap` that agree with it. Pure given `random`.
 */
export function withDayFigures(quote: Quote, random: () => number): Quote {
  const precision = quote.precision ?? 2;
  const previousClose = round(quote.price - (quote.change ?? 0), precision);
  const { step } = profileOf(quote.symbol);
  const history: number[] = [];
  let drift = 0;
  for (let i = 0; i < HISTORY_POINTS; i++) {
    // A walk pulled towards the straight line from the close to the price, so that it ends there.
    drift += (random() + random() - 1) * step * 2;
    const along = previousClose + ((quote.price - previousClose) * i) / (HISTORY_POINTS - 1);
    const wander = i === HISTORY_POINTS - 1 ? 0 : drift * Math.abs(previousClose);
    history.push(Math.max(10 ** -precision, round(along + wander, precision)));
  }
  history[HISTORY_POINTS - 1] = quote.price;
  const volume = Math.round(dailyVolume(quote.symbol) * (0.6 + random() * 0.8));
  return {
    ...quote,
    history,
    open: history[0]!,
    high: Math.max(...history),
    low: Math.min(...history),
    previousClose,
    volume,
    // About a billion shares in issue (an index: its members'); a crypto asset's supply is smaller.
    marketCap: Math.round(quote.price * (quote.symbol.endsWith('-USD') ? 2e7 : 1e9)),
  };
}

/** A day's figures after a move: the newest price at the end of `history`, the range widened. */
function extendDay(quote: Quote, price: number): Partial<Quote> {
  if (!quote.history) return {};
  const history = [...quote.history.slice(-(HISTORY_POINTS - 1)), price];
  const next: Partial<Quote> = { history };
  if (quote.high !== undefined) next.high = Math.max(quote.high, price);
  if (quote.low !== undefined) next.low = Math.min(quote.low, price);
  if (quote.volume !== undefined) next.volume = quote.volume + Math.round(dailyVolume(quote.symbol) / 5000);
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
  /**
   * Starting figures; default REFERENCE_QUOTES. Invalid quotes are dropped; a quote without a
   * `history` gets the day's figures (`withDayFigures`).
   */
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
  const random = options.random ?? Math.random;
  let quotes: Quote[] = (options.quotes ?? REFERENCE_QUOTES).flatMap((q) => {
    const check = checkQuote(q);
    if (!check.ok) return [];
    return [check.quote.history ? check.quote : withDayFigures(check.quote, random)];
  });
  const interval = periodMs(options.interval, 1.5);
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
