/**
 * The instrument catalogue: display names per locale and decimal places, by Yahoo-style symbol.
 * No DOM: usable in Node, workers and SSR.
 *
 * Names are what each market's own portals print, not translations of one another: a Hong Kong
 * page writes `恒指`, `金價`, `日圓` and keeps `Bitcoin` in Latin script; a mainland page writes
 * `上证指数`, `纽约原油`, `日元`, `比特币`.
 */
import { LIMITS } from './quote.js';
import { SUPPORTED_LOCALES, resolveLocale, type Locale } from './locales.js';
import { cleanMarket } from './values.js';

/** A market code as given by a site or a feed: a MIC (any case) or `24/7` / `24/5`; else undefined. */
export { cleanMarket };

/** What an instrument is; decides nothing by itself but lets a site group or filter. */
export type InstrumentKind = 'index' | 'stock' | 'currency' | 'commodity' | 'crypto';

/** One catalogue entry. Entries handed out are frozen: change them with `defineInstruments`. */
export interface Instrument {
  /** Yahoo-style code, e.g. `^HSI`, `0700.HK`, `HKD=X`, `CL=F`, `BTC-USD`. */
  readonly symbol: string;
  /** Display name in every supported locale. */
  readonly names: Readonly<Record<Locale, string>>;
  /** Decimal places the price and change are shown with. */
  readonly precision: number;
  readonly kind: InstrumentKind;
  /** ISO 4217 code of the quote currency; absent for indices, which are in points. */
  readonly currency?: string;
  /**
   * The instrument's market: a MIC (`XHKG`, `XNYM`, …), `24/7` for crypto assets or `24/5` for
   * currency pairs. A quote's own `exchange` wins over it (see {@link quoteMarket}).
   */
  readonly exchange?: string;
}

/** An entry as a site supplies it to `defineInstruments`: everything but `symbol` optional. */
export interface InstrumentInput {
  symbol: string;
  /** One name for every locale, or some locales' names (others fall back, see `defineInstruments`). */
  names?: string | Partial<Record<Locale, string>>;
  precision?: number;
  kind?: InstrumentKind;
  currency?: string;
  /** The instrument's market: a MIC (4 letters or digits) or `24/7` / `24/5`. */
  exchange?: string;
}

/** `[symbol, en, zh-Hant-HK, zh-Hans-CN, precision when it differs from the section's]` */
type Row = readonly [symbol: string, en: string, hant: string, hans: string, precision?: number];

interface Section {
  kind: InstrumentKind;
  precision: number;
  currency?: string;
  /** The section's market, or per symbol where its instruments trade on several. */
  exchange: string | ((symbol: string) => string);
  rows: readonly Row[];
}

/**
 * Where each index is calculated from, which is when it moves. `^VIX` follows Cboe's futures
 * hours (the index itself has a global trading hours session too); `^STOXX50E` follows Xetra,
 * whose hours STOXX calculates it in; `DX-Y.NYB` trades on ICE Futures US, whose sessions the
 * library does not know (no market-state marker, never rests).
 */
const INDEX_MARKETS: Readonly<Record<string, string>> = {
  '^HSI': 'XHKG',
  '^HSCE': 'XHKG',
  '^HSTECH': 'XHKG',
  '^DJI': 'XNYS',
  '^GSPC': 'XNYS',
  '^RUT': 'XNYS',
  '^IXIC': 'XNAS',
  '^NDX': 'XNAS',
  '^SOX': 'XNAS',
  '^VIX': 'XCBF',
  '^FTSE': 'XLON',
  '^CMC200': '24/7',
  'DX-Y.NYB': 'IFUS',
  '^GSPTSE': 'XTSE',
  '^N225': 'XTKS',
  '^TWII': 'XTAI',
  '^KS11': 'XKRX',
  '^AXJO': 'XASX',
  '^NZ50': 'XNZE',
  '^STI': 'XSES',
  '^KLSE': 'XKLS',
  '^JKSE': 'XIDX',
  '^SET.BK': 'XBKK',
  '^BSESN': 'XBOM',
  '^NSEI': 'XNSE',
  '^GDAXI': 'XETR',
  '^FCHI': 'XPAR',
  '^STOXX50E': 'XETR',
};

/** Mainland codes name their exchange: `.SS` Shanghai, `.SZ` Shenzhen. */
const mainlandMarket = (symbol: string) => (symbol.endsWith('.SZ') ? 'XSHE' : 'XSHG');

