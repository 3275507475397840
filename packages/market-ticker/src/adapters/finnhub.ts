/**
 * Finnhub WebSocket trades: `{ type: 'trade', data: [{ s, p, t, v }] }`, several trades per
 * message. Trades carry a price and nothing else: no move, high or low, and `v` is the trade's
 * size, not the day's volume, so it is left out. `ping` keeps the connection open.
 */
import {
  AdapterError,
  cryptoMap,
  instant,
  isRecord,
  latestBySymbol,
  quote,
  requiredFigure,
  requiredText,
  subscriptions,
  symbols,
  type FeedAdapter,
  type SymbolMap,
} from './read.js';

/** Finnhub names crypto pairs by exchange; Binance's USDT pairs stand for the US dollar ones. */
export const FINNHUB_SYMBOLS: SymbolMap = cryptoMap((asset) => (asset === 'USDT' ? undefined : `BINANCE:${asset}USDT`));

export function finnhubAdapter(map: SymbolMap = FINNHUB_SYMBOLS): FeedAdapter {
  const names = symbols(map);
  return {
    name: 'finnhub',
    read(message) {
      if (!isRecord(message)) throw new AdapterError('message is not an object');
      if (message.type === 'ping') return null;
      if (message.type === 'error') throw new AdapterError(`error ${JSON.stringify(message.msg)}`);
      if (message.type !== 'trade') throw new AdapterError(`unknown message type ${JSON.stringify(message.type)}`);
      if (!Array.isArray(message.data)) throw new AdapterError('trade message has no data array');
      const trades = message.data.map((trade: unknown, i) => {
        if (!isRecord(trade)) throw new AdapterError(`data[${i}] is not an object`);
        return quote({
          symbol: names.ours(requiredText(trade.s, `data[${i}].s (symbol)`)),
          price: requiredFigure(trade.p, `data[${i}].p (price)`),
          time: instant(trade.t, `data[${i}].t (time)`),
        });
      });
      return { quotes: latestBySymbol(trades) };
    },
    // Finnhub takes one symbol per message.
    ...subscriptions((subscribe, list) =>
      list.map((s) => ({ type: subscribe ? 'subscribe' : 'unsubscribe', symbol: names.theirs(s) })),
    ),
  };
}
