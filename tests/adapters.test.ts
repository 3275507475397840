// The provider adapters on messages in their providers' documented shapes
// (tests/fixtures/providers.ts): exact quotes out, heartbeats as null, errors naming the adapter,
// and the subscriptions a socket sends. DOM-free: runs in the browsers and in Node (mutation).
import { expect } from '@open-wc/testing';
import {
  ADAPTER_NAMES,
  AdapterError,
  DEFAULT_SYMBOLS,
  createAdapter,
  resolveAdapter,
  type AdapterName,
} from '../packages/market-ticker/src/adapters.js';
import { readFeedMessage } from '../packages/market-ticker/src/feeds/adapt.js';
import { listInstruments } from '../packages/market-ticker/src/instruments.js';
import { binance, coinbase, finnhub, polygon, yahoo } from './fixtures/providers.js';

const read = (name: AdapterName, message: unknown) => createAdapter(name).read(message);
/** The reason an adapter gives for refusing a message, through the feed's reader. */
const refusal = (name: AdapterName, message: unknown): string => refusalOf(name, JSON.stringify(message));
function refusalOf(name: AdapterName, text: string): string {
  const parsed = readFeedMessage(text, createAdapter(name));
  if (parsed.ok) throw new Error(`expected ${name} to refuse ${text}`);
  return parsed.reason;
}
const T0 = '2024-12-02T00:00:00.000Z';

describe('adapter binance', () => {
  it('reads the 24-hour ticker with its own change and percent, mapped to the catalogue symbol', () => {
    expect(read('binance', binance.ticker)).to.deep.equal({
      quotes: [
        {
          symbol: 'BTC-USD',
          price: 95520.7,
          change: -1250.5,
          changePercent: -1.292,
          open: 96771.2,
          high: 97300,
          low: 94850.1,
          volume: 18234.567,
          time: T0,
        },
      ],
    });
  });

  it('reads the mini-ticker, computing the move from the 24-hour open, raw and combined', () => {
    const expected = {
      quotes: [
        {
          symbol: 'ETH-USD',
          price: 3280,
          change: 80,
          changePercent: 2.5,
          open: 3200,
          high: 3300,
          low: 3190.5,
          volume: 250000.5,
          time: '2024-12-02T00:00:01.000Z',
        },
      ],
    };
    expect(read('binance', binance.miniTicker)).to.deep.equal(expected);
    expect(read('binance', binance.combined('ethusdt@miniTicker', binance.miniTicker))).to.deep.equal(expected);
  });

  it('reads the all-market arrays, keeping pairs the map does not know as Binance writes them', () => {
    const result = read('binance', binance.combined('!miniTicker@arr', binance.allMini));
    expect(result?.quotes.map((q) => (q as { symbol: string }).symbol)).to.deep.equal(['SOL-USD', 'PEPEUSDT']);
    expect(result?.quotes[0]).to.include({ price: 230, change: 5 });
  });

  it('takes a subscription receipt as a heartbeat and an error as a refusal', () => {
    expect(read('binance', binance.subscribed)).to.equal(null);
    expect(refusal('binance', binance.error)).to.equal('adapter "binance": error 2: Invalid request: unknown variant');
  });

  it('refuses unknown events, figures that are not numbers and non-finite ones', () => {
    expect(refusal('binance', { ...binance.ticker, e: 'trade' })).to.equal(
      'adapter "binance": unknown event type "trade"',
    );
    expect(refusal('binance', { ...binance.ticker, c: 'abc' })).to.equal(
      'adapter "binance": c (last price) is not a finite number',
    );
    expect(refusal('binance', { ...binance.ticker, h: 'Infinity' })).to.equal(
      'adapter "binance": h (high price) is not a finite number',
    );
    expect(refusal('binance', { ...binance.ticker, c: undefined })).to.equal(
      'adapter "binance": c (last price) is missing',
    );
    expect(refusal('binance', { ...binance.ticker, s: '' })).to.equal('adapter "binance": s (symbol) is missing');
    expect(refusal('binance', [binance.miniTicker, 7])).to.equal('adapter "binance": event is not an object');
  });

  it('subscribes to the ticker streams of the provider pairs, and follows changes', () => {
    const adapter = createAdapter('binance');
    expect(adapter.open?.(['BTC-USD', 'PEPEUSDT'])).to.deep.equal([
      { method: 'SUBSCRIBE', params: ['btcusdt@ticker', 'pepeusdt@ticker'], id: 1 },
    ]);
    expect(adapter.change?.(['ETH-USD'], ['BTC-USD'])).to.deep.equal([
      { method: 'UNSUBSCRIBE', params: ['btcusdt@ticker'], id: 2 },
      { method: 'SUBSCRIBE', params: ['ethusdt@ticker'], id: 3 },
    ]);
    expect(adapter.open?.([])).to.deep.equal([]);
  });
});