/** Metals trade on COMEX except platinum and palladium, which NYMEX lists with the energy contracts. */
const COMEX = new Set(['GC=F', 'SI=F', 'HG=F']);

// Each section starts with the reference page's symbols; their zh-Hant-HK names are verbatim from
// that page (spacing included: `標普 500`), so do not "normalize" them.
const SECTIONS: readonly Section[] = [
  {
    kind: 'index',
    exchange: (symbol) => INDEX_MARKETS[symbol] ?? mainlandMarket(symbol),
    precision: 2,
    rows: [
      ['^HSI', 'Hang Seng Index', '恒指', '恒生指数'],
      ['^HSCE', 'Hang Seng China Enterprises Index', '國指', '国指'],
      ['000001.SS', 'SSE Composite Index', '上證綜指', '上证指数'],
      ['^DJI', 'Dow Jones Industrial Average', '道指', '道琼斯'],
      ['^GSPC', 'S&P 500', '標普 500', '标普500'],
      ['^IXIC', 'Nasdaq Composite', '納指', '纳斯达克'],
      ['^VIX', 'CBOE Volatility Index', 'Vix指數', 'VIX指数'],
      ['^FTSE', 'FTSE 100', '富時100', '富时100'],
      // An index of crypto assets, in points like any index.
      ['^CMC200', 'CMC Crypto 200', 'CMC Crypto 200', 'CMC Crypto 200'],

      ['^HSTECH', 'Hang Seng TECH Index', '恒生科指', '恒生科技'],
      ['000300.SS', 'CSI 300 Index', '滬深300', '沪深300'],
      ['399001.SZ', 'SZSE Component Index', '深證成指', '深证成指'],
      ['399006.SZ', 'ChiNext Index', '創業板指', '创业板指'],
      ['000688.SS', 'STAR 50 Index', '科創50', '科创50'],
      ['000016.SS', 'SSE 50 Index', '上證50', '上证50'],
      ['000905.SS', 'CSI 500 Index', '中證500', '中证500'],
      ['^NDX', 'Nasdaq 100', '納指100', '纳指100'],
      ['^RUT', 'Russell 2000', '羅素2000', '罗素2000'],
      ['^SOX', 'PHLX Semiconductor Index', '費城半導體', '费城半导体'],
      ['DX-Y.NYB', 'US Dollar Index', '美匯指數', '美元指数'],
      ['^GSPTSE', 'S&P/TSX Composite', '多倫多綜合指數', '多伦多综合指数'],
      ['^N225', 'Nikkei 225', '日經平均指數', '日经225'],
      ['^TWII', 'TAIEX', '台灣加權指數', '台湾加权'],
      ['^KS11', 'KOSPI', '南韓綜合指數', '韩国综合指数'],
      ['^AXJO', 'S&P/ASX 200', '澳洲標普200', '澳大利亚标普200'],
      ['^NZ50', 'S&P/NZX 50', '新西蘭NZX 50', '新西兰NZX50'],
      ['^STI', 'Straits Times Index', '新加坡海峽時報指數', '新加坡海峡时报指数'],
      ['^KLSE', 'FTSE Bursa Malaysia KLCI', '吉隆坡綜合指數', '吉隆坡综合指数'],
      ['^JKSE', 'Jakarta Composite Index', '雅加達綜合指數', '雅加达综合指数'],
      ['^SET.BK', 'SET Index', '泰國SET指數', '泰国SET指数'],
      ['^BSESN', 'BSE Sensex', '印度孟買敏感指數', '印度孟买SENSEX30'],
      ['^NSEI', 'Nifty 50', '印度Nifty 50', '印度NIFTY50'],
      ['^GDAXI', 'DAX', '德國DAX', '德国DAX'],
      ['^FCHI', 'CAC 40', '法國CAC 40', '法国CAC40'],
      ['^STOXX50E', 'Euro Stoxx 50', '歐洲STOXX 50', '欧洲斯托克50'],
    ],
  },
  {
    // HKD per unit of the named currency. A Hong Kong page names only the foreign currency
    // (美元 = USD/HKD), so these read as currency names, not as pairs; English portals write the pair.
    kind: 'currency',
    exchange: '24/5',
    precision: 4,
    currency: 'HKD',
    rows: [
      ['HKD=X', 'USD/HKD', '美元', '美元'],
      ['CNYHKD=X', 'CNY/HKD', '人民幣', '人民币'],
      ['JPYHKD=X', 'JPY/HKD', '日圓', '日元'],
      ['EURHKD=X', 'EUR/HKD', '歐元', '欧元'],

      ['GBPHKD=X', 'GBP/HKD', '英鎊', '英镑'],
      ['AUDHKD=X', 'AUD/HKD', '澳元', '澳元'],
      ['CADHKD=X', 'CAD/HKD', '加元', '加元'],
      ['CHFHKD=X', 'CHF/HKD', '瑞士法郎', '瑞士法郎'],
      ['SGDHKD=X', 'SGD/HKD', '新加坡元', '新加坡元'],
      ['NZDHKD=X', 'NZD/HKD', '紐元', '新西兰元'],
      ['TWDHKD=X', 'TWD/HKD', '新台幣', '新台币'],
      ['THBHKD=X', 'THB/HKD', '泰銖', '泰铢'],
    ],
  },
  {
    // Outside HKD a bare currency name would be ambiguous, so these are named as pairs.
    kind: 'currency',
    exchange: '24/5',
    precision: 4,
    currency: 'CNY',
    rows: [
      ['CNY=X', 'USD/CNY', '美元/人民幣', '美元/人民币'],
      ['HKDCNY=X', 'HKD/CNY', '港元/人民幣', '港币/人民币'],
      ['EURCNY=X', 'EUR/CNY', '歐元/人民幣', '欧元/人民币'],
      ['JPYCNY=X', 'JPY/CNY', '日圓/人民幣', '日元/人民币'],
      ['GBPCNY=X', 'GBP/CNY', '英鎊/人民幣', '英镑/人民币'],
      ['AUDCNY=X', 'AUD/CNY', '澳元/人民幣', '澳元/人民币'],
    ],
  },
  {
    // Offshore renminbi has its own market code, distinct from onshore CNY.
    kind: 'currency',
    exchange: '24/5',
    precision: 4,
    currency: 'CNH',
    rows: [['CNH=X', 'USD/CNH', '美元/離岸人民幣', '美元/离岸人民币']],
  },
  {
    kind: 'currency',
    exchange: '24/5',
    precision: 4,
    currency: 'USD',
    rows: [
      ['EURUSD=X', 'EUR/USD', '歐元/美元', '欧元/美元'],
      ['GBPUSD=X', 'GBP/USD', '英鎊/美元', '英镑/美元'],
      ['AUDUSD=X', 'AUD/USD', '澳元/美元', '澳元/美元'],
    ],
  },
  {
    kind: 'commodity',
    exchange: (symbol) => (COMEX.has(symbol) ? 'XCEC' : 'XNYM'),
    precision: 2,
    currency: 'USD',
    rows: [
      ['CL=F', 'WTI Crude Oil', '紐約期油', '纽约原油'],
      ['GC=F', 'Gold', '金價', '金价'],

      ['BZ=F', 'Brent Crude Oil', '布蘭特期油', '布伦特原油'],
      ['SI=F', 'Silver', '銀價', '银价'],
      // Copper is quoted per pound and gas per MMBtu: two decimals would hide most moves.
      ['HG=F', 'Copper', '銅價', '铜价', 4],
      ['NG=F', 'Natural Gas', '天然氣', '天然气', 3],
      // Hong Kong says 白金 for platinum; the mainland says 铂金.
      ['PL=F', 'Platinum', '白金', '铂金'],
      ['PA=F', 'Palladium', '鈀金', '钯金'],
    ],
  },
  {
    // The reference page keeps crypto names in Latin script in Traditional Chinese; mainland
    // portals use the established Chinese names where there is one.
    kind: 'crypto',
    exchange: '24/7',
    precision: 2,
    currency: 'USD',
    rows: [
      ['BTC-USD', 'Bitcoin', 'Bitcoin', '比特币'],

      ['ETH-USD', 'Ethereum', 'Ethereum', '以太坊'],
      ['SOL-USD', 'Solana', 'Solana', 'Solana'],
      ['BNB-USD', 'BNB', 'BNB', 'BNB'],
      ['LTC-USD', 'Litecoin', 'Litecoin', '莱特币'],
      // Priced below a dollar or pegged to one: cents alone would hide every move.
      ['XRP-USD', 'XRP', 'XRP', '瑞波币', 4],
      ['DOGE-USD', 'Dogecoin', 'Dogecoin', '狗狗币', 4],
      ['ADA-USD', 'Cardano', 'Cardano', '艾达币', 4],
      ['USDT-USD', 'Tether', 'Tether', '泰达币', 4],
    ],
  },
  {
    // HKEX short names. HKEX writes the weighted-voting (W) and secondary-listing (S) markers
    // full-width (`美團－Ｗ`); portals print them half-width, and so do we.
    kind: 'stock',
    exchange: 'XHKG',
    precision: 2,
    currency: 'HKD',
    rows: [
      ['0700.HK', 'Tencent', '騰訊控股', '腾讯控股'],
      ['9988.HK', 'Alibaba', '阿里巴巴-W', '阿里巴巴-W'],
      ['0005.HK', 'HSBC Holdings', '滙豐控股', '汇丰控股'],
      ['1299.HK', 'AIA', '友邦保險', '友邦保险'],
      ['0941.HK', 'China Mobile', '中國移動', '中国移动'],
      ['3690.HK', 'Meituan', '美團-W', '美团-W'],
      ['0388.HK', 'HKEX', '香港交易所', '香港交易所'],
      ['1810.HK', 'Xiaomi', '小米集團-W', '小米集团-W'],
      ['0939.HK', 'China Construction Bank', '建設銀行', '建设银行'],
      ['1398.HK', 'ICBC', '工商銀行', '工商银行'],
      ['3988.HK', 'Bank of China', '中國銀行', '中国银行'],
      ['1288.HK', 'Agricultural Bank of China', '農業銀行', '农业银行'],
      ['3968.HK', 'China Merchants Bank', '招商銀行', '招商银行'],
      ['2318.HK', 'Ping An Insurance', '中國平安', '中国平安'],
      ['2628.HK', 'China Life', '中國人壽', '中国人寿'],
      ['0883.HK', 'CNOOC', '中國海洋石油', '中国海洋石油'],
      ['0857.HK', 'PetroChina', '中國石油股份', '中国石油股份'],
      ['0386.HK', 'Sinopec', '中國石油化工股份', '中国石油化工股份'],
      ['1088.HK', 'China Shenhua', '中國神華', '中国神华'],
      ['9618.HK', 'JD.com', '京東集團-SW', '京东集团-SW'],
      ['9999.HK', 'NetEase', '網易-S', '网易-S'],
      ['9888.HK', 'Baidu', '百度集團-SW', '百度集团-SW'],
      ['1024.HK', 'Kuaishou', '快手-W', '快手-W'],
      ['9961.HK', 'Trip.com', '攜程集團-S', '携程集团-S'],
      ['0981.HK', 'SMIC', '中芯國際', '中芯国际'],
      ['0992.HK', 'Lenovo', '聯想集團', '联想集团'],
      ['1211.HK', 'BYD', '比亞迪股份', '比亚迪股份'],
      ['0175.HK', 'Geely Auto', '吉利汽車', '吉利汽车'],
      ['2015.HK', 'Li Auto', '理想汽車-W', '理想汽车-W'],
      ['9868.HK', 'XPeng', '小鵬汽車-W', '小鹏汽车-W'],
      ['9866.HK', 'NIO', '蔚來-SW', '蔚来-SW'],
      ['0762.HK', 'China Unicom', '中國聯通', '中国联通'],
      ['0728.HK', 'China Telecom', '中國電信', '中国电信'],
      ['0001.HK', 'CK Hutchison', '長和', '长和'],
      ['1113.HK', 'CK Asset', '長實集團', '长实集团'],
      ['1038.HK', 'CK Infrastructure', '長江基建集團', '长江基建集团'],
      ['0016.HK', 'Sun Hung Kai Properties', '新鴻基地產', '新鸿基地产'],
      ['0012.HK', 'Henderson Land', '恒基地產', '恒基地产'],
      ['0017.HK', 'New World Development', '新世界發展', '新世界发展'],
      ['0101.HK', 'Hang Lung Properties', '恒隆地產', '恒隆地产'],
      ['0688.HK', 'China Overseas Land', '中國海外發展', '中国海外发展'],
      ['0823.HK', 'Link REIT', '領展房產基金', '领展房产基金'],
      ['0002.HK', 'CLP Holdings', '中電控股', '中电控股'],
      ['0003.HK', 'HK & China Gas', '香港中華煤氣', '香港中华煤气'],
      ['0006.HK', 'Power Assets', '電能實業', '电能实业'],
      ['0066.HK', 'MTR Corporation', '港鐵公司', '港铁公司'],
      ['0011.HK', 'Hang Seng Bank', '恒生銀行', '恒生银行'],
      ['2388.HK', 'BOC Hong Kong', '中銀香港', '中银香港'],
      ['0027.HK', 'Galaxy Entertainment', '銀河娛樂', '银河娱乐'],
      ['1928.HK', 'Sands China', '金沙中國有限公司', '金沙中国有限公司'],
      ['0669.HK', 'Techtronic Industries', '創科實業', '创科实业'],
      ['2020.HK', 'ANTA Sports', '安踏體育', '安踏体育'],
      ['2331.HK', 'Li Ning', '李寧', '李宁'],
      ['2319.HK', 'China Mengniu Dairy', '蒙牛乳業', '蒙牛乳业'],
      ['0291.HK', 'China Resources Beer', '華潤啤酒', '华润啤酒'],
      ['0288.HK', 'WH Group', '萬洲國際', '万洲国际'],
      ['9633.HK', 'Nongfu Spring', '農夫山泉', '农夫山泉'],
      ['9992.HK', 'Pop Mart', '泡泡瑪特', '泡泡玛特'],
      ['6690.HK', 'Haier Smart Home', '海爾智家', '海尔智家'],
      ['2269.HK', 'WuXi Biologics', '藥明生物', '药明生物'],
      ['1093.HK', 'CSPC Pharmaceutical', '石藥集團', '石药集团'],
      ['0241.HK', 'Alibaba Health', '阿里健康', '阿里健康'],
      ['2899.HK', 'Zijin Mining', '紫金礦業', '紫金矿业'],
      ['0267.HK', 'CITIC', '中信股份', '中信股份'],
    ],
  },
  {
    kind: 'stock',
    exchange: mainlandMarket,
    precision: 2,
    currency: 'CNY',
    rows: [
      ['600519.SS', 'Kweichow Moutai', '貴州茅台', '贵州茅台'],
      ['300750.SZ', 'CATL', '寧德時代', '宁德时代'],
    ],
  },
];

