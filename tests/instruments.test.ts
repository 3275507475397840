import { expect } from '@open-wc/testing';
import {
  defineInstruments,
  instrumentName,
  instrumentPrecision,
  listInstruments,
  lookupInstrument,
  type InstrumentInput,
} from '../packages/market-ticker/src/instruments.js';
import { addBuiltInNames } from '../packages/market-ticker/src/catalogue.js';
import { names as traditional } from '../packages/market-ticker/src/names/zh-Hant-HK.js';
import { names as simplified } from '../packages/market-ticker/src/names/zh-Hans-CN.js';
import { LIMITS } from '../packages/market-ticker/src/quote.js';
import seed from './fixtures/seed-strip.json';

// The reference strip: tests/fixtures/seed-strip.json is a copy of /work/shared/seed/seed-strip.json,
// because the test runner serves only the repository.
const SEED = seed.quotes.map((q) => [q.symbol, q.name, q.precision] as const);

// Characters that exist in only one script; a name in the other script must not contain them.
const TRADITIONAL_ONLY = [
  ...'國滙匯騰訊證納標價幣圓歐時紐團銀險實業電鐵華農藥鴻長創聯網體龍萬礦鵬來東車設壽滬綜數費導羅韓灣經鎊銖氣鈀蘭達買貴寧離攜瑪爾峽倫權發產娛',
];
const SIMPLIFIED_ONLY = [
  ...'国汇腾讯证纳标价币圆欧时纽团银险实业电铁华农药鸿长创联网体龙万矿鹏来东车设寿沪综数费导罗韩湾经镑铢气钯兰达买贵宁离携玛尔峡伦权发产娱',
];

describe('instrument catalogue: the reference strip', () => {
  it('covers all sixteen reference symbols', () => {
    expect(SEED).to.have.length(16);
  });

  for (const [symbol, name, precision] of SEED) {
    it(`${symbol} is ${name} with ${precision} decimals`, () => {
      expect(instrumentName(symbol, 'zh-Hant-HK')).to.equal(name);
      expect(instrumentPrecision(symbol)).to.equal(precision);
    });
  }

  it('names the reference symbols in English and Simplified Chinese', () => {
    expect(instrumentName('^HSI', 'en')).to.equal('Hang Seng Index');
    expect(instrumentName('^GSPC', 'en')).to.equal('S&P 500');
    expect(instrumentName('HKD=X', 'en')).to.equal('USD/HKD');
    expect(instrumentName('000001.SS', 'zh-Hans-CN')).to.equal('上证指数');
    expect(instrumentName('CL=F', 'zh-Hans-CN')).to.equal('纽约原油');
    // The mainland writes 日元, not a character-by-character conversion of 日圓.
    expect(instrumentName('JPYHKD=X', 'zh-Hans-CN')).to.equal('日元');
  });
});

