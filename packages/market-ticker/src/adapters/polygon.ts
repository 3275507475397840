/**
 * Polygon: WebSocket aggregates (`ev: 'A'` per second, `'AM'` per minute, in arrays of events
 * with `status` events among them) and the REST snapshot JSON (`{ status, tickers: [...] }` or
 * `{ status, ticker }`), polled. An aggregate's `h` and `l` are the bar's, not the day's, so only
 * the snapshot gives a high and a low; the move is from today's open (`op`).
 */
import {
  AdapterError,
  cryptoMap,
  figure,
  instant,
  isRecord,
  latestBySymbol,
  move,
  quote,
  requiredFigure,
  requiredText,
  subscriptions,
  symbols,
  type AdapterQuote,
  type AdapterResult,
  type FeedAdapter,
  type SymbolMap,
} from './read.js';

/** Polygon's crypto tickers (`X:BTCUSD`); USDT is quoted against the dollar there too. */
export const POLYGON_SYMBOLS: SymbolMap = cryptoMap((asset) => `X:${asset}USD`);

/** Status events that mean the feed will not deliver: anything else (connected, auth_success, success) is news only. */
const FAILED_STATUS = new Set(['auth_failed', 'auth_timeout', 'error', 'max_connections']);

export interface PolygonOptions {
  /** Sent in the `auth` message when the socket opens. */
  apiKey?: string;
  /** `AM` (per minute, default) or `A` (per second). */
  channel?: 'A' | 'AM';
}

export function polygonAdapter(map: SymbolMap = POLYGON_SYMBOLS, options: PolygonOptions = {}): FeedAdapter {
  const names = symbols(map);
  const channel = options.channel ?? 'AM';

  function aggregate(event: Record<string, unknown>, at: string): AdapterQuote {
    const price = requiredFigure(event.c, `${at}.c (close)`);
    const open = figure(event.op, `${at}.op (official open)`);
    return quote({
      symbol: names.ours(requiredText(event.sym, `${at}.sym`)),
      price,
      ...move(price, {}, open),
      open,
      volume: figure(event.av, `${at}.av (accumulated volume)`),
      time: instant(event.e, `${at}.e (end time)`),
    });
  }

  function events(list: unknown[]): AdapterResult | null {
    const quotes: AdapterQuote[] = [];
    list.forEach((event, i) => {
      const at = `[${i}]`;
      if (!isRecord(event)) throw new AdapterError(`${at} is not an object`);
      if (event.ev === 'A' || event.ev === 'AM') quotes.push(aggregate(event, at));
      else if (event.ev === 'status') {
        if (FAILED_STATUS.has(String(event.status))) {
          throw new AdapterError(`status ${String(event.status)}: ${String(event.message)}`);
        }
      } else throw new AdapterError(`${at}: unknown event type ${JSON.stringify(event.ev)}`);
    });
    return quotes.length > 0 ? { quotes: latestBySymbol(quotes) } : null;
  }

  function snapshotTicker(value: unknown, at: string): AdapterQuote {
    if (!isRecord(value)) throw new AdapterError(`${at} is not an object`);
    const day = isRecord(value.day) ? value.day : {};
    const last = isRecord(value.lastTrade) ? value.lastTrade : {};
    const minute = isRecord(value.min) ? value.min : {};
    const previous = isRecord(value.prevDay) ? value.prevDay : {};
    // The last trade when there is one; a quiet ticker has only its latest bars.
    const price =
      figure(last.p, `${at}.lastTrade.p`) ?? figure(minute.c, `${at}.min.c`) ?? requiredFigure(day.c, `${at}.day.c`);
    const previousClose = figure(previous.c, `${at}.prevDay.c`);
    const given = {
      change: figure(value.todaysChange, `${at}.todaysChange`),
      changePercent: figure(value.todaysChangePerc, `${at}.todaysChangePerc`),
    };
    return quote({
      symbol: names.ours(requiredText(value.ticker, `${at}.ticker`)),
      price,
      ...move(price, given, previousClose),
      open: figure(day.o, `${at}.day.o`),
      high: figure(day.h, `${at}.day.h`),
      low: figure(day.l, `${at}.day.l`),
      previousClose,
      volume: figure(day.v, `${at}.day.v`),
      // Nanoseconds since the epoch.
      time: instant(value.updated, `${at}.updated`, 1e-6),
    });
  }

  function snapshot(message: Record<string, unknown>): AdapterResult {
    if (message.status !== 'OK') {
      const why = message.error ?? message.message;
      throw new AdapterError(`status ${JSON.stringify(message.status)}${typeof why === 'string' ? `: ${why}` : ''}`);
    }
    if (Array.isArray(message.tickers))
      return { quotes: message.tickers.map((t, i) => snapshotTicker(t, `tickers[${i}]`)) };
    if ('ticker' in message) return { quotes: [snapshotTicker(message.ticker, 'ticker')] };
    throw new AdapterError('snapshot has neither "tickers" nor "ticker"');
  }

  const subscribe = subscriptions((on, list) => [
    { action: on ? 'subscribe' : 'unsubscribe', params: list.map((s) => `${channel}.${names.theirs(s)}`).join(',') },
  ]);
  return {
    name: 'polygon',
    read(message) {
      if (Array.isArray(message)) return events(message);
      if (isRecord(message)) return snapshot(message);
      throw new AdapterError('message is neither an array of events nor a snapshot object');
    },
    // Polygon handles a socket's messages in order: the subscription follows the auth it needs.
    open: (list) => [...(options.apiKey ? [{ action: 'auth', params: options.apiKey }] : []), ...subscribe.open(list)],
    change: subscribe.change,
  };
}