const KINDS: ReadonlySet<unknown> = new Set<InstrumentKind>(['index', 'stock', 'currency', 'commodity', 'crypto']);
const isKind = (v: unknown): v is InstrumentKind => KINDS.has(v);

/**
 * The lookup key: upper case, and Hong Kong codes padded to HKEX's four digits, so `700.hk`,
 * `00700.HK` and `0700.HK` are one instrument. Five-digit codes (e.g. RMB counters) stay as they are.
 */
function keyOf(symbol: string): string {
  const upper = symbol.trim().toUpperCase();
  const hk = /^0*(\d{1,5})\.HK$/.exec(upper);
  return hk ? `${hk[1]!.padStart(4, '0')}.HK` : upper;
}

function freeze(entry: Instrument): Instrument {
  Object.freeze(entry.names);
  return Object.freeze(entry);
}

function build(): Map<string, Instrument> {
  const map = new Map<string, Instrument>();
  for (const { kind, precision, currency, exchange, rows } of SECTIONS) {
    for (const [symbol, en, hant, hans, ownPrecision] of rows) {
      const entry: Instrument = {
        symbol,
        names: { en, 'zh-Hant-HK': hant, 'zh-Hans-CN': hans },
        precision: ownPrecision ?? precision,
        kind,
        ...(currency ? { currency } : {}),
        exchange: typeof exchange === 'string' ? exchange : exchange(symbol),
      };
      map.set(keyOf(symbol), freeze(entry));
    }
  }
  return map;
}

