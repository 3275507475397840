// A strip and a card fed through each built-in adapter by a local server that speaks the
// provider's protocol shape (tests/servers/provider-replies.js): the subscriptions the element
// sends, the provider's receipts and heartbeats, and the figures that end up on screen.
import { expect, fixture, html } from '@open-wc/testing';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import '../packages/market-ticker/src/article-card/article-card.js';
import type { MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { ArticleCard } from '../packages/market-ticker/src/article-card/article-card.js';
import { createAdapter } from '../packages/market-ticker/src/adapters.js';
import type { FeedStatusDetail } from '../packages/market-ticker/src/events/feed-status.js';
import type { Quote } from '../packages/market-ticker/src/quote.js';
import { binance, coinbase, finnhub, polygon, yahoo } from './fixtures/providers.js';
import { GARBAGE, control, deepText, feedTestServer, newChannel, partText, settled, waitFor } from './support.js';

interface Stats {
  received: unknown[];
  wsConnects: unknown[];
  polls: unknown[];
}
const stats = (ch: string) => control<Stats>(`/__stats/${ch}`);
const publishRaw = (ch: string, message: unknown) => control(`/__publish/${ch}`, { raw: JSON.stringify(message) });

/**
 * Each cell's figures as a reader sees them: value, change, (percent). The strip draws its cells
 * in its own shadow root (data-symbol on each); a card's related quotes are <quote-cell>s.
 */
function figures(host: Element): Record<string, string[]> {
  const root = host.shadowRoot!;
  const drawn = [...root.querySelectorAll<HTMLElement>('.real [part~="cell"]')];
  const cells = drawn.length > 0 ? drawn : [...root.querySelectorAll<HTMLElement>('quote-cell')];
  return Object.fromEntries(
    cells
      .filter((cell) => !cell.closest('[aria-hidden="true"]'))
      .map((cell) => [
        cell.dataset.symbol ?? (cell as unknown as { quote?: Quote }).quote?.symbol,
        ['value', 'delta', 'delta-percent'].map((part) => partText(cell, part)),
      ]),
  );
}

async function strip(attrs: {
  ch: string;
  adapter: unknown;
  kind: 'ws' | 'poll';
  quotes?: Quote[];
  statuses: FeedStatusDetail[];
}): Promise<MarketTicker> {
  const server = await feedTestServer();
  const src = attrs.kind === 'ws' ? `${server.ws}/ws/${attrs.ch}` : `${server.http}/poll/${attrs.ch}`;
  return fixture<MarketTicker>(
    html`<market-ticker
      mode="static"
      interval="0.2"
      .adapter=${attrs.adapter}
      .quotes=${attrs.quotes ?? []}
      src=${src}
      @feed-status=${(e: CustomEvent<FeedStatusDetail>) => attrs.statuses.push(e.detail)}
    ></market-ticker>`,
  );
}

async function shows(el: Element, symbol: string, expected: string[]): Promise<void> {
  await waitFor(async () => {
    await settled(el);
    return figures(el)[symbol]?.[0] === expected[0];
  }, `${symbol} at ${expected[0]}`);
  expect(figures(el)[symbol]).to.deep.equal(expected);
  expect(deepText(el)).to.not.match(GARBAGE);
}

const received = async (ch: string, count: number) => {
  await waitFor(async () => (await stats(ch)).received.length >= count, `${count} client messages on ${ch}`);
  return (await stats(ch)).received;
};
const errors = (statuses: FeedStatusDetail[]) => statuses.filter((s) => s.status === 'error').map((s) => s.error);

describe('adapters on screen', () => {
  it('binance: subscribes the strip pairs, shows the 24-hour ticker; a bad figure is dropped, the last good one stays', async () => {
    const ch = newChannel('binance');
    await control(`/__config/${ch}`, { provider: 'binance' });
    const statuses: FeedStatusDetail[] = [];
    const el = await strip({ ch, adapter: 'binance', kind: 'ws', quotes: [{ symbol: 'BTC-USD', price: 1 }], statuses });
    expect(await received(ch, 1)).to.deep.equal([{ method: 'SUBSCRIBE', params: ['btcusdt@ticker'], id: 1 }]);
    await publishRaw(ch, binance.combined('btcusdt@ticker', binance.ticker));
    await shows(el, 'BTC-USD', ['95,520.70', '-1,250.50', '(-1.29%)']);
    expect(errors(statuses)).to.deep.equal([]);

    await publishRaw(ch, { ...binance.ticker, c: 'abc' });
    await waitFor(() => errors(statuses).length > 0, 'an error status');
    expect(errors(statuses)).to.deep.equal(['adapter "binance": c (last price) is not a finite number']);
    await settled(el);
    expect(figures(el)['BTC-USD']).to.deep.equal(['95,520.70', '-1,250.50', '(-1.29%)']);
  });

  it('coinbase: subscribes ticker and heartbeat, takes heartbeats quietly, follows the symbols shown', async () => {
    const ch = newChannel('coinbase');
    await control(`/__config/${ch}`, { provider: 'coinbase' });
    const statuses: FeedStatusDetail[] = [];
    const el = await strip({
      ch,
      adapter: 'coinbase',
      kind: 'ws',
      quotes: [{ symbol: 'BTC-USD', price: 1 }],
      statuses,
    });
    expect(await received(ch, 1)).to.deep.equal([
      { type: 'subscribe', product_ids: ['BTC-USD'], channels: ['ticker', 'heartbeat'] },
    ]);
    await publishRaw(ch, coinbase.heartbeat);
    await publishRaw(ch, coinbase.ticker);
    await shows(el, 'BTC-USD', ['95,500.25', '+1,500.00', '(+1.60%)']);

    el.quotes = [{ symbol: 'ETH-USD', price: 3000 }];
    expect((await received(ch, 3)).slice(1)).to.deep.equal([
      { type: 'unsubscribe', product_ids: ['BTC-USD'], channels: ['ticker', 'heartbeat'] },
      { type: 'subscribe', product_ids: ['ETH-USD'], channels: ['ticker', 'heartbeat'] },
    ]);
    // The subscriptions receipt and the heartbeat are not errors.
    expect(errors(statuses)).to.deep.equal([]);
  });

  it('finnhub: one subscription a symbol, pings ignored, the latest trade of each symbol shown', async () => {
    const ch = newChannel('finnhub');
    await control(`/__config/${ch}`, { provider: 'finnhub' });
    const statuses: FeedStatusDetail[] = [];
    const el = await strip({ ch, adapter: 'finnhub', kind: 'ws', quotes: [{ symbol: 'AAPL', price: 1 }], statuses });
    expect(await received(ch, 1)).to.deep.equal([{ type: 'subscribe', symbol: 'AAPL' }]);
    await publishRaw(ch, finnhub.ping);
    await publishRaw(ch, finnhub.trades);
    await shows(el, 'AAPL', ['239.15', '—', '(—)']);
    await shows(el, 'BTC-USD', ['95,520.70', '—', '(—)']);
    expect(errors(statuses)).to.deep.equal([]);
  });

  it('polygon over WebSocket: authenticates, subscribes minute aggregates, status events are not errors', async () => {
    const ch = newChannel('polygon');
    await control(`/__config/${ch}`, { provider: 'polygon' });
    const statuses: FeedStatusDetail[] = [];
    const adapter = createAdapter('polygon', { apiKey: 'TEST-KEY' });
    const el = await strip({ ch, adapter, kind: 'ws', quotes: [{ symbol: 'MSFT', price: 1 }], statuses });
    expect(await received(ch, 2)).to.deep.equal([
      { action: 'auth', params: 'TEST-KEY' },
      { action: 'subscribe', params: 'AM.MSFT' },
    ]);
    await publishRaw(ch, polygon.minute);
    await shows(el, 'MSFT', ['424.25', '+3.75', '(+0.89%)']);
    await publishRaw(ch, polygon.authFailed);
    await waitFor(() => errors(statuses).length > 0, 'an error status');
    expect(errors(statuses)).to.deep.equal(['adapter "polygon": status auth_failed: authentication failed']);
  });

  it('polygon snapshot, polled: last trade, its change and the crypto ticker mapped', async () => {
    const ch = newChannel('polygon-snapshot');
    await control(`/__config/${ch}`, { body: polygon.snapshot });
    const el = await strip({ ch, adapter: 'polygon', kind: 'poll', statuses: [] });
    await shows(el, 'AAPL', ['239.50', '+1.25', '(+0.53%)']);
    await shows(el, 'BTC-USD', ['95,000.00', '-1,000.00', '(-1.04%)']);
  });

  it('yahoo, polled: the v7 response on screen; an error response keeps the figures and says why', async () => {
    const ch = newChannel('yahoo');
    await control(`/__config/${ch}`, { body: yahoo.response });
    const statuses: FeedStatusDetail[] = [];
    const el = await strip({ ch, adapter: 'yahoo', kind: 'poll', statuses });
    await shows(el, '^HSI', ['19,550.29', '+126.68', '(+0.65%)']);
    await shows(el, '0700.HK', ['410.50', '+10.50', '(+2.63%)']);
    await control(`/__config/${ch}`, { body: yahoo.badRequest });
    await waitFor(() => errors(statuses).length > 0, 'an error status');
    expect(errors(statuses)[0]).to.equal(
      'adapter "yahoo": error Bad Request: Missing value for the "symbols" argument',
    );
    expect(figures(el)['^HSI']).to.deep.equal(['19,550.29', '+126.68', '(+0.65%)']);
  });

  it('a function adapter: its quotes are validated, and a non-finite price never reaches the screen', async () => {
    const ch = newChannel('custom');
    await control(`/__config/${ch}`, {
      body: {
        rows: [
          ['^HSI', 17000, 12],
          ['^DJI', 'n/a', 0],
        ],
      },
    });
    const statuses: FeedStatusDetail[] = [];
    const rows = (message: unknown) => ({
      quotes: (message as { rows: [string, unknown, unknown][] }).rows.map(([symbol, price, change]) => ({
        symbol,
        price: Number(price),
        change,
      })),
    });
    const el = await strip({ ch, adapter: rows, kind: 'poll', statuses });
    await shows(el, '^HSI', ['17,000.00', '+12.00', '(+0.07%)']);
    expect(figures(el)['^DJI']).to.equal(undefined);
    expect(errors(statuses)[0]).to.match(
      /^dropped invalid data, 1 problem: adapter "rows": quote "\^DJI": price is not a finite number/,
    );
  });

  it('an unknown adapter name is an error status and nothing connects', async () => {
    const ch = newChannel('unknown');
    const statuses: FeedStatusDetail[] = [];
    const server = await feedTestServer();
    const el = await fixture<MarketTicker>(
      html`<market-ticker
        mode="static"
        adapter="bloomberg"
        src=${`${server.ws}/ws/${ch}`}
        .quotes=${[{ symbol: '^HSI', price: 17000, change: 1 }]}
        @feed-status=${(e: CustomEvent<FeedStatusDetail>) => statuses.push(e.detail)}
      ></market-ticker>`,
    );
    await waitFor(() => statuses.length > 0, 'a status');
    expect(statuses).to.deep.equal([
      {
        status: 'error',
        error: 'unknown adapter "bloomberg": use one of binance, coinbase, finnhub, polygon, yahoo or a function',
      },
    ]);
    expect((await stats(ch)).wsConnects).to.deep.equal([]);
    await settled(el);
    expect(figures(el)['^HSI']![0]).to.equal('17,000.00');
  });

  it('<article-card> subscribes its related symbols through the adapter and shows their figures', async () => {
    const ch = newChannel('card');
    await control(`/__config/${ch}`, { provider: 'coinbase' });
    const server = await feedTestServer();
    const card = await fixture<ArticleCard>(
      html`<article-card
        headline="Bitcoin steadies"
        symbols="BTC-USD"
        adapter="coinbase"
        src=${`${server.ws}/ws/${ch}`}
      ></article-card>`,
    );
    expect(await received(ch, 1)).to.deep.equal([
      { type: 'subscribe', product_ids: ['BTC-USD'], channels: ['ticker', 'heartbeat'] },
    ]);
    await publishRaw(ch, coinbase.ticker);
    await shows(card, 'BTC-USD', ['95,500.25', '+1,500.00', '(+1.60%)']);
  });
});
