// The optional detail fields of a quote (logo, history, open, high, low, previousClose, volume,
// marketCap, delay, exchange): each checked on its own, a bad one dropped alone with a problem
// that names it, and the feed's error naming the field.
import { expect, html } from '@open-wc/testing';
import { HISTORY_LIMIT, checkDetails, checkQuote, type Quote } from '../packages/market-ticker/src/quote.js';
import {
  HISTORY_POINTS,
  REFERENCE_QUOTES,
  createSimulatedFeed,
  seededRandom,
  simulateTick,
  withDayFigures,
} from '../packages/market-ticker/src/simulated-feed.js';
import { checkMessage, mergeQuotes } from '../packages/market-ticker/src/feeds/messages.js';
import { stableQuotes } from '../packages/market-ticker/src/quote-list.js';
import '../packages/market-ticker/src/market-ticker/market-ticker.js';
import type { FeedStatusEvent, MarketTicker } from '../packages/market-ticker/src/market-ticker/market-ticker.js';
import { HOSTILE_URLS, resolvesToWeb } from './hostile-urls.js';
import { fixtureFor } from './fixture.js';
import { partText, settled, sleep } from './support.js';

const accepted = (value: unknown) => {
  const check = checkQuote(value);
  if (!check.ok) throw new Error(`refused: ${check.reason}`);
  return check;
};

