import { expect } from '@open-wc/testing';
import { resolveLocale } from '../packages/market-ticker/src/locales.js';

describe('resolveLocale', () => {
  const cases: Array<[string | null | undefined, string]> = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
    ['zh-HK', 'zh-Hant-HK'],
    ['zh-TW', 'zh-Hant-HK'],
    ['zh-MO', 'zh-Hant-HK'],
    ['zh-Hant', 'zh-Hant-HK'],
    ['zh-Hant-HK', 'zh-Hant-HK'],
    ['zh_hk', 'zh-Hant-HK'],
    ['ZH-hant-tw', 'zh-Hant-HK'],
    ['zh', 'zh-Hans-CN'],
    ['zh-CN', 'zh-Hans-CN'],
    ['zh-SG', 'zh-Hans-CN'],
    ['zh-Hans', 'zh-Hans-CN'],
    ['zh-Hans-CN', 'zh-Hans-CN'],
    ['zh-Hans-HK', 'zh-Hans-CN'],
  ];
  for (const [tag, expected] of cases) {
    it(`${String(tag)} -> ${expected}`, () => {
      expect(resolveLocale(tag)).to.equal(expected);
    });
  }
});
