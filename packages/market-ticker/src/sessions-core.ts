/**
 * Exchange trading sessions: for a market (MIC code) and an instant, the market's state and its
 * next transition, computed on the exchange's own wall clock with `Intl.DateTimeFormat`.
 * No DOM: usable in Node, workers and SSR. A market's holidays count once its calendar is here
 * (`loadCalendar` in holidays-core.ts); the public `sessions.js` has every calendar at import.
 *
 * Choices worth knowing:
 * - Closing auctions (HKEX 16:00-16:10, LSE 16:30-16:35, SZSE/SSE 14:57-15:00) count as `open`:
 *   orders still match, so "open" is what a reader expects; the close transition is at the end of
 *   the auction.
 * - Opening auctions and pre-opening sessions (HKEX 09:00-09:30, SSE/SZSE 09:15-09:30, LSE
 *   07:50-08:00) are `pre-open`, including SSE/SZSE 09:25-09:30 when orders are accepted but not
 *   matched.
 * - NYSE and Nasdaq are `pre-open` from 04:00 New York time, the start of extended-hours trading
 *   that portals show as "pre-market". After-hours trading (16:00-20:00) counts as `closed`.
 * - A `closed` market's `next` transition is the start of the pre-open session; `nextOpen` is the
 *   start of continuous trading, which is what "opens in 9 hours" measures.
 */
import { closureOn } from './holidays-core.js';
import type { Locale } from './locales.js';
import { normalizeMic } from './values.js';

/** What a market is doing at an instant. */
export type MarketState = 'pre-open' | 'open' | 'break' | 'closed';

/**
 * What happens at a transition: pre-opening starts, continuous trading (re)opens, the lunch break
 * starts, or the market closes.
 */
export type TransitionKind = 'pre-open' | 'open' | 'break' | 'close';

/** A change of state at an instant. */
export interface MarketTransition {
  at: Date;
  kind: TransitionKind;
  /** The state the market enters. */
  state: MarketState;
}

/** A market's state at an instant, and what comes next. */
export interface MarketSnapshot {
  /** The MIC code, upper-cased. */
  market: string;
  state: MarketState;
  /** The next change of state; absent for unknown markets or with no trading day within 14 days. */
  next?: MarketTransition;
  /** The next start of continuous trading (after a pre-open, a lunch break or a closed period). */
  nextOpen?: Date;
  /** The exchange's IANA time zone (`UTC` for an unknown market). */
  timeZone: string;
  /** Today (exchange-local) is a half day: trading ends early. */
  halfDay?: boolean;
  /** Today (exchange-local) is a holiday of the exchange's calendar (closed all day). */
  holiday?: boolean;
  /** While on a break or heading for one: a lunch break, or a futures market's daily break. */
  breakKind?: BreakKind;
}

/** A market's time zone and display names for the banner, per interface locale. */
export interface MarketInfo {
  mic: string;
  timeZone: string;
  names: Record<Locale, string>;
}

/**
 * One change of state at a wall-clock minute of a trading day. Minutes may be negative: a futures
 * trade date starts the evening before (CME Globex: 17:00 Chicago time, minute -420).
 */
type Step = readonly [minuteOfDay: number, state: MarketState];

interface Exchange {
  readonly timeZone: string;
  readonly names: Readonly<Record<Locale, string>>;
  /** A regular trading day, ending with `closed`. */
  readonly regular: readonly Step[];
  /**
   * A half day (listed in the calendars), ending with `closed`; a half day's own `close` time cuts `regular` instead.
   */
  readonly halfDay: readonly Step[];
  /** Trading days' steps by weekday (0 = Sunday) where they differ from `regular`. */
  readonly week?: Readonly<Partial<Record<number, readonly Step[]>>>;
  /** Weekdays with a session (default Monday to Friday). */
  readonly tradingDays?: readonly number[];
  /** Earlier regular days: `regular` applies from the day after `until` (YYYY-MM-DD). */
  readonly before?: { readonly until: string; readonly regular: readonly Step[] };
  /**
   * Sessions follow one another with a pause of at most an hour (CME Globex 16:00-17:00 CT):
   * that pause is a `break`, the daily maintenance break rather than a lunch.
   */
  readonly dailyBreak?: boolean;
  /** Trades every minute of every day (crypto assets). */
  readonly aroundTheClock?: boolean;
}

/** Why a market pauses: lunch (Asian stock markets) or the futures markets' daily break. */
export type BreakKind = 'lunch' | 'daily';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Long enough for the longest closure seen (Spring Festival, 9 days with both weekends). */
const SCAN_DAYS = 14;
/** Looking back a week finds the step a market is in, even a currency week that opened on Sunday. */
const LOOKBACK_DAYS = 7;
const WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];