// Map insertion order is the catalogue order; an override keeps its entry's place.
const catalogue = build();

/** The entry for `symbol` (case-insensitive; `700.HK` and `00700.HK` find `0700.HK`). */
export function lookupInstrument(symbol: string): Instrument | undefined {
  return typeof symbol === 'string' ? catalogue.get(keyOf(symbol)) : undefined;
}

/** The catalogue name of `symbol` in `locale`, or undefined when the symbol is unknown. */
export function instrumentName(symbol: string, locale: Locale): string | undefined {
  const names = lookupInstrument(symbol)?.names;
  // A JavaScript caller may pass an alias such as `zh-HK`, or a locale we do not ship.
  return names ? (names[locale] ?? names[resolveLocale(locale)]) : undefined;
}

/** The catalogue's decimal places for `symbol`, or undefined when the symbol is unknown. */
export function instrumentPrecision(symbol: string): number | undefined {
  return lookupInstrument(symbol)?.precision;
}

const isPrecision = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 8;

function cleanText(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  const text = v.trim();
  return text !== '' && text.length <= max ? text : undefined;
}

/** The catalogue's market for `symbol` (a MIC, `24/7` or `24/5`), or undefined when unknown. */
export function instrumentExchange(symbol: string): string | undefined {
  return lookupInstrument(symbol)?.exchange;
}