describe('quote details: checkDetails and checkQuote', () => {
  it('keeps every valid detail as given', () => {
    const details = {
      logo: 'https://example.com/hsi.png',
      history: [1, 2.5, 3],
      open: 17201.27,
      high: 17301,
      low: 17150.2,
      previousClose: 17201.27,
      volume: 1_234_567_890,
      marketCap: 0,
      delay: 15,
      exchange: 'XHKG',
    };
    const check = accepted({ symbol: '^HSI', price: 17284.54, ...details });
    expect(check.quote).to.deep.equal({ symbol: '^HSI', price: 17284.54, ...details });
    expect(check.problems).to.deep.equal([]);
  });

  it('drops a bad detail alone, naming the field, and keeps the rest of the quote', () => {
    const check = accepted({ symbol: 'A', price: 1, change: 0.5, open: NaN, high: '2', volume: 10 });
    expect(check.quote).to.deep.equal({ symbol: 'A', price: 1, change: 0.5, volume: 10 });
    expect(check.problems).to.deep.equal([
      'quote "A": open is not a finite number',
      'quote "A": high is not a finite number',
    ]);
  });

  it('refuses non-finite and wrongly typed figures in every numeric detail', () => {
    for (const field of ['open', 'high', 'low', 'previousClose', 'volume', 'marketCap', 'delay']) {
      for (const bad of [NaN, Infinity, -Infinity, '1', null, {}, [1], true]) {
        const { details, problems } = checkDetails({ [field]: bad });
        expect(details, `${field}: ${String(bad)}`).to.deep.equal({});
        expect(problems, `${field}: ${String(bad)}`).to.have.length(1);
        expect(problems[0]).to.match(new RegExp(`^${field} is not`));
      }
    }
    expect(checkDetails({ volume: -1 }).problems).to.deep.equal(['volume is not a finite number of 0 or more']);
    expect(checkDetails({ marketCap: -0.5 }).problems).to.have.length(1);
    expect(checkDetails({ open: -3 }).details).to.deep.equal({ open: -3 });
  });

  it('delay is 0 to 1440 minutes', () => {
    expect(checkDetails({ delay: 0 }).details).to.deep.equal({ delay: 0 });
    expect(checkDetails({ delay: 1440 }).details).to.deep.equal({ delay: 1440 });
    for (const delay of [-1, 1440.5, 100000]) {
      expect(checkDetails({ delay }).problems, String(delay)).to.deep.equal([
        'delay is not a number of minutes from 0 to 1440',
      ]);
    }
  });

  it('exchange is a MIC (any case, kept in upper case) or 24/7, 24/5', () => {
    expect(checkDetails({ exchange: 'xhkg' }).details).to.deep.equal({ exchange: 'XHKG' });
    expect(checkDetails({ exchange: '24/7' }).details).to.deep.equal({ exchange: '24/7' });
    for (const exchange of ['HK', 'XHKGX', 'X-HK', '', 7, null, '<b>']) {
      expect(checkDetails({ exchange }).problems, String(exchange)).to.deep.equal(['exchange is not a MIC']);
    }
  });

  it('logo accepts http:, https: and relative URLs only, and refuses every hostile spelling', () => {
    for (const logo of ['https://example.com/a.png', 'http://example.com/a.png', '/logos/a.png', 'a.png']) {
      expect(checkDetails({ logo }).details, logo).to.deep.equal({ logo });
    }
    let refused = 0;
    for (const [why, logo] of HOSTILE_URLS) {
      const { details, problems } = checkDetails({ logo });
      if (details.logo === undefined) {
        refused++;
        expect(problems, why).to.deep.equal(['logo is not an http:, https: or relative URL']);
      } else {
        // Kept only as the browser reads it too: a harmless relative path (`jav\0ascript:` in data).
        expect(resolvesToWeb(details.logo), why).to.equal(true);
      }
      if (!resolvesToWeb(logo)) expect(details, why).to.deep.equal({});
    }
    expect(refused).to.be.greaterThan(35);
    for (const logo of [7, null, {}, '', '   ', `https://example.com/${'a'.repeat(2100)}`]) {
      expect(checkDetails({ logo }).problems, String(logo).slice(0, 30)).to.have.length(1);
    }
  });

  it('history keeps the newest 500 finite points, oldest first, and names the points it dropped', () => {
    const long = Array.from({ length: 10_000 }, (_, i) => i);
    const { details, problems } = checkDetails({ history: long });
    expect(details.history).to.have.length(HISTORY_LIMIT);
    expect(details.history![0]).to.equal(9500);
    expect(details.history![499]).to.equal(9999);
    expect(problems).to.deep.equal([]);

    const mixed = checkDetails({ history: [1, NaN, '2', 3, null, Infinity, 4] });
    expect(mixed.details.history).to.deep.equal([1, 3, 4]);
    expect(mixed.problems).to.deep.equal(['history has 4 points that are not finite numbers']);

    const allBad = checkDetails({ history: Array.from({ length: 10_000 }, () => NaN) });
    expect(allBad.details.history).to.deep.equal([]);
    expect(allBad.problems).to.deep.equal(['history has 10000 points that are not finite numbers']);

    for (const history of ['1,2,3', 5, { 0: 1 }, null]) {
      const bad = checkDetails({ history });
      expect(bad.details, String(history)).to.deep.equal({});
      expect(bad.problems).to.deep.equal(['history is not an array of numbers']);
    }
  });

  it('the same history array checked again is read again: changes in place are seen, problems named again', () => {
    const history = Array.from({ length: 600 }, (_, i) => i);
    const first = checkDetails({ history }).details.history!;
    expect(checkDetails({ history }).details.history).to.deep.equal(first);
    // Outside the newest 500 points: not read, no change.
    history[0] = NaN;
    expect(checkDetails({ history }).problems).to.deep.equal([]);
    history[599] = 1e6;
    expect(checkDetails({ history }).details.history![499]).to.equal(1e6);
    history[300] = NaN;
    const bad = checkDetails({ history });
    expect(bad.problems).to.deep.equal(['history has 1 points that are not finite numbers']);
    expect(bad.details.history).to.have.length(HISTORY_LIMIT);
    expect(checkDetails({ history }).problems, 'named at every check').to.have.length(1);
    history.push(7);
    expect(checkDetails({ history }).details.history!.at(-1)).to.equal(7);
  });

  it('a feed message keeps a quote with a bad detail and lists the field among its problems', () => {
    const parsed = checkMessage({
      quotes: [
        { symbol: '^HSI', price: 17284.54, logo: 'javascript:alert(1)', history: [1, 2] },
        { symbol: '^DJI', price: 38000 },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.quotes).to.deep.equal([
      { symbol: '^HSI', price: 17284.54, history: [1, 2] },
      { symbol: '^DJI', price: 38000 },
    ]);
    expect(parsed.problems).to.deep.equal(['quote "^HSI": logo is not an http:, https: or relative URL']);
  });

  it('a partial update keeps the logo and exchange, and a changed history is a changed quote', () => {
    const merged = mergeQuotes(
      [{ symbol: 'A', price: 1, logo: '/a.png', exchange: 'XHKG', history: [1, 2] }],
      [{ symbol: 'A', price: 2 }],
    );
    expect(merged).to.deep.equal([{ symbol: 'A', price: 2, logo: '/a.png', exchange: 'XHKG' }]);
    const before = { symbol: 'A', price: 1, history: [1, 2] };
    const previous = new Map([['A', before]]);
    expect(stableQuotes([{ symbol: 'A', price: 1, history: [1, 2] }], previous)[0]).to.equal(before);
    expect(stableQuotes([{ symbol: 'A', price: 1, history: [1, 3] }], previous)[0]).to.not.equal(before);
  });
});

describe('quote details from a feed', () => {
  it('a bad detail is a feed-status error naming the field, and the quote still shows', async () => {
    const original = window.fetch;
    window.fetch = async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.includes('/details-feed')) return original(input);
      const body = { quotes: [{ symbol: '^HSI', price: 17284.54, change: 83.27, volume: 'lots' }] };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    };
    const errors: string[] = [];
    const onStatus = (event: FeedStatusEvent) => {
      if (event.detail.status === 'error') errors.push(String(event.detail.error));
    };
    document.addEventListener('feed-status', onStatus);
    try {
      const el = await fixtureFor('client-rendered')<MarketTicker>(
        html`<market-ticker mode="static" src="/details-feed" interval="5"></market-ticker>`,
      );
      for (let i = 0; i < 100 && (errors.length === 0 || el.quotes.length === 0); i++) await sleep(20);
      await settled(el);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('quote "^HSI": volume is not a finite number');
      const cell = el.shadowRoot!.querySelector('.real [part~="cell"]')!;
      expect(partText(cell, 'value')).to.equal('17,284.54');
    } finally {
      document.removeEventListener('feed-status', onStatus);
      window.fetch = original;
    }
  });
});