const hm = (hours: number, minutes: number): number => hours * 60 + minutes;

const HONG_KONG_DAY: readonly Step[] = [
  [hm(9, 0), 'pre-open'],
  [hm(9, 30), 'open'],
  [hm(12, 0), 'break'],
  [hm(13, 0), 'open'],
  [hm(16, 10), 'closed'],
];

const MAINLAND_DAY: readonly Step[] = [
  [hm(9, 15), 'pre-open'],
  [hm(9, 30), 'open'],
  [hm(11, 30), 'break'],
  [hm(13, 0), 'open'],
  [hm(15, 0), 'closed'],
];

/** SSE and SZSE have no half days; a site adding one at run time gets the morning session. */
const MAINLAND_MORNING: readonly Step[] = [
  [hm(9, 15), 'pre-open'],
  [hm(9, 30), 'open'],
  [hm(11, 30), 'closed'],
];

const US_DAY: readonly Step[] = [
  [hm(4, 0), 'pre-open'],
  [hm(9, 30), 'open'],
  [hm(16, 0), 'closed'],
];

/** Early close at 13:00 (day after Thanksgiving, Christmas Eve, July 3). */
const US_HALF_DAY: readonly Step[] = [
  [hm(4, 0), 'pre-open'],
  [hm(9, 30), 'open'],
  [hm(13, 0), 'closed'],
];

const LONDON_DAY: readonly Step[] = [
  [hm(7, 50), 'pre-open'],
  [hm(8, 0), 'open'],
  [hm(16, 35), 'closed'],
];

/**
 * TSE: pre-opening order entry from 08:00, morning session to 11:30, afternoon from 12:30, closing
 * auction at 15:30 (15:00 until 4 November 2024: arrowhead 4.0 extended the day from the 5th).
 */
const TOKYO_DAY: readonly Step[] = [
  [hm(8, 0), 'pre-open'],
  [hm(9, 0), 'open'],
  [hm(11, 30), 'break'],
  [hm(12, 30), 'open'],
  [hm(15, 30), 'closed'],
];

/** A stock market with one session: pre-open, open, close (the closing auction counts as open). */
const day = (preOpen: number, open: number, close: number): readonly Step[] => [
  [preOpen, 'pre-open'],
  [open, 'open'],
  [close, 'closed'],
];

/** CME Globex and Cboe Futures: a trade date runs from 17:00 Chicago time the evening before to 16:00. */
const FUTURES_DAY: readonly Step[] = [
  [hm(-7, 0), 'open'],
  [hm(16, 0), 'closed'],
];

/** On US holidays the session halts at 12:00 CT; the next trade date still starts at 17:00. */
const FUTURES_HALF_DAY: readonly Step[] = [
  [hm(-7, 0), 'open'],
  [hm(12, 0), 'closed'],
];

const names = (en: string, hant: string, hans: string) => ({ en, 'zh-Hant-HK': hant, 'zh-Hans-CN': hans });

const futures = (name: Readonly<Record<Locale, string>>): Exchange => ({
  timeZone: 'America/Chicago',
  names: name,
  regular: FUTURES_DAY,
  halfDay: FUTURES_HALF_DAY,
  dailyBreak: true,
});