/**
 * The market a quote trades on: the quote's own `exchange` when it is a market code, else the
 * catalogue's for its symbol. Undefined when neither says (such a quote has no market-state
 * marker and never lets a feed rest).
 */
export function quoteMarket(quote: { readonly symbol: string; readonly exchange?: unknown }): string | undefined {
  return cleanMarket(quote.exchange) ?? instrumentExchange(quote.symbol);
}

/** A new symbol's kind from Yahoo's code conventions, when the site does not say. */
function guessKind(key: string): InstrumentKind {
  if (key.startsWith('^')) return 'index';
  if (key.endsWith('=X')) return 'currency';
  if (key.endsWith('=F')) return 'commodity';
  if (key.endsWith('-USD')) return 'crypto';
  return 'stock';
}

/**
 * Adds entries or overrides existing ones, e.g. from a site's configuration. Input is treated as
 * untrusted: entries without a usable string symbol are ignored, and an invalid field (a precision
 * that is not an integer from 0 to 8, an unknown kind, an empty or over-long name) keeps the
 * existing value, or the default for a new entry (precision 2).
 *
 * An override merges: names given replace those locales only, so a site can rename just `en`.
 * `exchange` names the instrument's market (a MIC such as `XTKS`, or `24/7` / `24/5`); an
 * invalid one is ignored like any other invalid field.
 * A new entry's missing names fall back to the other Chinese script, then (in Chinese) to English,
 * then to the symbol.
 */
