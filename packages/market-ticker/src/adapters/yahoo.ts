/**
 * A Yahoo v7-style quote response, `{ quoteResponse: { result: [...], error } }`, as a site's own
 * backend often serves it: polled. `regularMarketTime` is in seconds. Its codes are the
 * catalogue's own, so nothing is mapped by default.
 */
import {
  AdapterError,
  figure,
  instant,
  isRecord,
  move,
  quote,
  requiredFigure,
  requiredText,
  symbols,
  type AdapterQuote,
  type FeedAdapter,
  type SymbolMap,
} from './read.js';

export const YAHOO_SYMBOLS: SymbolMap = {};

function errorText(error: unknown): string {
  if (!isRecord(error)) return JSON.stringify(error);
  return `${String(error.code)}: ${String(error.description)}`;
}

export function yahooAdapter(map: SymbolMap = YAHOO_SYMBOLS): FeedAdapter {
  const names = symbols(map);

  function result(value: unknown, at: string): AdapterQuote {
    if (!isRecord(value)) throw new AdapterError(`${at} is not an object`);
    const price = requiredFigure(value.regularMarketPrice, `${at}.regularMarketPrice`);
    const previousClose = figure(value.regularMarketPreviousClose, `${at}.regularMarketPreviousClose`);
    const given = {
      change: figure(value.regularMarketChange, `${at}.regularMarketChange`),
      changePercent: figure(value.regularMarketChangePercent, `${at}.regularMarketChangePercent`),
    };
    return quote({
      symbol: names.ours(requiredText(value.symbol, `${at}.symbol`)),
      price,
      ...move(price, given, previousClose),
      open: figure(value.regularMarketOpen, `${at}.regularMarketOpen`),
      high: figure(value.regularMarketDayHigh, `${at}.regularMarketDayHigh`),
      low: figure(value.regularMarketDayLow, `${at}.regularMarketDayLow`),
      previousClose,
      volume: figure(value.regularMarketVolume, `${at}.regularMarketVolume`),
      time: instant(value.regularMarketTime, `${at}.regularMarketTime`, 1000),
    });
  }

  return {
    name: 'yahoo',
    read(message) {
      if (!isRecord(message)) throw new AdapterError('message is not an object');
      // Refusals come as { finance: { error } } or inside quoteResponse.
      if (isRecord(message.finance) && message.finance.error) {
        throw new AdapterError(`error ${errorText(message.finance.error)}`);
      }
      const response = message.quoteResponse;
      if (!isRecord(response)) throw new AdapterError('message has no "quoteResponse"');
      if (response.error) throw new AdapterError(`error ${errorText(response.error)}`);
      if (!Array.isArray(response.result)) throw new AdapterError('quoteResponse has no "result" array');
      return { quotes: response.result.map((r, i) => result(r, `result[${i}]`)) };
    },
  };
}