describe('adapter coinbase', () => {
  it('reads the ticker channel, the move from the 24-hour open', () => {
    expect(read('coinbase', coinbase.ticker)).to.deep.equal({
      quotes: [
        {
          symbol: 'BTC-USD',
          price: 95500.25,
          change: 1500,
          changePercent: (1500 / 94000.25) * 100,
          open: 94000.25,
          high: 96000,
          low: 93500.01,
          volume: 12345.6789,
          time: '2024-12-02T08:30:00.123456Z',
        },
      ],
    });
  });

  it('takes heartbeats and subscription receipts as null, errors as refusals', () => {
    expect(read('coinbase', coinbase.heartbeat)).to.equal(null);
    expect(read('coinbase', coinbase.subscriptions)).to.equal(null);
    expect(refusal('coinbase', coinbase.error)).to.equal(
      'adapter "coinbase": error "Failed to subscribe": ETH-XYZ is not a valid product',
    );
    expect(refusal('coinbase', { ...coinbase.ticker, type: 'l2update' })).to.equal(
      'adapter "coinbase": unknown message type "l2update"',
    );
    expect(refusal('coinbase', { ...coinbase.ticker, open_24h: 'n/a' })).to.equal(
      'adapter "coinbase": open_24h is not a finite number',
    );
    expect(refusal('coinbase', 'ticker')).to.equal('adapter "coinbase": message is not an object');
  });

  it('subscribes to the ticker and heartbeat channels of the symbols shown', () => {
    const adapter = createAdapter('coinbase', { symbols: { 'BTC-USDT': 'BTC-USD' } });
    expect(adapter.open?.(['BTC-USD', 'ETH-USD'])).to.deep.equal([
      { type: 'subscribe', product_ids: ['BTC-USDT', 'ETH-USD'], channels: ['ticker', 'heartbeat'] },
    ]);
    expect(adapter.change?.([], ['ETH-USD'])).to.deep.equal([
      { type: 'unsubscribe', product_ids: ['ETH-USD'], channels: ['ticker', 'heartbeat'] },
    ]);
  });
});

