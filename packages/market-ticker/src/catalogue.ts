/**
 * The instrument catalogue's core: symbols, English names, decimal places and markets, by
 * Yahoo-style symbol, with each Chinese locale's names added when that locale's data arrives
 * (`src/names/`, loaded with the locale's messages). No DOM: usable in Node, workers and SSR.
 *
 * The elements import this module, so a page in English never downloads a Chinese name. The public
 * `market-ticker/instruments.js` adds every locale's names at import, for code that needs them all
 * synchronously. Until a locale's names have arrived, its entries carry the English name: an
 * element shows English words and names together until the locale's data is in, then both at once.
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

/** `[symbol, English name, precision when it differs from the section's]` */
type Row = readonly [symbol: string, en: string, precision?: number];

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

// Each section starts with the reference page's symbols. The Chinese names are in src/names/, keyed
// by these symbols.
const SECTIONS: readonly Section[] = [
  {
    kind: 'index',
    exchange: (symbol) => INDEX_MARKETS[symbol] ?? mainlandMarket(symbol),
    precision: 2,
    rows: [
      ['^HSI', 'Hang Seng Index'],
      ['^HSCE', 'Hang Seng China Enterprises Index'],
      ['000001.SS', 'SSE Composite Index'],
      ['^DJI', 'Dow Jones Industrial Average'],
      ['^GSPC', 'S&P 500'],
      ['^IXIC', 'Nasdaq Composite'],
      ['^VIX', 'CBOE Volatility Index'],
      ['^FTSE', 'FTSE 100'],
      // An index of crypto assets, in points like any index.
      ['^CMC200', 'CMC Crypto 200'],

      ['^HSTECH', 'Hang Seng TECH Index'],
      ['000300.SS', 'CSI 300 Index'],
      ['399001.SZ', 'SZSE Component Index'],
      ['399006.SZ', 'ChiNext Index'],
      ['000688.SS', 'STAR 50 Index'],
      ['000016.SS', 'SSE 50 Index'],
      ['000905.SS', 'CSI 500 Index'],
      ['^NDX', 'Nasdaq 100'],
      ['^RUT', 'Russell 2000'],
      ['^SOX', 'PHLX Semiconductor Index'],
      ['DX-Y.NYB', 'US Dollar Index'],
      ['^GSPTSE', 'S&P/TSX Composite'],
      ['^N225', 'Nikkei 225'],
      ['^TWII', 'TAIEX'],
      ['^KS11', 'KOSPI'],
      ['^AXJO', 'S&P/ASX 200'],
      ['^NZ50', 'S&P/NZX 50'],
      ['^STI', 'Straits Times Index'],
      ['^KLSE', 'FTSE Bursa Malaysia KLCI'],
      ['^JKSE', 'Jakarta Composite Index'],
      ['^SET.BK', 'SET Index'],
      ['^BSESN', 'BSE Sensex'],
      ['^NSEI', 'Nifty 50'],
      ['^GDAXI', 'DAX'],
      ['^FCHI', 'CAC 40'],
      ['^STOXX50E', 'Euro Stoxx 50'],
    ],
  },
  {
    // HKD per unit of the named currency; English portals write the pair (Chinese ones the currency).
    kind: 'currency',
    exchange: '24/5',
    precision: 4,
    currency: 'HKD',
    rows: [
      ['HKD=X', 'USD/HKD'],
      ['CNYHKD=X', 'CNY/HKD'],
      ['JPYHKD=X', 'JPY/HKD'],
      ['EURHKD=X', 'EUR/HKD'],

      ['GBPHKD=X', 'GBP/HKD'],
      ['AUDHKD=X', 'AUD/HKD'],
      ['CADHKD=X', 'CAD/HKD'],
      ['CHFHKD=X', 'CHF/HKD'],
      ['SGDHKD=X', 'SGD/HKD'],
      ['NZDHKD=X', 'NZD/HKD'],
      ['TWDHKD=X', 'TWD/HKD'],
      ['THBHKD=X', 'THB/HKD'],
    ],
  },
  {
    // Outside HKD a bare currency name would be ambiguous, so these are named as pairs.
    kind: 'currency',
    exchange: '24/5',
    precision: 4,
    currency: 'CNY',
    rows: [
      ['CNY=X', 'USD/CNY'],
      ['HKDCNY=X', 'HKD/CNY'],
      ['EURCNY=X', 'EUR/CNY'],
      ['JPYCNY=X', 'JPY/CNY'],
      ['GBPCNY=X', 'GBP/CNY'],
      ['AUDCNY=X', 'AUD/CNY'],
    ],
  },
  {
    // Offshore renminbi has its own market code, distinct from onshore CNY.
    kind: 'currency',
    exchange: '24/5',
    precision: 4,
    currency: 'CNH',
    rows: [['CNH=X', 'USD/CNH']],
  },
  {
    kind: 'currency',
    exchange: '24/5',
    precision: 4,
    currency: 'USD',
    rows: [
      ['EURUSD=X', 'EUR/USD'],
      ['GBPUSD=X', 'GBP/USD'],
      ['AUDUSD=X', 'AUD/USD'],
    ],
  },
  {
    kind: 'commodity',
    exchange: (symbol) => (COMEX.has(symbol) ? 'XCEC' : 'XNYM'),
    precision: 2,
    currency: 'USD',
    rows: [
      ['CL=F', 'WTI Crude Oil'],
      ['GC=F', 'Gold'],

      ['BZ=F', 'Brent Crude Oil'],
      ['SI=F', 'Silver'],
      // Copper is quoted per pound and gas per MMBtu: two decimals would hide most moves.
      ['HG=F', 'Copper', 4],
      ['NG=F', 'Natural Gas', 3],
      ['PL=F', 'Platinum'],
      ['PA=F', 'Palladium'],
    ],
  },
  {
    kind: 'crypto',
    exchange: '24/7',
    precision: 2,
    currency: 'USD',
    rows: [
      ['BTC-USD', 'Bitcoin'],

      ['ETH-USD', 'Ethereum'],
      ['SOL-USD', 'Solana'],
      ['BNB-USD', 'BNB'],
      ['LTC-USD', 'Litecoin'],
      // Priced below a dollar or pegged to one: cents alone would hide every move.
      ['XRP-USD', 'XRP', 4],
      ['DOGE-USD', 'Dogecoin', 4],
      ['ADA-USD', 'Cardano', 4],
      ['USDT-USD', 'Tether', 4],
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
      ['0700.HK', 'Tencent'],
      ['9988.HK', 'Alibaba'],
      ['0005.HK', 'HSBC Holdings'],
      ['1299.HK', 'AIA'],
      ['0941.HK', 'China Mobile'],
      ['3690.HK', 'Meituan'],
      ['0388.HK', 'HKEX'],
      ['1810.HK', 'Xiaomi'],
      ['0939.HK', 'China Construction Bank'],
      ['1398.HK', 'ICBC'],
      ['3988.HK', 'Bank of China'],
      ['1288.HK', 'Agricultural Bank of China'],
      ['3968.HK', 'China Merchants Bank'],
      ['2318.HK', 'Ping An Insurance'],
      ['2628.HK', 'China Life'],
      ['0883.HK', 'CNOOC'],
      ['0857.HK', 'PetroChina'],
      ['0386.HK', 'Sinopec'],
      ['1088.HK', 'China Shenhua'],
      ['9618.HK', 'JD.com'],
      ['9999.HK', 'NetEase'],
      ['9888.HK', 'Baidu'],
      ['1024.HK', 'Kuaishou'],
      ['9961.HK', 'Trip.com'],
      ['0981.HK', 'SMIC'],
      ['0992.HK', 'Lenovo'],
      ['1211.HK', 'BYD'],
      ['0175.HK', 'Geely Auto'],
      ['2015.HK', 'Li Auto'],
      ['9868.HK', 'XPeng'],
      ['9866.HK', 'NIO'],
      ['0762.HK', 'China Unicom'],
      ['0728.HK', 'China Telecom'],
      ['0001.HK', 'CK Hutchison'],
      ['1113.HK', 'CK Asset'],
      ['1038.HK', 'CK Infrastructure'],
      ['0016.HK', 'Sun Hung Kai Properties'],
      ['0012.HK', 'Henderson Land'],
      ['0017.HK', 'New World Development'],
      ['0101.HK', 'Hang Lung Properties'],
      ['0688.HK', 'China Overseas Land'],
      ['0823.HK', 'Link REIT'],
      ['0002.HK', 'CLP Holdings'],
      ['0003.HK', 'HK & China Gas'],
      ['0006.HK', 'Power Assets'],
      ['0066.HK', 'MTR Corporation'],
      ['0011.HK', 'Hang Seng Bank'],
      ['2388.HK', 'BOC Hong Kong'],
      ['0027.HK', 'Galaxy Entertainment'],
      ['1928.HK', 'Sands China'],
      ['0669.HK', 'Techtronic Industries'],
      ['2020.HK', 'ANTA Sports'],
      ['2331.HK', 'Li Ning'],
      ['2319.HK', 'China Mengniu Dairy'],
      ['0291.HK', 'China Resources Beer'],
      ['0288.HK', 'WH Group'],
      ['9633.HK', 'Nongfu Spring'],
      ['9992.HK', 'Pop Mart'],
      ['6690.HK', 'Haier Smart Home'],
      ['2269.HK', 'WuXi Biologics'],
      ['1093.HK', 'CSPC Pharmaceutical'],
      ['0241.HK', 'Alibaba Health'],
      ['2899.HK', 'Zijin Mining'],
      ['0267.HK', 'CITIC'],
    ],
  },
  {
    kind: 'stock',
    exchange: mainlandMarket,
    precision: 2,
    currency: 'CNY',
    rows: [
      ['600519.SS', 'Kweichow Moutai'],
      ['300750.SZ', 'CATL'],
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
    for (const [symbol, en, ownPrecision] of rows) {
      const entry: Instrument = {
        symbol,
        names: { en, 'zh-Hant-HK': en, 'zh-Hans-CN': en },
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
/** The built-in entries' keys in row order: a locale's names (src/names/) come in this order. */
const builtInKeys = [...catalogue.keys()];
/** The names a site gave (`defineInstruments`): a locale's built-in names arriving later keep out of their way. */
const siteNames = new Map<string, Partial<Record<Locale, string>>>();

/**
 * @internal One locale's built-in names, one per catalogue row in order, from its module in
 * `src/names/`: the localization module adds them when it loads the locale, `instruments.js` at
 * import. A list of the wrong length is refused whole: names one row off would misname every
 * instrument after the gap, which is worse than English.
 */
export function addBuiltInNames(locale: Locale, names: readonly string[]): boolean {
  if (names.length !== builtInKeys.length) return false;
  builtInKeys.forEach((key, row) => {
    const entry = catalogue.get(key)!;
    if (siteNames.get(key)?.[locale] !== undefined) return;
    catalogue.set(key, freeze({ ...entry, names: { ...entry.names, [locale]: names[row]! } }));
  });
  return true;
}

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

    siteNames.set(key, { ...siteNames.get(key), ...given });
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
