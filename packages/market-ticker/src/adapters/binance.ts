/**
 * Binance spot market streams: the 24-hour ticker (`<symbol>@ticker`, event `24hrTicker`) and
 * mini-ticker (`<symbol>@miniTicker`, `24hrMiniTicker`), raw or combined (`{ stream, data }`),
 * one event or the all-market arrays. Figures arrive as strings.
 */
import {
  AdapterError,
  cryptoMap,
  figure,
  instant,
  isRecord,
  move,
  quote,
  requiredFigure,
  requiredText,
  subscriptions,
  symbols,
  type AdapterQuote,
  type FeedAdapter,
  type SymbolMap,
} from './read.js';

/** Binance has no USDT/USD pair: the catalogue's Tether stays unmapped. */
export const BINANCE_SYMBOLS: SymbolMap = cryptoMap((asset) => (asset === 'USDT' ? undefined : `${asset}USDT`));

export function binanceAdapter(map: SymbolMap = BINANCE_SYMBOLS): FeedAdapter {
  const names = symbols(map);
  // Binance answers each request with its id; ours only need to differ.
  let id = 0;

  function ticker(event: Record<string, unknown>): AdapterQuote {
    const price = requiredFigure(event.c, 'c (last price)');
    const open = figure(event.o, 'o (open price)');
    // The mini-ticker has no change fields: they come from the 24-hour open.
    const given = {
      change: figure(event.p, 'p (price change)'),
      changePercent: figure(event.P, 'P (price change percent)'),
    };
    return quote({
      symbol: names.ours(requiredText(event.s, 's (symbol)')),
      price,
      ...move(price, given, open),
      open,
      high: figure(event.h, 'h (high price)'),
      low: figure(event.l, 'l (low price)'),
      volume: figure(event.v, 'v (base asset volume)'),
      time: instant(event.E, 'E (event time)'),
    });
  }

  function event(value: unknown): AdapterQuote {
    if (!isRecord(value)) throw new AdapterError('event is not an object');
    if (value.e === '24hrTicker' || value.e === '24hrMiniTicker') return ticker(value);
    throw new AdapterError(`unknown event type ${JSON.stringify(value.e)}`);
  }

  return {
    name: 'binance',
    read(message) {
      const payload = isRecord(message) && 'stream' in message && 'data' in message ? message.data : message;
      if (Array.isArray(payload)) return { quotes: payload.map(event) };
      if (isRecord(payload)) {
        if (isRecord(payload.error))
          throw new AdapterError(`error ${String(payload.error.code)}: ${String(payload.error.msg)}`);
        // The answer to a SUBSCRIBE or UNSUBSCRIBE request.
        if ('result' in payload && 'id' in payload) return null;
      }
      return { quotes: [event(payload)] };
    },
    ...subscriptions((subscribe, list) => [
      {
        method: subscribe ? 'SUBSCRIBE' : 'UNSUBSCRIBE',
        params: list.map((s) => `${names.theirs(s).toLowerCase()}@ticker`),
        id: ++id,
      },
    ]),
  };
}