describe('instrument catalogue: data', () => {
  const all = listInstruments();

  it('has at least 66 entries of every kind', () => {
    expect(all.length).to.be.at.least(66);
    const kinds = new Set(all.map((i) => i.kind));
    expect([...kinds].sort()).to.deep.equal(['commodity', 'crypto', 'currency', 'index', 'stock']);
  });

  it('has unique symbols', () => {
    const keys = all.map((i) => i.symbol.toUpperCase());
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('has a non-empty name in every locale and a valid precision', () => {
    for (const i of all) {
      for (const locale of ['en', 'zh-Hant-HK', 'zh-Hans-CN'] as const) {
        expect(i.names[locale].trim(), `${i.symbol} ${locale}`).to.not.equal('');
      }
      expect(Number.isInteger(i.precision) && i.precision >= 0 && i.precision <= 8, i.symbol).to.equal(true);
    }
  });

  it('gives indices no currency and everything else one', () => {
    for (const i of all) {
      if (i.kind === 'index') expect(i.currency, i.symbol).to.equal(undefined);
      else expect(i.currency, i.symbol).to.match(/^[A-Z]{3}$/);
    }
  });

  it('writes Simplified names without Traditional-only characters', () => {
    for (const i of all) {
      const found = TRADITIONAL_ONLY.filter((c) => i.names['zh-Hans-CN'].includes(c));
      expect(found, `${i.symbol} ${i.names['zh-Hans-CN']}`).to.deep.equal([]);
    }
  });

  it('writes Traditional names without Simplified-only characters', () => {
    for (const i of all) {
      const found = SIMPLIFIED_ONLY.filter((c) => i.names['zh-Hant-HK'].includes(c));
      expect(found, `${i.symbol} ${i.names['zh-Hant-HK']}`).to.deep.equal([]);
    }
  });

  it('uses Hong Kong forms in Traditional names', () => {
    expect(instrumentName('0005.HK', 'zh-Hant-HK')).to.equal('滙豐控股');
    expect(instrumentName('0700.HK', 'zh-Hant-HK')).to.equal('騰訊控股');
    expect(instrumentName('1299.HK', 'zh-Hant-HK')).to.equal('友邦保險');
    expect(instrumentName('0005.HK', 'zh-Hans-CN')).to.equal('汇丰控股');
  });

  it('hands out entries that cannot be changed in place', () => {
    const hsi = lookupInstrument('^HSI')!;
    expect(Object.isFrozen(hsi) && Object.isFrozen(hsi.names)).to.equal(true);
    listInstruments().length = 0;
    expect(listInstruments().length).to.equal(all.length);
  });
});

describe('instrument catalogue: names per locale (src/names/, one per row)', () => {
  // The lists have no keys: a name added or left out in the middle would shift every name after
  // it. The last row of every section pins them to the rows.
  const LAST_OF_SECTION = [
    ['^STOXX50E', '歐洲STOXX 50', '欧洲斯托克50'],
    ['THBHKD=X', '泰銖', '泰铢'],
    ['AUDCNY=X', '澳元/人民幣', '澳元/人民币'],
    ['CNH=X', '美元/離岸人民幣', '美元/离岸人民币'],
    ['AUDUSD=X', '澳元/美元', '澳元/美元'],
    ['PA=F', '鈀金', '钯金'],
    ['USDT-USD', 'Tether', '泰达币'],
    ['0267.HK', '中信股份', '中信股份'],
    ['300750.SZ', '寧德時代', '宁德时代'],
  ] as const;

  for (const [symbol, hant, hans] of LAST_OF_SECTION) {
    it(`${symbol}, last of its section, is ${hant} and ${hans}`, () => {
      expect(instrumentName(symbol, 'zh-Hant-HK')).to.equal(hant);
      expect(instrumentName(symbol, 'zh-Hans-CN')).to.equal(hans);
    });
  }

  it('a list of the wrong length is refused whole and changes no name; the right one is taken', () => {
    expect(addBuiltInNames('zh-Hant-HK', traditional.slice(1))).to.equal(false);
    expect(addBuiltInNames('zh-Hans-CN', [...simplified, '多餘'])).to.equal(false);
    expect(instrumentName('^HSI', 'zh-Hant-HK')).to.equal('恒指');
    expect(instrumentName('^HSI', 'zh-Hans-CN')).to.equal('恒生指数');
    expect(addBuiltInNames('zh-Hant-HK', traditional)).to.equal(true);
  });
});

describe('instrument catalogue: lookup', () => {
  it('ignores the case of a symbol', () => {
    expect(lookupInstrument('0700.hk')?.symbol).to.equal('0700.HK');
    expect(lookupInstrument('btc-usd')?.symbol).to.equal('BTC-USD');
    expect(instrumentName('^hsi', 'en')).to.equal('Hang Seng Index');
  });

  it('finds Hong Kong codes without leading zeros or with five digits', () => {
    expect(lookupInstrument('700.HK')?.symbol).to.equal('0700.HK');
    expect(lookupInstrument('00700.HK')?.symbol).to.equal('0700.HK');
    expect(lookupInstrument(' 5.hk ')?.symbol).to.equal('0005.HK');
  });

  it('resolves locale aliases a JavaScript caller may pass', () => {
    expect(instrumentName('^HSCE', 'zh-HK' as 'zh-Hant-HK')).to.equal('國指');
    expect(instrumentName('^HSCE', 'zh-CN' as 'zh-Hans-CN')).to.equal('国指');
    expect(instrumentName('^HSCE', 'fr' as 'en')).to.equal('Hang Seng China Enterprises Index');
  });

  it('returns undefined for unknown symbols and non-strings', () => {
    expect(lookupInstrument('NOPE')).to.equal(undefined);
    expect(instrumentName('NOPE', 'en')).to.equal(undefined);
    expect(instrumentPrecision('NOPE')).to.equal(undefined);
    expect(lookupInstrument(undefined as unknown as string)).to.equal(undefined);
  });
});

// These tests change the shared catalogue, so they use symbols no other test relies on.
describe('instrument catalogue: defineInstruments', () => {
  it('adds a new entry, at the end of the list', () => {
    defineInstruments([
      {
        symbol: 'TEST-ADD',
        names: { en: 'Test', 'zh-Hant-HK': '測試', 'zh-Hans-CN': '测试' },
        precision: 3,
        kind: 'stock',
        currency: 'HKD',
      },
    ]);
    const entry = lookupInstrument('test-add');
    expect(entry).to.deep.equal({
      symbol: 'TEST-ADD',
      names: { en: 'Test', 'zh-Hant-HK': '測試', 'zh-Hans-CN': '测试' },
      precision: 3,
      kind: 'stock',
      currency: 'HKD',
    });
    expect(listInstruments().at(-1)?.symbol).to.equal('TEST-ADD');
  });

  it('overrides only the given names and fields of an existing entry, in place', () => {
    const before = listInstruments().findIndex((i) => i.symbol === '0016.HK');
    defineInstruments([{ symbol: '16.hk', names: { en: 'SHKP' } }]);
    expect(instrumentName('0016.HK', 'en')).to.equal('SHKP');
    expect(instrumentName('0016.HK', 'zh-Hant-HK')).to.equal('新鴻基地產');
    expect(instrumentName('0016.HK', 'zh-Hans-CN')).to.equal('新鸿基地产');
    expect(instrumentPrecision('0016.HK')).to.equal(2);
    expect(lookupInstrument('0016.HK')?.currency).to.equal('HKD');
    expect(listInstruments().findIndex((i) => i.symbol === '0016.HK')).to.equal(before);
  });

  it('fills a new entry from what it is given', () => {
    defineInstruments([
      { symbol: 'TEST-ONE', names: 'One name' },
      { symbol: '^TEST', names: { 'zh-Hant-HK': '測試指數' } },
      { symbol: 'TEST=X' },
    ]);
    expect(lookupInstrument('TEST-ONE')?.names).to.deep.equal({
      en: 'One name',
      'zh-Hant-HK': 'One name',
      'zh-Hans-CN': 'One name',
    });
    expect(lookupInstrument('^TEST')?.names).to.deep.equal({
      en: '^TEST',
      'zh-Hant-HK': '測試指數',
      'zh-Hans-CN': '測試指數',
    });
    expect(lookupInstrument('^TEST')?.kind).to.equal('index');
    expect(lookupInstrument('TEST=X')?.kind).to.equal('currency');
    expect(instrumentPrecision('TEST=X')).to.equal(2);
  });

  it('ignores bad entries and keeps old values for bad fields', () => {
    const count = listInstruments().length;
    defineInstruments([
      null,
      42,
      {},
      { symbol: 7 },
      { symbol: '   ' },
      { symbol: 'X'.repeat(100) },
    ] as unknown as InstrumentInput[]);
    defineInstruments('nope' as unknown as InstrumentInput[]);
    expect(listInstruments().length).to.equal(count);

    defineInstruments([
      { symbol: '0002.HK', precision: 2.5, kind: 'bond', names: { en: '', 'zh-Hant-HK': 42 } },
      { symbol: '0003.HK', precision: 9 },
      { symbol: '0006.HK', precision: -1 },
      { symbol: 'TEST-BAD', precision: '3' },
    ] as unknown as InstrumentInput[]);
    expect(lookupInstrument('0002.HK')).to.deep.equal({
      symbol: '0002.HK',
      names: { en: 'CLP Holdings', 'zh-Hant-HK': '中電控股', 'zh-Hans-CN': '中电控股' },
      precision: 2,
      kind: 'stock',
      currency: 'HKD',
      exchange: 'XHKG',
    });
    expect(instrumentPrecision('0003.HK')).to.equal(2);
    expect(instrumentPrecision('0006.HK')).to.equal(2);
    expect(instrumentPrecision('TEST-BAD')).to.equal(2);
  });

  it('accepts a precision of 0 and of 8', () => {
    defineInstruments([
      { symbol: 'TEST-P0', precision: 0 },
      { symbol: 'TEST-P8', precision: 8 },
    ]);
    expect(instrumentPrecision('TEST-P0')).to.equal(0);
    expect(instrumentPrecision('TEST-P8')).to.equal(8);
  });
});

describe('instrument catalogue: defineInstruments, the edges', () => {
  it("guesses a new symbol's kind from Yahoo's code conventions", () => {
    const symbols = ['^TESTK', 'TESTK=X', 'TESTK=F', 'TESTK-USD', 'TESTK'];
    defineInstruments(symbols.map((symbol) => ({ symbol })));
    expect(symbols.map((s) => lookupInstrument(s)?.kind)).to.deep.equal([
      'index',
      'currency',
      'commodity',
      'crypto',
      'stock',
    ]);
  });

  it('a name of exactly the length limit is kept, one character more is not', () => {
    defineInstruments([
      { symbol: 'TEST-LEN', names: { en: 'N'.repeat(LIMITS.name) } },
      { symbol: 'TEST-LONG', names: { en: 'N'.repeat(LIMITS.name + 1) } },
    ]);
    expect(instrumentName('TEST-LEN', 'en')).to.equal('N'.repeat(LIMITS.name));
    expect(instrumentName('TEST-LONG', 'en')).to.equal('TEST-LONG');
  });

  it('blank or null names leave an existing entry as it was', () => {
    const before = lookupInstrument('0005.HK')?.names;
    defineInstruments([{ symbol: '0005.HK', names: '   ' }]);
    defineInstruments([{ symbol: '0005.HK', names: null } as unknown as InstrumentInput]);
    expect(lookupInstrument('0005.HK')?.names).to.deep.equal(before);
  });

  it('a market code is read in any case with spaces around it', () => {
    defineInstruments([{ symbol: 'TEST-MIC', exchange: ' xtks ' }]);
    expect(lookupInstrument('TEST-MIC')?.exchange).to.equal('XTKS');
  });

  it('a new Hong Kong code is kept as its key, other symbols as given', () => {
    defineInstruments([{ symbol: 'testz.hk' }, { symbol: 'TEST-case' }]);
    expect(lookupInstrument('TESTZ.HK')?.symbol).to.equal('TESTZ.HK');
    expect(lookupInstrument('test-CASE')?.symbol).to.equal('TEST-case');
  });

  it('pads only a whole Hong Kong code: 700.hk is Tencent, A700.HK and 700.HKX are not', () => {
    expect(lookupInstrument('700.hk')?.symbol).to.equal('0700.HK');
    expect(lookupInstrument('A700.HK')).to.equal(undefined);
    expect(lookupInstrument('700.HKX')).to.equal(undefined);
  });
});

describe('instrument markets', () => {
  it('every catalogue entry names its market, and sessions know all but four', async () => {
    const { listInstruments } = await import('../packages/market-ticker/src/instruments.js');
    const { isKnownMarket } = await import('../packages/market-ticker/src/sessions.js');
    const unknown = new Set<string>();
    // Other tests add site entries (TEST-…), which need not name a market.
    for (const { symbol, exchange } of listInstruments().filter(({ symbol }) => !symbol.includes('TEST'))) {
      expect(exchange, symbol).to.be.a('string');
      if (!isKnownMarket(exchange!)) unknown.add(exchange!);
    }
    // ICE Futures US, NZX, Bursa Malaysia, IDX and SET: no sessions yet (no marker, never rests).
    expect([...unknown]).to.have.members(['IFUS', 'XNZE', 'XKLS', 'XIDX', 'XBKK']);
  });

  it('maps the reference symbols and the markets of issue 19', async () => {
    const { instrumentExchange } = await import('../packages/market-ticker/src/instruments.js');
    const expected: Record<string, string> = {
      '^HSI': 'XHKG',
      '^DJI': 'XNYS',
      '^IXIC': 'XNAS',
      '000001.SS': 'XSHG',
      '399001.SZ': 'XSHE',
      '300750.SZ': 'XSHE',
      '0700.HK': 'XHKG',
      'CL=F': 'XNYM',
      'GC=F': 'XCEC',
      '^VIX': 'XCBF',
      '^N225': 'XTKS',
      '^NSEI': 'XNSE',
      '^BSESN': 'XBOM',
      'BTC-USD': '24/7',
      'HKD=X': '24/5',
      'EURUSD=X': '24/5',
    };
    for (const [symbol, mic] of Object.entries(expected)) expect(instrumentExchange(symbol), symbol).to.equal(mic);
    expect(instrumentExchange('NOPE')).to.equal(undefined);
  });

  it("a quote's own exchange wins; an invalid one falls back to the catalogue", async () => {
    const { quoteMarket } = await import('../packages/market-ticker/src/instruments.js');
    expect(quoteMarket({ symbol: '^HSI' })).to.equal('XHKG');
    expect(quoteMarket({ symbol: '^HSI', exchange: 'xnys' })).to.equal('XNYS');
    expect(quoteMarket({ symbol: '^HSI', exchange: 'not a mic' })).to.equal('XHKG');
    expect(quoteMarket({ symbol: '^HSI', exchange: 42 })).to.equal('XHKG');
    expect(quoteMarket({ symbol: 'UNLISTED' })).to.equal(undefined);
    expect(quoteMarket({ symbol: 'UNLISTED', exchange: '24/7' })).to.equal('24/7');
  });

  it('defineInstruments entries can name their market', async () => {
    const { defineInstruments, instrumentExchange } = await import('../packages/market-ticker/src/instruments.js');
    defineInstruments([
      { symbol: '7203.T', names: 'Toyota', exchange: 'xtks' },
      { symbol: 'BAD.X', exchange: 'nonsense' },
      { symbol: '^HSI', names: { en: 'HSI' } },
    ]);
    expect(instrumentExchange('7203.T')).to.equal('XTKS');
    expect(instrumentExchange('BAD.X')).to.equal(undefined);
    expect(instrumentExchange('^HSI')).to.equal('XHKG');
  });
});
