/**
 * Exchange trading sessions: for a market (MIC code) and an instant, the market's state and its
 * next transition, computed on the exchange's own wall clock with `Intl.DateTimeFormat`.
 * No DOM: usable in Node, workers and SSR.
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
import { closureOn } from './holidays.js';
import type { Locale } from './locales.js';
import { normalizeMic } from './values.js';

// The holiday API is part of this public entry point (`market-ticker/sessions.js`), so a site
// extends the calendars from the same module it reads sessions from.
export {
  addClosures,
  closureOn,
  closureYears,
  removeClosures,
  type Closure,
  type ClosureEntry,
  type ClosureKind,
} from './holidays.js';

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
}

/** A market's time zone and display names for the banner, per interface locale. */
export interface MarketInfo {
  mic: string;
  timeZone: string;
  names: Record<Locale, string>;
}

/** One change of state at a wall-clock minute of the exchange's day. */
type Step = readonly [minuteOfDay: number, state: MarketState];

interface Exchange {
  readonly timeZone: string;
  readonly names: Readonly<Record<Locale, string>>;
  /** A regular day, ending with `closed`. */
  readonly regular: readonly Step[];
  /** A half day (listed in holidays.ts), ending with `closed`. */
  readonly halfDay: readonly Step[];
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Long enough for the longest closure seen (Spring Festival, 9 days with both weekends). */
const SCAN_DAYS = 14;

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

const EXCHANGES: Readonly<Record<string, Exchange>> = {
  XHKG: {
    timeZone: 'Asia/Hong_Kong',
    names: { en: 'Hong Kong market', 'zh-Hant-HK': '香港股市', 'zh-Hans-CN': '香港股市' },
    regular: HONG_KONG_DAY,
    // Morning only; the closing auction moves to 12:00-12:10.
    halfDay: [[hm(9, 0), 'pre-open'], [hm(9, 30), 'open'], [hm(12, 10), 'closed']],
  },
  XSHG: {
    timeZone: 'Asia/Shanghai',
    names: { en: 'Shanghai market', 'zh-Hant-HK': '上海股市', 'zh-Hans-CN': '上海股市' },
    regular: MAINLAND_DAY,
    halfDay: MAINLAND_MORNING,
  },
  XSHE: {
    timeZone: 'Asia/Shanghai',
    names: { en: 'Shenzhen market', 'zh-Hant-HK': '深圳股市', 'zh-Hans-CN': '深圳股市' },
    regular: MAINLAND_DAY,
    halfDay: MAINLAND_MORNING,
  },
  XNYS: {
    timeZone: 'America/New_York',
    names: { en: 'NYSE', 'zh-Hant-HK': '紐約證交所', 'zh-Hans-CN': '纽约证交所' },
    regular: US_DAY,
    halfDay: US_HALF_DAY,
  },
  XNAS: {
    timeZone: 'America/New_York',
    names: { en: 'Nasdaq', 'zh-Hant-HK': '納斯達克', 'zh-Hans-CN': '纳斯达克' },
    regular: US_DAY,
    halfDay: US_HALF_DAY,
  },
  XLON: {
    timeZone: 'Europe/London',
    names: { en: 'London market', 'zh-Hant-HK': '倫敦股市', 'zh-Hans-CN': '伦敦股市' },
    regular: LONDON_DAY,
    // Continuous trading to 12:30, then the closing auction to 12:35.
    halfDay: [[hm(7, 50), 'pre-open'], [hm(8, 0), 'open'], [hm(12, 35), 'closed']],
  },
};

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

/** The day's steps: none on weekends and closures, the short list on half days. */
function stepsOn(mic: string, exchange: Exchange, localDayStart: number): readonly Step[] {
  const weekday = new Date(localDayStart).getUTCDay();
  if (weekday === 0 || weekday === 6) return [];
  const closure = closureOn(mic, isoDate(localDayStart));
  if (closure?.kind === 'closed') return [];
  return closure?.kind === 'half-day' ? exchange.halfDay : exchange.regular;
}

/** Steps strictly after `localMs`, in order, as local milliseconds, up to `SCAN_DAYS` ahead. */
function* stepsAfter(mic: string, exchange: Exchange, localMs: number): Generator<[number, MarketState]> {
  const today = Math.floor(localMs / DAY) * DAY;
  for (let day = 0; day <= SCAN_DAYS; day++) {
    const dayStart = today + day * DAY;
    for (const [minute, state] of stepsOn(mic, exchange, dayStart)) {
      const at = dayStart + minute * MINUTE;
      if (at > localMs) yield [at, state];
    }
  }
}

function stateAt(mic: string, exchange: Exchange, localMs: number): MarketState {
  const dayStart = Math.floor(localMs / DAY) * DAY;
  let state: MarketState = 'closed';
  for (const [minute, stepState] of stepsOn(mic, exchange, dayStart)) {
    if (dayStart + minute * MINUTE <= localMs) state = stepState;
  }
  return state;
}

/** Whether the library knows the sessions of a market (case-insensitive MIC code). */
export function isKnownMarket(mic: string): boolean {
  return Object.hasOwn(EXCHANGES, normalizeMic(mic));
}

/** The MIC codes the library knows: XHKG, XSHG, XSHE, XNYS, XNAS, XLON. */
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

  const localMs = toLocalMs(epochMs, timeZone);
  const snapshot: MarketSnapshot = { market, state: stateAt(market, exchange, localMs), timeZone };
  for (const [stepMs, state] of stepsAfter(market, exchange, localMs)) {
    const stepAt = new Date(toEpochMs(stepMs, timeZone));
    snapshot.next ??= { at: stepAt, kind: KIND_FOR_STATE[state], state };
    if (state === 'open') {
      snapshot.nextOpen = new Date(stepAt);
      break;
    }
  }
  return snapshot;
}