describe('the simulated feed’s day figures', () => {
  it('every reference quote gets a plausible day: 78 points ending at the price, a range that holds it', () => {
    const random = seededRandom(7);
    for (const quote of REFERENCE_QUOTES) {
      const day = withDayFigures(quote, random);
      const check = accepted(day);
      expect(check.problems, quote.symbol).to.deep.equal([]);
      expect(day.history, quote.symbol).to.have.length(HISTORY_POINTS);
      expect(day.history!.at(-1)).to.equal(quote.price);
      expect(day.previousClose).to.be.closeTo(quote.price - (quote.change ?? 0), 1e-9);
      expect(day.open).to.equal(day.history![0]);
      expect(day.high).to.equal(Math.max(...day.history!));
      expect(day.low).to.equal(Math.min(...day.history!));
      expect(day.low! > 0 && day.high! >= quote.price && day.low! <= quote.price, quote.symbol).to.equal(true);
      // Within the walk's band of the previous close: no spike.
      expect(day.high! / day.previousClose!, quote.symbol).to.be.lessThan(1.3);
      expect(day.volume).to.be.at.least(0);
      expect(day.marketCap).to.be.greaterThan(0);
    }
  });

  it('a tick moves the line on: the newest price at the end, still 78 points, the range widened', () => {
    const random = seededRandom(3);
    let quotes = REFERENCE_QUOTES.map((quote) => withDayFigures(quote, random));
    for (let i = 0; i < 50; i++) quotes = simulateTick(quotes, random, 16).quotes;
    for (const quote of quotes) {
      expect(quote.history, quote.symbol).to.have.length(HISTORY_POINTS);
      expect(quote.history!.at(-1)).to.equal(quote.price);
      expect(quote.high! >= quote.price && quote.low! <= quote.price, quote.symbol).to.equal(true);
    }
  });

  it('the in-page simulated feed sends every quote with its day', async () => {
    const sent: Quote[][] = [];
    const feed = createSimulatedFeed({ interval: 60 }, { onQuotes: (quotes) => sent.push(quotes), onStatus: () => {} });
    feed.start();
    feed.stop();
    expect(sent[0]).to.have.length(16);
    for (const quote of sent[0]!) {
      for (const field of ['history', 'open', 'high', 'low', 'previousClose', 'volume', 'marketCap'] as const) {
        expect(quote[field], `${quote.symbol} ${field}`).to.not.equal(undefined);
      }
    }
  });
});
