/** What every built-in adapter shares: reading provider figures strictly, and mapping symbols. No DOM. */

/** A quote as an adapter hands it to the feed, before the feed's own validation. */
export interface AdapterQuote {
  symbol: string;
  price: number;
  change?: number;
  changePercent?: number;
  open?: number;
  high?: number;
  low?: number;
  previousClose?: number;
  volume?: number;
  time?: string;
}

/** One message read: the quotes it carries and, optionally, the time they are as of. */
export interface AdapterResult {
  quotes: unknown[];
  asOf?: string;
}

/**
 * Turns one provider message (decoded JSON) into ours: `null` for a message with no figures
 * (heartbeats, pings, subscription receipts); throws, saying why, for one it cannot read.
 */
export type AdapterFunction = (message: unknown) => AdapterResult | null;

/** An adapter with what to send on a socket: subscriptions for the strip's symbols (ours). */
export interface FeedAdapter {
  readonly name: string;
  read: AdapterFunction;
  /** Messages (JSON values) to send when a socket opens. */
  open?(symbols: readonly string[]): unknown[];
  /** Messages to send on an open socket when the symbols change. */
  change?(added: readonly string[], removed: readonly string[]): unknown[];
}

/** Why a built-in adapter refused a message; the feed reports it as `adapter "name": message`. */
export class AdapterError extends Error {
  override name = 'AdapterError';
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A figure from a provider, which may send numbers or numeric strings (Binance and Coinbase send
 * strings, so that no decimal is lost in transit). Absent: undefined; present but not a finite
 * number: the whole message is refused, since one bad figure casts doubt on the rest.
 */
export function figure(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new AdapterError(`${field} is not a finite number`);
  return n;
}

export function requiredFigure(value: unknown, field: string): number {
  const n = figure(value, field);
  if (n === undefined) throw new AdapterError(`${field} is missing`);
  return n;
}

export function requiredText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new AdapterError(`${field} is missing`);
  return value;
}

/** Latest instant accepted (year 9999): beyond it, Date cannot print an ISO text. */
const MAX_MS = 253_402_300_799_999;

/** An ISO instant from a count of `unit` milliseconds since the epoch (1e-6 for nanoseconds). */
export function instant(value: unknown, field: string, unit = 1): string | undefined {
  const n = figure(value, field);
  if (n === undefined) return undefined;
  const ms = Math.round(n * unit);
  if (ms < 0 || ms > MAX_MS) throw new AdapterError(`${field} is not a time`);
  return new Date(ms).toISOString();
}

/**
 * The move since `reference` (the open or the previous close) when the provider gives none;
 * its own figures when it does. No reference, or a zero one: no move rather than a made-up one.
 */
export function move(
  price: number,
  given: { change?: number; changePercent?: number },
  reference?: number,
): { change?: number; changePercent?: number } {
  // A zero open or close means the provider has none yet (a new listing), not a rise from nothing.
  if (reference === 0) reference = undefined;
  const change = given.change ?? (reference === undefined ? undefined : price - reference);
  const base = reference ?? (change === undefined ? undefined : price - change);
  const changePercent =
    given.changePercent ?? (change === undefined || !base ? undefined : (change / Math.abs(base)) * 100);
  return { change, changePercent };
}

/** The quote without its absent fields, so that it reads (and compares) as the provider sent it. */
export function quote(fields: AdapterQuote): AdapterQuote {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as unknown as AdapterQuote;
}

/** Provider symbol to ours, e.g. `BTCUSDT` to `BTC-USD`. */
export type SymbolMap = Readonly<Record<string, string>>;

/** Both directions of a symbol map: unmapped symbols pass through as the provider writes them. */
export interface Symbols {
  ours(provider: string): string;
  theirs(ours: string): string;
}

export function symbols(map: SymbolMap): Symbols {
  const reverse = new Map(Object.entries(map).map(([provider, ours]) => [ours, provider]));
  return {
    ours: (provider) => (Object.hasOwn(map, provider) ? map[provider]! : provider),
    theirs: (ours) => reverse.get(ours) ?? ours,
  };
}

/**
 * The catalogue's crypto assets (instruments.ts, `kind: 'crypto'`) as their base codes; each
 * provider writes its own pair for them. Kept here rather than read from the catalogue, so that
 * an adapter does not pull the whole catalogue into a page; a test checks the two agree.
 */
export const CRYPTO_ASSETS = ['BTC', 'ETH', 'SOL', 'BNB', 'LTC', 'XRP', 'DOGE', 'ADA', 'USDT'] as const;

/** A default map: each catalogue asset's provider pair (undefined: the provider has none) to `XXX-USD`. */
export function cryptoMap(pair: (asset: string) => string | undefined): SymbolMap {
  const entries = CRYPTO_ASSETS.map((asset) => [pair(asset), `${asset}-USD`] as const);
  return Object.fromEntries(entries.filter(([provider]) => provider !== undefined));
}

/** The latest quote per symbol, in order of first appearance: a batch may trade a symbol twice. */
export function latestBySymbol(quotes: AdapterQuote[]): AdapterQuote[] {
  const latest = new Map<string, AdapterQuote>();
  for (const q of quotes) latest.set(q.symbol, q);
  return [...latest.values()];
}

/**
 * `open` and `change` from one function that writes a provider's (un)subscribe messages for a
 * list of our symbols: on a change, unsubscriptions go first, so a provider's limit on
 * subscriptions per connection is never crossed in between.
 */
export function subscriptions(
  write: (subscribe: boolean, list: readonly string[]) => unknown[],
): Required<Pick<FeedAdapter, 'open' | 'change'>> {
  const some = (subscribe: boolean, list: readonly string[]) => (list.length > 0 ? write(subscribe, list) : []);
  return {
    open: (list) => some(true, list),
    change: (added, removed) => [...some(false, removed), ...some(true, added)],
  };
}