describe('adapter finnhub', () => {
  it('reads trades, the latest per symbol, with price and time only', () => {
    expect(read('finnhub', finnhub.trades)).to.deep.equal({
      quotes: [
        { symbol: 'AAPL', price: 239.15, time: '2024-12-02T00:00:00.900Z' },
        { symbol: 'BTC-USD', price: 95520.7, time: '2024-12-02T00:00:00.500Z' },
      ],
    });
  });

  it('takes pings as null; refuses errors, unknown types and bad trades', () => {
    expect(read('finnhub', finnhub.ping)).to.equal(null);
    expect(refusal('finnhub', finnhub.error)).to.equal('adapter "finnhub": error "Subscribing to too many symbols"');
    expect(refusal('finnhub', { type: 'news' })).to.equal('adapter "finnhub": unknown message type "news"');
    expect(refusal('finnhub', { type: 'trade' })).to.equal('adapter "finnhub": trade message has no data array');
    expect(refusal('finnhub', { type: 'trade', data: [{ s: 'AAPL', p: null, t: 1 }] })).to.equal(
      'adapter "finnhub": data[0].p (price) is missing',
    );
    expect(refusal('finnhub', { type: 'trade', data: [{ s: 'AAPL', p: 1, t: -5 }] })).to.equal(
      'adapter "finnhub": data[0].t (time) is not a time',
    );
  });

  it('subscribes one symbol a message', () => {
    expect(createAdapter('finnhub').open?.(['AAPL', 'BTC-USD'])).to.deep.equal([
      { type: 'subscribe', symbol: 'AAPL' },
      { type: 'subscribe', symbol: 'BINANCE:BTCUSDT' },
    ]);
    expect(createAdapter('finnhub').change?.(['MSFT'], ['AAPL'])).to.deep.equal([
      { type: 'unsubscribe', symbol: 'AAPL' },
      { type: 'subscribe', symbol: 'MSFT' },
    ]);
  });
});

describe('adapter polygon', () => {
  it('reads minute aggregates among status events, the move from the official open', () => {
    expect(read('polygon', polygon.minute)).to.deep.equal({
      quotes: [
        {
          symbol: 'MSFT',
          price: 424.25,
          change: 3.75,
          changePercent: (3.75 / 420.5) * 100,
          open: 420.5,
          volume: 200304,
          time: '2024-12-02T00:01:00.000Z',
        },
      ],
    });
  });

  it('reads the snapshot: last trade, its own change, the day and the previous close', () => {
    expect(read('polygon', polygon.snapshot)).to.deep.equal({
      quotes: [
        {
          symbol: 'AAPL',
          price: 239.5,
          change: 1.25,
          changePercent: 0.525,
          open: 238,
          high: 240.5,
          low: 237.8,
          previousClose: 238.25,
          volume: 41000000,
          time: T0,
        },
        {
          symbol: 'BTC-USD',
          price: 95000,
          change: -1000,
          changePercent: (-1000 / 96000) * 100,
          open: 96000,
          high: 97000,
          low: 94000,
          previousClose: 96000,
          volume: 15000,
          time: T0,
        },
      ],
    });
  });

  it('takes connection and auth news as null; refuses failed auth and refused requests', () => {
    expect(read('polygon', polygon.connected)).to.equal(null);
    expect(read('polygon', polygon.authenticated)).to.equal(null);
    expect(refusal('polygon', polygon.authFailed)).to.equal(
      'adapter "polygon": status auth_failed: authentication failed',
    );
    expect(refusal('polygon', polygon.error)).to.equal('adapter "polygon": status "ERROR": Unknown API Key');
    expect(refusal('polygon', polygon.notAuthorized)).to.equal(
      'adapter "polygon": status "NOT_AUTHORIZED": You are not entitled to this data.',
    );
    expect(refusal('polygon', [{ ev: 'Q', sym: 'MSFT' }])).to.equal('adapter "polygon": [0]: unknown event type "Q"');
    expect(refusal('polygon', { status: 'OK' })).to.equal(
      'adapter "polygon": snapshot has neither "tickers" nor "ticker"',
    );
    // JSON has no Infinity, but a number too large for a double decodes as one.
    expect(refusalOf('polygon', '[{"ev":"AM","sym":"MSFT","c":1e999}]')).to.equal(
      'adapter "polygon": [0].c (close) is not a finite number',
    );
  });

  it('authenticates, then subscribes the channel of the symbols shown', () => {
    expect(createAdapter('polygon', { apiKey: 'KEY' }).open?.(['MSFT', 'BTC-USD'])).to.deep.equal([
      { action: 'auth', params: 'KEY' },
      { action: 'subscribe', params: 'AM.MSFT,AM.X:BTCUSD' },
    ]);
    expect(createAdapter('polygon', { channel: 'A' }).change?.(['AAPL'], ['MSFT'])).to.deep.equal([
      { action: 'unsubscribe', params: 'A.MSFT' },
      { action: 'subscribe', params: 'A.AAPL' },
    ]);
  });
});

