// The quote's validation and derived figures, with exact reasons: the DOM-free core that every
// element and feed relies on. Runs in the browsers and, for mutation testing, in Node.
import { expect } from '@open-wc/testing';
import { LIMITS, checkQuote, derivePercent, toFinite, trendOf } from '../packages/market-ticker/src/quote.js';
import { normalizeMic, positiveNumber, symbolList } from '../packages/market-ticker/src/values.js';

const refused = (value: unknown) => {
  const check = checkQuote(value);
  return check.ok ? 'accepted' : check.reason;
};

describe('checkQuote', () => {
  it('refuses what is not a quote object, naming why', () => {
    for (const value of [null, undefined, 1, 'x', [], [{ symbol: 'A', price: 1 }]]) {
      expect(refused(value), String(value)).to.equal('quote is not an object');
    }
    expect(refused({ price: 1 })).to.equal('symbol is missing');
    expect(refused({ symbol: '   ', price: 1 })).to.equal('symbol is missing');
    expect(refused({ symbol: 7, price: 1 })).to.equal('symbol is missing');
    expect(refused({ symbol: 'S'.repeat(LIMITS.symbol + 1), price: 1 })).to.equal(
      'symbol is longer than 32 characters',
    );
    expect(refused({ symbol: 'S'.repeat(LIMITS.symbol), price: 1 })).to.equal('accepted');
  });

  it('requires a finite price and finite changes', () => {
    for (const price of [undefined, NaN, Infinity, -Infinity, '1', null]) {
      expect(refused({ symbol: 'A', price }), String(price)).to.equal('quote "A": price is not a finite number');
    }
    expect(refused({ symbol: 'A', price: 1, change: NaN })).to.equal('quote "A": change is not a finite number');
    expect(refused({ symbol: 'A', price: 1, change: '1' })).to.equal('quote "A": change is not a finite number');
    expect(refused({ symbol: 'A', price: 1, changePercent: Infinity })).to.equal(
      'quote "A": changePercent is not a finite number',
    );
    expect(refused({ symbol: 'A', price: 0, change: 0, changePercent: 0 })).to.equal('accepted');
  });

  it('takes precision as an integer from 0 to 8 only', () => {
    for (const precision of [0, 4, 8]) expect(refused({ symbol: 'A', price: 1, precision })).to.equal('accepted');
    for (const precision of [-1, 9, 1.5, '2', NaN]) {
      expect(refused({ symbol: 'A', price: 1, precision }), String(precision)).to.equal(
        'quote "A": precision is not an integer from 0 to 8',
      );
    }
  });

  it('bounds the texts and checks names per locale', () => {
    expect(refused({ symbol: 'A', price: 1, name: 'N'.repeat(LIMITS.name) })).to.equal('accepted');
    expect(refused({ symbol: 'A', price: 1, name: 'N'.repeat(LIMITS.name + 1) })).to.equal(
      'quote "A": name is longer than 120 characters',
    );
    expect(refused({ symbol: 'A', price: 1, name: 5 })).to.equal(
      'quote "A": name must be a string or an object of strings per locale',
    );
    expect(refused({ symbol: 'A', price: 1, name: ['x'] })).to.equal(
      'quote "A": name must be a string or an object of strings per locale',
    );
    expect(refused({ symbol: 'A', price: 1, name: null })).to.equal(
      'quote "A": name must be a string or an object of strings per locale',
    );
    expect(refused({ symbol: 'A', price: 1, name: { en: 'Hang Seng', 'zh-Hant-HK': 7 } })).to.equal(
      'quote "A": name.zh-Hant-HK must be a string',
    );
    expect(refused({ symbol: 'A', price: 1, name: { en: 'N'.repeat(121) } })).to.equal(
      'quote "A": name.en is longer than 120 characters',
    );
    expect(refused({ symbol: 'A', price: 1, currency: 'C'.repeat(LIMITS.currency + 1) })).to.equal(
      'quote "A": currency is longer than 8 characters',
    );
    expect(refused({ symbol: 'A', price: 1, currency: 840 })).to.equal('quote "A": currency must be a string');
    expect(refused({ symbol: 'A', price: 1, time: 'T'.repeat(LIMITS.time + 1) })).to.equal(
      'quote "A": time is longer than 40 characters',
    );
  });

  it('returns a trimmed copy with the known fields only', () => {
    const input = {
      symbol: ' ^HSI ',
      price: 17284.54,
      change: 83.27,
      changePercent: 0.48,
      name: { en: 'Hang Seng Index' },
      precision: 2,
      currency: 'HKD',
      time: '2026-12-01T08:00:00Z',
      extra: '<img src=x>',
    };
    const check = checkQuote(input);
    expect(check).to.deep.equal({
      ok: true,
      quote: {
        symbol: '^HSI',
        price: 17284.54,
        change: 83.27,
        changePercent: 0.48,
        name: { en: 'Hang Seng Index' },
        precision: 2,
        currency: 'HKD',
        time: '2026-12-01T08:00:00Z',
      },
      problems: [],
    });
    expect(checkQuote({ symbol: 'A', price: 1 })).to.deep.equal({
      ok: true,
      quote: { symbol: 'A', price: 1 },
      problems: [],
    });
  });
});

