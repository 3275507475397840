import { expect } from '@open-wc/testing';
import {
  EM_DASH,
  formatChange,
  formatCompact,
  formatDateTime,
  formatPercent,
  formatPrice,
  formatRelativeTime,
  numberFormat,
} from '../packages/market-ticker/src/format.js';

describe('format', () => {
  describe('prices', () => {
    const cases: Array<[unknown, unknown, string]> = [
      [17284.54, 2, '17,284.54'],
      [3052.9, 2, '3,052.90'],
      [7.8281, 4, '7.8281'],
      [0.0501, 4, '0.0501'],
      [1234567.891, 0, '1,234,568'],
      [-12.345, 2, '-12.35'],
      [-0, 2, '0.00'],
      [-0.001, 2, '0.00'],
      [1e21, 2, '1,000,000,000,000,000,000,000.00'],
      [5e-324, 2, '0.00'],
      ['12.5', 2, '12.50'],
      [12.5, 'abc', '12.50'],
      [12.5, 99, '12.50'],
      [Number.NaN, 2, EM_DASH],
      [Number.POSITIVE_INFINITY, 2, EM_DASH],
      [null, 2, EM_DASH],
      [undefined, 2, EM_DASH],
      ['', 2, EM_DASH],
      ['1,000', 2, EM_DASH],
      [{}, 2, EM_DASH],
    ];
    for (const [value, precision, expected] of cases) {
      it(`${String(value)} at ${String(precision)} -> ${expected}`, () => {
        expect(formatPrice(value, precision)).to.equal(expected);
      });
    }
    it('groups the same way in Chinese', () => {
      expect(formatPrice(17284.54, 2, 'zh-Hant-HK')).to.equal('17,284.54');
      expect(formatPrice(17284.54, 2, 'zh-Hans-CN')).to.equal('17,284.54');
    });
  });

  describe('changes and percents', () => {
    const changes: Array<[unknown, number, string]> = [
      [83.27, 2, '+83.27'],
      [-487.3, 2, '-487.30'],
      [-0.0028, 4, '-0.0028'],
      [0.0165, 4, '+0.0165'],
      [0, 2, '0.00'],
      [-0, 2, '0.00'],
      [0.001, 2, '+0.00'],
      [-0.001, 2, '-0.00'],
      [1234.5, 2, '+1,234.50'],
      [Number.NaN, 2, EM_DASH],
      [undefined, 2, EM_DASH],
    ];
    for (const [value, precision, expected] of changes) {
      it(`change ${String(value)} -> ${expected}`, () => {
        expect(formatChange(value, precision)).to.equal(expected);
      });
    }
    const percents: Array<[unknown, string]> = [
      [0.48, '+0.48%'],
      [-1.27, '-1.27%'],
      [0.0043, '+0.00%'],
      [0, '0.00%'],
      [-0, '0.00%'],
      [3.375, '+3.38%'],
      [Number.NEGATIVE_INFINITY, EM_DASH],
    ];
    for (const [value, expected] of percents) {
      it(`percent ${String(value)} -> ${expected}`, () => {
        expect(formatPercent(value)).to.equal(expected);
      });
    }
    it('uses the hyphen-minus, not U+2212', () => {
      expect(formatChange(-1, 2, 'zh-Hant-HK').charCodeAt(0)).to.equal(0x2d);
      expect(formatPercent(-1, 'zh-Hans-CN').charCodeAt(0)).to.equal(0x2d);
    });
  });

  describe('compact figures', () => {
    const cases: Array<[unknown, 'en' | 'zh-Hant-HK' | 'zh-Hans-CN', string]> = [
      [173_200_000, 'en', '173.2M'],
      [173_200_000, 'zh-Hant-HK', '1.73億'],
      [173_200_000, 'zh-Hans-CN', '1.73亿'],
      [45_600, 'zh-Hant-HK', '4.56萬'],
      [45_600, 'zh-Hans-CN', '4.56万'],
      [45_600, 'en', '45.6K'],
      [2_500_000_000_000, 'zh-Hant-HK', '2.5萬億'],
      [2_500_000_000_000, 'zh-Hans-CN', '2.5万亿'],
      [2_500_000_000_000, 'en', '2.5T'],
      [3_100_000_000, 'en', '3.1B'],
      [-173_200_000, 'zh-Hant-HK', '-1.73億'],
      [999_999_999, 'zh-Hant-HK', '10億'],
      [99_999_999, 'zh-Hans-CN', '1亿'],
      [999_999, 'en', '1M'],
      [9_999, 'zh-Hant-HK', '9,999'],
      [950, 'en', '950'],
      [0, 'en', '0'],
      [Number.NaN, 'zh-Hant-HK', EM_DASH],
    ];
    for (const [value, locale, expected] of cases) {
      it(`${String(value)} in ${locale} -> ${expected}`, () => {
        expect(formatCompact(value, locale)).to.equal(expected);
      });
    }
    it('never gives Hong Kong readers Intl\'s "M"', () => {
      expect(formatCompact(173_000_000, 'zh-Hant-HK')).to.not.match(/[KMBT]/);
    });
  });

  describe('relative times', () => {
    const now = Date.parse('2024-04-19T12:00:00Z');
    const cases: Array<[number, 'en' | 'zh-Hant-HK' | 'zh-Hans-CN', string]> = [
      [-3 * 3600e3, 'en', '3 hours ago'],
      [-3 * 3600e3, 'zh-Hant-HK', '3 小時前'],
      [-3 * 3600e3, 'zh-Hans-CN', '3小时前'],
      [-5 * 60e3, 'en', '5 minutes ago'],
      [-5 * 60e3, 'zh-Hant-HK', '5 分鐘前'],
      [-10e3, 'en', 'now'],
      [-24 * 3600e3, 'en', 'yesterday'],
      [-24 * 3600e3, 'zh-Hant-HK', '昨日'],
      [-3 * 24 * 3600e3, 'en', '3 days ago'],
      [5 * 60e3, 'en', 'in 5 minutes'],
    ];
    for (const [offset, locale, expected] of cases) {
      it(`${offset / 1000}s in ${locale} -> ${expected}`, () => {
        expect(formatRelativeTime(now + offset, now, locale)).to.equal(expected);
      });
    }
    it('accepts ISO strings and Dates, and dashes an invalid instant', () => {
      expect(formatRelativeTime('2024-04-19T09:00:00Z', new Date(now))).to.equal('3 hours ago');
      expect(formatRelativeTime('not a date', now)).to.equal(EM_DASH);
      expect(formatRelativeTime(undefined, now)).to.equal(EM_DASH);
    });
    it('formats the absolute time for a tooltip', () => {
      expect(formatDateTime('2024-04-19T08:08:00Z', 'en', 'Asia/Hong_Kong')).to.match(/^Apr 19, 2024, 4:08\sPM$/);
      expect(formatDateTime('2024-04-19T08:08:00Z', 'zh-Hant-HK', 'Asia/Hong_Kong')).to.contain('2024');
      expect(formatDateTime('garbage')).to.equal(EM_DASH);
    });
  });

  it('caches formatters per locale and options', () => {
    expect(numberFormat('en', { maximumFractionDigits: 3 })).to.equal(numberFormat('en', { maximumFractionDigits: 3 }));
    expect(numberFormat('en', { maximumFractionDigits: 3 })).to.not.equal(
      numberFormat('en', { maximumFractionDigits: 2 }),
    );
    expect(numberFormat('en')).to.not.equal(numberFormat('zh-Hant-HK'));
  });
});