describe('adapter yahoo', () => {
  it('reads a v7 quote response, computing the move from the previous close when absent', () => {
    expect(read('yahoo', yahoo.response)).to.deep.equal({
      quotes: [
        {
          symbol: '^HSI',
          price: 19550.29,
          change: 126.68,
          changePercent: 0.6522,
          open: 19480.1,
          high: 19610.5,
          low: 19401.2,
          previousClose: 19423.61,
          volume: 2895130000,
          time: T0,
        },
        { symbol: '0700.HK', price: 410.5, change: 10.5, changePercent: 2.625, previousClose: 400, time: T0 },
      ],
    });
  });

  it('refuses both error shapes and responses without results', () => {
    expect(refusal('yahoo', yahoo.badRequest)).to.equal(
      'adapter "yahoo": error Bad Request: Missing value for the "symbols" argument',
    );
    expect(refusal('yahoo', yahoo.unauthorized)).to.equal(
      'adapter "yahoo": error Unauthorized: User is unable to access this feature',
    );
    expect(refusal('yahoo', { quoteResponse: {} })).to.equal('adapter "yahoo": quoteResponse has no "result" array');
    expect(refusal('yahoo', { quotes: [] })).to.equal('adapter "yahoo": message has no "quoteResponse"');
  });

  it('has no subscriptions: it is polled', () => {
    expect(createAdapter('yahoo').open).to.equal(undefined);
  });
});

describe('adapters on the edges of their formats', () => {
  it('binance: a receipt needs both result and id; a wrapper needs both stream and data', () => {
    expect(refusal('binance', { result: null })).to.equal('adapter "binance": unknown event type undefined');
    expect(refusal('binance', { data: binance.miniTicker })).to.equal(
      'adapter "binance": unknown event type undefined',
    );
    expect(refusal('binance', null)).to.equal('adapter "binance": event is not an object');
  });

  it('a zero open is no reference: no change is made up from it', () => {
    expect(read('binance', { ...binance.miniTicker, o: '0' })?.quotes[0]).to.deep.equal({
      symbol: 'ETH-USD',
      price: 3280,
      open: 0,
      high: 3300,
      low: 3190.5,
      volume: 250000.5,
      time: '2024-12-02T00:00:01.000Z',
    });
  });

  it('blank, boolean and out-of-range figures and times are refused; absent ones are left out', () => {
    expect(refusal('binance', { ...binance.ticker, c: '  ' })).to.equal(
      'adapter "binance": c (last price) is not a finite number',
    );
    expect(refusal('binance', { ...binance.ticker, v: true })).to.equal(
      'adapter "binance": v (base asset volume) is not a finite number',
    );
    expect(refusal('binance', { ...binance.ticker, s: '   ' })).to.equal('adapter "binance": s (symbol) is missing');
    expect(refusal('binance', { ...binance.ticker, E: 1e20 })).to.equal(
      'adapter "binance": E (event time) is not a time',
    );
    expect(read('binance', { ...binance.ticker, E: 0 })?.quotes[0]).to.include({ time: '1970-01-01T00:00:00.000Z' });
    expect(read('binance', { ...binance.ticker, E: null })?.quotes[0]).to.not.have.property('time');
  });

  it('coinbase: an error without a reason; a ticker whose time is not text has none', () => {
    expect(refusal('coinbase', { type: 'error', message: 'Failed' })).to.equal('adapter "coinbase": error "Failed"');
    expect(read('coinbase', { ...coinbase.ticker, time: 5 })?.quotes[0]).to.not.have.property('time');
  });

  it('finnhub: a message or a trade that is not an object', () => {
    expect(refusal('finnhub', 'trade')).to.equal('adapter "finnhub": message is not an object');
    expect(refusal('finnhub', { type: 'trade', data: [7] })).to.equal('adapter "finnhub": data[0] is not an object');
  });

  it('polygon: per-second aggregates, one ticker, a quiet ticker, and what it refuses', () => {
    const second = { ...polygon.minute[1], ev: 'A' };
    expect(read('polygon', [second])?.quotes[0]).to.include({ symbol: 'MSFT', price: 424.25, change: 3.75 });
    const [aapl] = polygon.snapshot.tickers;
    expect(read('polygon', { status: 'OK', ticker: aapl })?.quotes[0]).to.include({ symbol: 'AAPL', price: 239.5 });
    const quiet = { ...aapl, lastTrade: undefined };
    expect(read('polygon', { status: 'OK', tickers: [quiet] })?.quotes[0]).to.include({ price: 239.45 });
    expect(refusal('polygon', [5])).to.equal('adapter "polygon": [0] is not an object');
    expect(refusal('polygon', { status: 'OK', tickers: [5] })).to.equal(
      'adapter "polygon": tickers[0] is not an object',
    );
    expect(refusal('polygon', { status: 'DELAYED' })).to.equal('adapter "polygon": status "DELAYED"');
    expect(refusal('polygon', 5)).to.equal(
      'adapter "polygon": message is neither an array of events nor a snapshot object',
    );
    expect(createAdapter('polygon').open?.(['MSFT'])).to.deep.equal([{ action: 'subscribe', params: 'AM.MSFT' }]);
  });

  it('yahoo: a result or message that is not an object; an error that is not one either', () => {
    expect(refusal('yahoo', { quoteResponse: { result: [3] } })).to.equal(
      'adapter "yahoo": result[0] is not an object',
    );
    expect(refusal('yahoo', [])).to.equal('adapter "yahoo": message is not an object');
    expect(refusal('yahoo', { quoteResponse: { result: [], error: 'busy' } })).to.equal(
      'adapter "yahoo": error "busy"',
    );
    // A change with no previous close: the percent comes from price less change.
    expect(
      read('yahoo', { quoteResponse: { result: [{ symbol: 'X', regularMarketPrice: 105, regularMarketChange: 5 }] } }),
    ).to.deep.equal({
      quotes: [{ symbol: 'X', price: 105, change: 5, changePercent: 5 }],
    });
  });
});