const EXCHANGES: Readonly<Record<string, Exchange>> = {
  XHKG: {
    timeZone: 'Asia/Hong_Kong',
    names: names('Hong Kong market', '香港股市', '香港股市'),
    regular: HONG_KONG_DAY,
    // Morning only; the closing auction moves to 12:00-12:10.
    halfDay: [
      [hm(9, 0), 'pre-open'],
      [hm(9, 30), 'open'],
      [hm(12, 10), 'closed'],
    ],
  },
  XSHG: {
    timeZone: 'Asia/Shanghai',
    names: names('Shanghai market', '上海股市', '上海股市'),
    regular: MAINLAND_DAY,
    halfDay: MAINLAND_MORNING,
  },
  XSHE: {
    timeZone: 'Asia/Shanghai',
    names: names('Shenzhen market', '深圳股市', '深圳股市'),
    regular: MAINLAND_DAY,
    halfDay: MAINLAND_MORNING,
  },
  XNYS: {
    timeZone: 'America/New_York',
    names: names('NYSE', '紐約證交所', '纽约证交所'),
    regular: US_DAY,
    halfDay: US_HALF_DAY,
  },
  XNAS: {
    timeZone: 'America/New_York',
    names: names('Nasdaq', '納斯達克', '纳斯达克'),
    regular: US_DAY,
    halfDay: US_HALF_DAY,
  },
  XLON: {
    timeZone: 'Europe/London',
    names: names('London market', '倫敦股市', '伦敦股市'),
    regular: LONDON_DAY,
    // Continuous trading to 12:30, then the closing auction to 12:35.
    halfDay: [
      [hm(7, 50), 'pre-open'],
      [hm(8, 0), 'open'],
      [hm(12, 35), 'closed'],
    ],
  },
  XTKS: {
    timeZone: 'Asia/Tokyo',
    names: names('Tokyo market', '東京股市', '东京股市'),
    regular: TOKYO_DAY,
    before: { until: '2024-11-04', regular: [...TOKYO_DAY.slice(0, 4), [hm(15, 0), 'closed']] },
    // TSE has no half days; a site adding one at run time gets the morning session.
    halfDay: [
      [hm(8, 0), 'pre-open'],
      [hm(9, 0), 'open'],
      [hm(11, 30), 'closed'],
    ],
  },
  XKRX: {
    timeZone: 'Asia/Seoul',
    names: names('Seoul market', '首爾股市', '首尔股市'),
    // Opening auction 08:30-09:00; closing auction 15:20-15:30.
    regular: day(hm(8, 30), hm(9, 0), hm(15, 30)),
    halfDay: day(hm(8, 30), hm(9, 0), hm(12, 0)),
  },
  XTAI: {
    timeZone: 'Asia/Taipei',
    names: names('Taipei market', '台北股市', '台北股市'),
    // Orders from 08:30; closing call auction 13:25-13:30.
    regular: day(hm(8, 30), hm(9, 0), hm(13, 30)),
    halfDay: day(hm(8, 30), hm(9, 0), hm(12, 0)),
  },
  XASX: {
    timeZone: 'Australia/Sydney',
    names: names('Sydney market', '悉尼股市', '悉尼股市'),
    // Pre-open from 07:00, staggered open from 10:00, closing single price auction at 16:10
    // (14:10 on the last business days before Christmas and of the year).
    regular: day(hm(7, 0), hm(10, 0), hm(16, 10)),
    halfDay: day(hm(7, 0), hm(10, 0), hm(14, 10)),
  },
  XSES: {
    timeZone: 'Asia/Singapore',
    names: names('Singapore market', '新加坡股市', '新加坡股市'),
    // Pre-open 08:30-09:00; SGX has traded through lunch since August 2011. Closing routine
    // 17:00-17:06 (12:00-12:06 on the eves of Chinese New Year, Christmas and New Year).
    regular: day(hm(8, 30), hm(9, 0), hm(17, 6)),
    halfDay: day(hm(8, 30), hm(9, 0), hm(12, 6)),
  },
  XBOM: {
    timeZone: 'Asia/Kolkata',
    names: names('Mumbai market (BSE)', '孟買證交所', '孟买证交所'),
    // Pre-open call auction 09:00-09:15.
    regular: day(hm(9, 0), hm(9, 15), hm(15, 30)),
    halfDay: day(hm(9, 0), hm(9, 15), hm(12, 0)),
  },
  XNSE: {
    timeZone: 'Asia/Kolkata',
    names: names('India NSE', '印度國家證交所', '印度国家证交所'),
    regular: day(hm(9, 0), hm(9, 15), hm(15, 30)),
    halfDay: day(hm(9, 0), hm(9, 15), hm(12, 0)),
  },
  XETR: {
    timeZone: 'Europe/Berlin',
    names: names('Frankfurt market', '法蘭克福股市', '法兰克福股市'),
    // Opening auction from 08:50, continuous trading 09:00-17:30, closing auction to 17:35; on the
    // last trading day of the year continuous trading ends at 14:00 and the auction at 14:05.
    regular: day(hm(8, 50), hm(9, 0), hm(17, 35)),
    halfDay: day(hm(8, 50), hm(9, 0), hm(14, 5)),
  },
  XPAR: {
    timeZone: 'Europe/Paris',
    names: names('Paris market', '巴黎股市', '巴黎股市'),
    // Pre-opening from 07:15, closing auction 17:30-17:35 (14:00-14:05 on 24 and 31 December).
    regular: day(hm(7, 15), hm(9, 0), hm(17, 35)),
    halfDay: day(hm(7, 15), hm(9, 0), hm(14, 5)),
  },
  XTSE: {
    timeZone: 'America/Toronto',
    names: names('Toronto market', '多倫多股市', '多伦多股市'),
    // Pre-open from 07:00; early close at 13:00 on Christmas Eve.
    regular: day(hm(7, 0), hm(9, 30), hm(16, 0)),
    halfDay: day(hm(7, 0), hm(9, 30), hm(13, 0)),
  },
  XNYM: futures(names('NYMEX', '紐約商品交易所', '纽约商品交易所')),
  XCEC: futures(names('COMEX', '紐約金屬交易所', '纽约金属交易所')),
  XCBF: futures(names('Cboe Futures', '芝加哥期權交易所期貨', '芝加哥期权交易所期货')),
  '24/7': {
    timeZone: 'UTC',
    names: names('Crypto market', '加密貨幣市場', '加密货币市场'),
    regular: [],
    halfDay: [],
    aroundTheClock: true,
  },
  // Currencies trade from Sunday 17:00 to Friday 17:00 New York time, holidays included.
  '24/5': {
    timeZone: 'America/New_York',
    names: names('Currency market', '外匯市場', '外汇市场'),
    regular: [],
    halfDay: [],
    week: { 1: [[hm(-7, 0), 'open']], 5: [[hm(17, 0), 'closed']] },
  },
};

