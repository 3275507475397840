/**
 * Adapters: the messages of well-known market-data providers turned into our feed messages, so a
 * site can point a strip at the provider it already pays for. No DOM.
 *
 * A feed with an adapter decodes each message's JSON, hands it to the adapter and validates what
 * comes back exactly as it validates our own messages: nothing an adapter returns skips the checks.
 */
import { binanceAdapter, BINANCE_SYMBOLS } from './adapters/binance.js';
import { coinbaseAdapter, COINBASE_SYMBOLS } from './adapters/coinbase.js';
import { finnhubAdapter, FINNHUB_SYMBOLS } from './adapters/finnhub.js';
import { polygonAdapter, POLYGON_SYMBOLS, type PolygonOptions } from './adapters/polygon.js';
import type { AdapterFunction, FeedAdapter, SymbolMap } from './adapters/read.js';
import { yahooAdapter, YAHOO_SYMBOLS } from './adapters/yahoo.js';

export type { AdapterFunction, AdapterQuote, AdapterResult, FeedAdapter, SymbolMap } from './adapters/read.js';
export { AdapterError } from './adapters/read.js';
export type { PolygonOptions } from './adapters/polygon.js';

export const ADAPTER_NAMES = ['binance', 'coinbase', 'finnhub', 'polygon', 'yahoo'] as const;
export type AdapterName = (typeof ADAPTER_NAMES)[number];

/** Each built-in adapter's default map (provider symbol to ours): the catalogue's crypto assets. */
export const DEFAULT_SYMBOLS: Readonly<Record<AdapterName, SymbolMap>> = {
  binance: BINANCE_SYMBOLS,
  coinbase: COINBASE_SYMBOLS,
  finnhub: FINNHUB_SYMBOLS,
  polygon: POLYGON_SYMBOLS,
  yahoo: YAHOO_SYMBOLS,
};

export interface AdapterOptions extends PolygonOptions {
  /**
   * Provider symbol to ours, e.g. `{ BTCUSDT: 'BTC-USD' }`; replaces the default map (spread
   * {@link DEFAULT_SYMBOLS} into it to keep both). Unmapped symbols stay as the provider writes them.
   */
  symbols?: SymbolMap;
  /** Our symbols to subscribe to on a socket, besides those the element already shows. */
  subscribe?: readonly string[];
}

const BUILT_IN: Record<AdapterName, (map: SymbolMap | undefined, options: AdapterOptions) => FeedAdapter> = {
  binance: (map) => binanceAdapter(map),
  coinbase: (map) => coinbaseAdapter(map),
  finnhub: (map) => finnhubAdapter(map),
  polygon: (map, options) => polygonAdapter(map, options),
  yahoo: (map) => yahooAdapter(map),
};

export const isAdapterName = (value: unknown): value is AdapterName =>
  typeof value === 'string' && (ADAPTER_NAMES as readonly string[]).includes(value);

/** A built-in adapter; `subscribe` symbols are added to every socket's subscriptions. */
export function createAdapter(name: AdapterName, options: AdapterOptions = {}): FeedAdapter {
  const adapter = BUILT_IN[name](options.symbols, options);
  const extra = options.subscribe ?? [];
  const { open, change } = adapter;
  if (extra.length === 0 || !open) return adapter;
  return {
    ...adapter,
    open: (list) => open([...new Set([...list, ...extra])]),
    // Asked for in any case: kept when the element stops showing them.
    change:
      change &&
      ((added, removed) =>
        change(
          added,
          removed.filter((s) => !extra.includes(s)),
        )),
  };
}

/** What the `adapter` attribute or property may hold. */
export type AdapterSetting = AdapterName | AdapterFunction | FeedAdapter;

export type ResolvedAdapter = { ok: true; adapter: FeedAdapter } | { ok: false; reason: string };

/** The adapter a setting names: a built-in by name, a function as is, or an adapter object. */
export function resolveAdapter(setting: unknown): ResolvedAdapter {
  if (isAdapterName(setting)) return { ok: true, adapter: createAdapter(setting) };
  if (typeof setting === 'function') {
    const name = setting.name || 'custom';
    return { ok: true, adapter: { name, read: setting as AdapterFunction } };
  }
  if (typeof setting === 'object' && setting !== null && typeof (setting as FeedAdapter).read === 'function') {
    return { ok: true, adapter: setting as FeedAdapter };
  }
  const shown = typeof setting === 'string' ? JSON.stringify(setting.slice(0, 40)) : typeof setting;
  return { ok: false, reason: `unknown adapter ${shown}: use one of ${ADAPTER_NAMES.join(', ')} or a function` };
}