export function defineInstruments(entries: InstrumentInput[]): void {
  if (!Array.isArray(entries)) return;
  for (const input of entries as unknown[]) {
    if (typeof input !== 'object' || input === null) continue;
    const v = input as Record<string, unknown>;
    const symbol = cleanText(v.symbol, LIMITS.symbol);
    if (!symbol) continue;
    const key = keyOf(symbol);
    const old = catalogue.get(key);

    const given: Partial<Record<Locale, string>> = {};
    if (typeof v.names === 'string') {
      const text = cleanText(v.names, LIMITS.name);
      if (text) for (const locale of SUPPORTED_LOCALES) given[locale] = text;
    } else if (typeof v.names === 'object' && v.names !== null) {
      const names = v.names as Record<string, unknown>;
      for (const locale of SUPPORTED_LOCALES) {
        const text = cleanText(names[locale], LIMITS.name);
        if (text) given[locale] = text;
      }
    }

    const hant = given['zh-Hant-HK'];
    const hans = given['zh-Hans-CN'];
    const names: Record<Locale, string> = old
      ? { ...old.names, ...given }
      : {
          en: given.en ?? symbol,
          'zh-Hant-HK': hant ?? hans ?? given.en ?? symbol,
          'zh-Hans-CN': hans ?? hant ?? given.en ?? symbol,
        };
    const currency = cleanText(v.currency, LIMITS.currency) ?? old?.currency;
    const exchange = cleanMarket(v.exchange) ?? old?.exchange;
    const entry: Instrument = {
      symbol: old?.symbol ?? (key.endsWith('.HK') ? key : symbol),
      names,
      precision: isPrecision(v.precision) ? v.precision : (old?.precision ?? 2),
      kind: isKind(v.kind) ? v.kind : (old?.kind ?? guessKind(key)),
      ...(currency ? { currency } : {}),
      ...(exchange ? { exchange } : {}),
    };
    catalogue.set(key, freeze(entry));
  }
}

/** Every entry, in catalogue order (built-in first, then a site's additions). A copy of the list. */
export function listInstruments(): Instrument[] {
  return [...catalogue.values()];
}