/** Markets whose data has no holidays: currencies trade through them. */
const WITHOUT_CALENDAR = new Set(['24/7', '24/5']);

const KIND_FOR_STATE: Readonly<Record<MarketState, TransitionKind>> = {
  'pre-open': 'pre-open',
  open: 'open',
  break: 'break',
  closed: 'close',
};

/** Formatting is the costly part of Intl, and the clock asks every minute: one per zone. */
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The zone's wall-clock reading at an instant, expressed as if that reading were UTC ("local
 * milliseconds"). Day and time-of-day arithmetic on it is then plain UTC arithmetic.
 */
function toLocalMs(epochMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const { type, value } of wallClockFormatter(timeZone).formatToParts(epochMs)) {
    if (type !== 'literal') fields[type] = Number(value);
  }
  const { year, month, day, hour, minute, second } = fields;
  const subSecond = ((epochMs % 1000) + 1000) % 1000;
  // `% 24`: some engines still write midnight as 24 despite h23.
  return Date.UTC(year, month - 1, day, hour % 24, minute, second) + subSecond;
}

/**
 * The instant at which the zone's clock reads `localMs`. Around a daylight-saving change a reading
 * can exist twice (the earlier instant is taken) or not at all (it is moved forward by the length
 * of the gap), as Temporal's `compatible` disambiguation does.
 */
function toEpochMs(localMs: number, timeZone: string): number {
  // Offsets a day either side bracket any single change; no zone changes twice in two days.
  const offsetBefore = toLocalMs(localMs - DAY, timeZone) - (localMs - DAY);
  const offsetAfter = toLocalMs(localMs + DAY, timeZone) - (localMs + DAY);
  const candidates = [localMs - offsetBefore, localMs - offsetAfter]
    .filter((epochMs) => toLocalMs(epochMs, timeZone) === localMs)
    .sort((a, b) => a - b);
  return candidates[0] ?? localMs - offsetBefore;
}

function isoDate(localDayStart: number): string {
  return new Date(localDayStart).toISOString().slice(0, 10);
}

function parseTime(time: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? hm(Number(match[1]), Number(match[2])) : undefined;
}

/**
 * A special session's steps: pre-opening as long before `open` as on a regular day, then one
 * continuous session to `close` (no lunch break).
 */
function specialSteps(exchange: Exchange, open: number, close: number): readonly Step[] {
  const [first] = exchange.regular;
  const regularOpen = exchange.regular.find(([, state]) => state === 'open');
  const lead = first?.[1] === 'pre-open' && regularOpen ? regularOpen[0] - first[0] : 0;
  return [...(lead > 0 ? [[open - lead, 'pre-open'] as const] : []), [open, 'open'], [close, 'closed']];
}

/**
 * The trading day's steps: none on weekends and closures, the short list on half days, a session
 * of its own on a special day (even a weekend).
 */
