/**
 * Coinbase Exchange WebSocket feed, `ticker` channel: one message per match, with the 24-hour
 * open, high, low and volume. `heartbeat` and `subscriptions` messages carry no figures.
 */
import {
  AdapterError,
  figure,
  isRecord,
  move,
  quote,
  requiredFigure,
  requiredText,
  subscriptions,
  symbols,
  type FeedAdapter,
  type SymbolMap,
} from './read.js';

/** Coinbase product ids (`BTC-USD`) are already the catalogue's codes: nothing to map. */
export const COINBASE_SYMBOLS: SymbolMap = {};

export function coinbaseAdapter(map: SymbolMap = COINBASE_SYMBOLS): FeedAdapter {
  const names = symbols(map);
  return {
    name: 'coinbase',
    read(message) {
      if (!isRecord(message)) throw new AdapterError('message is not an object');
      if (message.type === 'heartbeat' || message.type === 'subscriptions') return null;
      if (message.type === 'error') {
        const reason = typeof message.reason === 'string' ? `: ${message.reason}` : '';
        throw new AdapterError(`error ${JSON.stringify(message.message)}${reason}`);
      }
      if (message.type !== 'ticker') throw new AdapterError(`unknown message type ${JSON.stringify(message.type)}`);
      const price = requiredFigure(message.price, 'price');
      const open = figure(message.open_24h, 'open_24h');
      const time = typeof message.time === 'string' ? message.time : undefined;
      return {
        quotes: [
          quote({
            symbol: names.ours(requiredText(message.product_id, 'product_id')),
            price,
            ...move(price, {}, open),
            open,
            high: figure(message.high_24h, 'high_24h'),
            low: figure(message.low_24h, 'low_24h'),
            volume: figure(message.volume_24h, 'volume_24h'),
            time,
          }),
        ],
      };
    },
    // Heartbeats too: they keep a quiet product's connection from looking stale.
    ...subscriptions((subscribe, list) => [
      {
        type: subscribe ? 'subscribe' : 'unsubscribe',
        product_ids: list.map(names.theirs),
        channels: ['ticker', 'heartbeat'],
      },
    ]),
  };
}