describe('toFinite, trendOf and derivePercent', () => {
  it('reads numbers and numeric strings, nothing else', () => {
    expect(toFinite(1.5)).to.equal(1.5);
    expect(toFinite(' 2.5 ')).to.equal(2.5);
    expect(toFinite('0')).to.equal(0);
    for (const value of [NaN, Infinity, '', '  ', 'abc', null, undefined, {}, true])
      expect(toFinite(value), String(value)).to.equal(undefined);
  });

  it('gives the trend from the change, else the percent', () => {
    expect(trendOf(1)).to.equal('up');
    expect(trendOf(-0.01)).to.equal('down');
    expect(trendOf(0)).to.equal('flat');
    expect(trendOf(undefined, 2)).to.equal('up');
    expect(trendOf(undefined, -2)).to.equal('down');
    expect(trendOf(0, 5)).to.equal('flat');
    expect(trendOf(NaN, NaN)).to.equal(undefined);
    expect(trendOf('x')).to.equal(undefined);
  });

  it('derives the percent from the previous close (price - change)', () => {
    expect(derivePercent(110, 10, undefined)).to.equal(10);
    expect(derivePercent(90, -10, undefined)).to.equal(-10);
    expect(derivePercent(-5, -10, undefined)).to.equal(-200); // a negative price: against |previous|
    expect(derivePercent(110, 10, 3)).to.equal(3);
    expect(derivePercent(10, 10, undefined)).to.equal(undefined); // previous close 0
    expect(derivePercent(undefined, 10, undefined)).to.equal(undefined);
    expect(derivePercent(110, undefined, undefined)).to.equal(undefined);
  });
});

describe('values', () => {
  it('positiveNumber takes finite numbers above zero only', () => {
    expect(positiveNumber(0.5)).to.equal(0.5);
    for (const value of [0, -1, NaN, Infinity, '5', null, undefined])
      expect(positiveNumber(value), String(value)).to.equal(undefined);
  });

  it('symbolList splits, trims and drops blanks', () => {
    expect(symbolList(' ^HSI, 0700.HK ,,  ,BTC-USD')).to.deep.equal(['^HSI', '0700.HK', 'BTC-USD']);
    expect(symbolList(undefined)).to.deep.equal([]);
    expect(symbolList(null)).to.deep.equal([]);
    expect(symbolList('')).to.deep.equal([]);
  });

  it('normalizeMic trims and upper-cases', () => {
    expect(normalizeMic(' xhkg ')).to.equal('XHKG');
  });
});