function stepsOn(mic: string, exchange: Exchange, localDayStart: number): readonly Step[] {
  const weekday = new Date(localDayStart).getUTCDay();
  const date = isoDate(localDayStart);
  const closure = WITHOUT_CALENDAR.has(mic) ? undefined : closureOn(mic, date);
  if (closure?.kind === 'special') {
    const open = parseTime(closure.open ?? '');
    const close = parseTime(closure.close ?? '');
    if (open !== undefined && close !== undefined && open < close) return specialSteps(exchange, open, close);
  }
  if (!(exchange.tradingDays ?? WEEKDAYS).includes(weekday)) return [];
  if (closure?.kind === 'closed') return [];
  const { before } = exchange;
  const regular = exchange.week?.[weekday] ?? (before && date <= before.until ? before.regular : exchange.regular);
  if (closure?.kind !== 'half-day') return regular;
  const close = closure.close === undefined ? undefined : parseTime(closure.close);
  if (close === undefined) return exchange.halfDay;
  // The half day's own end cuts the regular day short.
  return [...regular.filter(([minute, state]) => minute < close && state !== 'closed'), [close, 'closed']];
}

/**
 * Every step of the trading days from `LOOKBACK_DAYS` before `localMs` to `SCAN_DAYS` after, in
 * order, as local milliseconds. With `dailyBreak`, a close followed by an open within the hour is
 * the daily break.
 */
function* steps(mic: string, exchange: Exchange, localMs: number): Generator<[number, MarketState]> {
  const today = Math.floor(localMs / DAY) * DAY;
  let pending: [number, MarketState] | undefined;
  for (let offset = -LOOKBACK_DAYS; offset <= SCAN_DAYS; offset++) {
    const dayStart = today + offset * DAY;
    for (const [minute, state] of stepsOn(mic, exchange, dayStart)) {
      const step: [number, MarketState] = [dayStart + minute * MINUTE, state];
      if (pending) {
        const [at, pendingState] = pending;
        const isDailyBreak =
          exchange.dailyBreak && pendingState === 'closed' && state === 'open' && step[0] - at <= 60 * MINUTE;
        yield isDailyBreak ? [at, 'break'] : pending;
      }
      pending = step;
    }
  }
  if (pending) yield pending;
}
/** Whether the library knows the sessions of a market (case-insensitive MIC code). */
export function isKnownMarket(mic: string): boolean {
  return Object.hasOwn(EXCHANGES, normalizeMic(mic));
}

/**
 * The market codes the library knows: MIC codes (XHKG, XTKS, XNYM, …) and `24/7` (crypto assets)
 * and `24/5` (currencies).
 */
export function knownMarkets(): string[] {
  return Object.keys(EXCHANGES);
}

/** A market's time zone and banner names, or `undefined` for an unknown MIC. */
export function marketInfo(mic: string): MarketInfo | undefined {
  const code = normalizeMic(mic);
  const exchange = isKnownMarket(code) ? EXCHANGES[code] : undefined;
  return exchange && { mic: code, timeZone: exchange.timeZone, names: { ...exchange.names } };
}

/**
 * The market's state at an instant (default: now), its next transition and the next start of
 * continuous trading. Never throws: an unknown MIC or an invalid instant gives `closed` with no
 * `next`.
 */
export function marketState(mic: string, at: Date | number = Date.now()): MarketSnapshot {
  const market = normalizeMic(mic);
  const exchange = isKnownMarket(market) ? EXCHANGES[market] : undefined;
  if (!exchange) return { market, state: 'closed', timeZone: 'UTC' };
  const { timeZone } = exchange;
  const epochMs = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(epochMs)) return { market, state: 'closed', timeZone };
  if (exchange.aroundTheClock) return { market, state: 'open', timeZone };

  const localMs = toLocalMs(epochMs, timeZone);
  const snapshot: MarketSnapshot = { market, state: 'closed', timeZone };
  let state: MarketState = 'closed';
  for (const [stepMs, stepState] of steps(market, exchange, localMs)) {
    if (stepMs <= localMs) {
      snapshot.state = state = stepState;
      continue;
    }
    // A trading day that starts in the state the last one ended in (a futures week) changes nothing.
    if (stepState === state) continue;
    state = stepState;
    const stepAt = new Date(toEpochMs(stepMs, timeZone));
    snapshot.next ??= { at: stepAt, kind: KIND_FOR_STATE[stepState], state: stepState };
    if (stepState === 'open') {
      snapshot.nextOpen = new Date(stepAt);
      break;
    }
  }
  const today = isoDate(Math.floor(localMs / DAY) * DAY);
  const closure = WITHOUT_CALENDAR.has(market) ? undefined : closureOn(market, today)?.kind;
  if (closure === 'half-day') snapshot.halfDay = true;
  if (closure === 'closed') snapshot.holiday = true;
  if (snapshot.state === 'break' || snapshot.next?.state === 'break')
    snapshot.breakKind = exchange.dailyBreak ? 'daily' : 'lunch';
  return snapshot;
}