describe('adapters and the feed', () => {
  it('every default map names only catalogue crypto assets, and covers those the provider lists', () => {
    const crypto = new Set(
      listInstruments()
        .filter((i) => i.kind === 'crypto')
        .map((i) => i.symbol),
    );
    for (const name of ADAPTER_NAMES) {
      for (const ours of Object.values(DEFAULT_SYMBOLS[name]))
        expect(crypto.has(ours), `${name}: ${ours}`).to.equal(true);
    }
    // Binance and Finnhub (its Binance pairs) have no Tether/dollar pair; Polygon lists them all.
    expect(new Set(Object.values(DEFAULT_SYMBOLS.polygon))).to.deep.equal(crypto);
    expect(Object.values(DEFAULT_SYMBOLS.binance).length).to.equal(crypto.size - 1);
  });

  it('a given map replaces the default one', () => {
    const adapter = createAdapter('binance', { symbols: { BTCUSDT: 'BTC-USDT' } });
    expect(adapter.read(binance.ticker)?.quotes[0]).to.include({ symbol: 'BTC-USDT' });
    expect(adapter.read(binance.miniTicker)?.quotes[0]).to.include({ symbol: 'ETHUSDT' });
  });

  it('extra subscriptions join every socket and are never unsubscribed', () => {
    const adapter = createAdapter('finnhub', { subscribe: ['AAPL'] });
    expect(adapter.open?.(['MSFT'])).to.deep.equal([
      { type: 'subscribe', symbol: 'MSFT' },
      { type: 'subscribe', symbol: 'AAPL' },
    ]);
    expect(adapter.change?.([], ['AAPL', 'MSFT'])).to.deep.equal([{ type: 'unsubscribe', symbol: 'MSFT' }]);
  });

  it('validates what an adapter returns like any message, naming the adapter', () => {
    const adapter = {
      name: 'mine',
      read: () => ({
        quotes: [
          { symbol: 'X', price: Number.NaN },
          { symbol: 'Y', price: 2 },
        ],
      }),
    };
    const parsed = readFeedMessage('{}', adapter);
    expect(parsed).to.deep.equal({
      ok: true,
      quotes: [{ symbol: 'Y', price: 2 }],
      hadQuotes: true,
      problems: ['adapter "mine": quote "X": price is not a finite number'],
    });
  });

  it("the day's figures pass validation, fields the quote does not know are dropped; seq never passes", () => {
    const parsed = readFeedMessage(JSON.stringify(binance.ticker), createAdapter('binance'));
    expect(parsed.ok && parsed.quotes[0]).to.deep.equal({
      symbol: 'BTC-USD',
      price: 95520.7,
      change: -1250.5,
      changePercent: -1.292,
      time: T0,
      open: 96771.2,
      high: 97300,
      low: 94850.1,
      volume: 18234.567,
    });
    const withSeq = readFeedMessage('{}', { name: 's', read: () => ({ quotes: [], seq: 9 }) });
    expect(withSeq.ok && withSeq.seq).to.equal(undefined);
  });

  it('every way an adapter can fail ends in a reason naming it', () => {
    const throwing = (message: unknown) => {
      throw new AdapterError(`cannot read ${typeof message}`);
    };
    expect(readFeedMessage('not json', createAdapter('coinbase'))).to.deep.include({ ok: false });
    expect((readFeedMessage('not json', createAdapter('coinbase')) as { reason: string }).reason).to.match(
      /^adapter "coinbase": malformed JSON: /,
    );
    expect(readFeedMessage('1', { name: 't', read: throwing })).to.deep.equal({
      ok: false,
      reason: 'adapter "t": cannot read number',
    });
    expect(readFeedMessage('1', { name: 'u', read: () => undefined as never })).to.deep.equal({
      ok: false,
      reason: 'adapter "u" returned no message: message is not a JSON object',
    });
    expect(readFeedMessage('1', { name: 'v', read: () => ({ quotes: 'all' }) as never })).to.deep.equal({
      ok: false,
      reason: 'adapter "v" returned no message: message has no "quotes" array',
    });
    expect(readFeedMessage('{"type":"ping"}', createAdapter('finnhub'))).to.deep.equal({
      ok: true,
      quotes: [],
      hadQuotes: false,
      problems: [],
    });
  });

  it('resolves names, functions and adapter objects; refuses anything else with a clear reason', () => {
    expect(resolveAdapter('binance')).to.deep.include({ ok: true });
    function myFeed() {
      return null;
    }
    const resolved = resolveAdapter(myFeed);
    expect(resolved.ok && resolved.adapter.name).to.equal('myFeed');
    const custom = { name: 'x', read: () => null };
    expect(resolveAdapter(custom)).to.deep.equal({ ok: true, adapter: custom });
    const reason = 'use one of binance, coinbase, finnhub, polygon, yahoo or a function';
    expect(resolveAdapter('bloomberg')).to.deep.equal({ ok: false, reason: `unknown adapter "bloomberg": ${reason}` });
    expect(resolveAdapter(42)).to.deep.equal({ ok: false, reason: `unknown adapter number: ${reason}` });
    expect(resolveAdapter({ read: 'x' })).to.deep.equal({ ok: false, reason: `unknown adapter object: ${reason}` });
    expect(resolveAdapter(null)).to.deep.equal({ ok: false, reason: `unknown adapter object: ${reason}` });
    expect(resolveAdapter('x'.repeat(50))).to.deep.equal({
      ok: false,
      reason: `unknown adapter "${'x'.repeat(40)}": ${reason}`,
    });
  });
});
