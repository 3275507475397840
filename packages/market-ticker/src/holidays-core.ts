/**
 * Exchange closures and half days, with a run-time extension API: the logic, and each market's
 * data loaded on demand (`loadCalendar`), one module per calendar in `calendars/`. The public
 * `holidays.js` and `sessions.js` load every calendar at once and stay synchronous; the elements
 * load the one market they show. No DOM: usable in Node, workers and SSR.
 *
 * Dates are exchange-local calendar days (`YYYY-MM-DD`). Only weekdays are listed: weekends are
 * closed by rule in `sessions.ts`. Where each year comes from, and which years are provisional,
 * is in `docs/holiday-sources.md`.
 */
import type { CalendarYear, Days } from './calendars/types.js';
import { normalizeMic } from './values.js';

/**
 * A full-day closure, a shortened (morning-only / early-close) trading day, or a special session:
 * a day with one session of its own, from `open` to `close` (a late open, or a short session on a
 * day that is otherwise closed, weekends included).
 */
export type ClosureKind = 'closed' | 'half-day' | 'special';

/** What the calendar says about one exchange-local day that is not a regular trading day. */
export interface Closure {
  kind: ClosureKind;
  /** The holiday or event, in English (e.g. `Lunar New Year`, `Typhoon signal No. 8`). */
  note?: string;
  /** Derived from public-holiday rules because the exchange had not published that year. */
  provisional?: boolean;
  /**
   * For a half day with its own end, the exchange-local time trading ends (`HH:MM`); otherwise
   * the market's usual half-day close applies. For a special session, the time it ends.
   */
  close?: string;
  /**
   * For a special session, the exchange-local time continuous trading starts (`HH:MM`); its
   * pre-opening starts as long before as on a regular day.
   */
  open?: string;
}

/**
 * One run-time entry for {@link addClosures}. `kind: 'regular'` marks a day as an ordinary trading
 * day, overriding a bundled entry (for instance a provisional closure the exchange did not adopt).
 */
export interface ClosureEntry {
  /** Exchange-local calendar day, `YYYY-MM-DD`. */
  date: string;
  kind: ClosureKind | 'regular';
  note?: string;
  /**
   * For a half day: the exchange-local time trading ends, `HH:MM` (00:00 to 23:59). Required for
   * a special session.
   */
  close?: string;
  /** For a special session (required): the exchange-local time it opens, before `close`. */
  open?: string;
}

/**
 * Which calendar module (in `calendars/`) and which of its exports each MIC follows: exchanges that
 * always close together share one.
 */
const SOURCES: Readonly<Record<string, readonly [file: CalendarFile, name: string]>> = {
  XHKG: ['xhkg', 'HONG_KONG'],
  XSHG: ['mainland', 'MAINLAND'],
  XSHE: ['mainland', 'MAINLAND'],
  XNYS: ['us-equities', 'UNITED_STATES'],
  XNAS: ['us-equities', 'UNITED_STATES'],
  XLON: ['xlon', 'LONDON'],
  XTKS: ['xtks', 'TOKYO'],
  XKRX: ['xkrx', 'SEOUL'],
  XTAI: ['xtai', 'TAIPEI'],
  XASX: ['xasx', 'SYDNEY'],
  XSES: ['xses', 'SINGAPORE'],
  XBOM: ['india', 'INDIA'],
  XNSE: ['india', 'INDIA'],
  XETR: ['europe', 'FRANKFURT'],
  XPAR: ['europe', 'PARIS'],
  XTSE: ['xtse', 'TORONTO'],
  XNYM: ['us-futures', 'US_FUTURES'],
  XCEC: ['us-futures', 'US_FUTURES'],
  XCBF: ['us-futures', 'CBOE_FUTURES'],
};

/** A calendar module's exports: each a calendar, by the name in `SOURCES`. */
export type CalendarModule = Readonly<Record<string, unknown>>;

// Spelled out, one import() per file, so that bundlers make each calendar a chunk of its own.
const IMPORTS = {
  xhkg: () => import('./calendars/xhkg.js'),
  mainland: () => import('./calendars/mainland.js'),
  'us-equities': () => import('./calendars/us-equities.js'),
  xlon: () => import('./calendars/xlon.js'),
  xtks: () => import('./calendars/xtks.js'),
  xkrx: () => import('./calendars/xkrx.js'),
  xtai: () => import('./calendars/xtai.js'),
  xasx: () => import('./calendars/xasx.js'),
  xses: () => import('./calendars/xses.js'),
  india: () => import('./calendars/india.js'),
  europe: () => import('./calendars/europe.js'),
  xtse: () => import('./calendars/xtse.js'),
  'us-futures': () => import('./calendars/us-futures.js'),
} satisfies Record<string, () => Promise<CalendarModule>>;
export type CalendarFile = keyof typeof IMPORTS;

/** The calendars here so far, by MIC. */
const CALENDARS: Record<string, readonly CalendarYear[]> = {};
const loading = new Map<CalendarFile, Promise<void>>();

/** Makes a calendar module's data the bundled calendars of the MICs that follow it. */
export function addCalendarModule(file: CalendarFile, module: CalendarModule): void {
  for (const [mic, [source, name]] of Object.entries(SOURCES)) {
    if (source === file) CALENDARS[mic] = (module[name] as readonly CalendarYear[] | undefined) ?? [];
  }
}

/** Whether the market's bundled calendar is here (or it has none: an unknown market, `24/7`). */
export function calendarReady(mic: string): boolean {
  const code = normalizeMic(mic);
  return !Object.hasOwn(SOURCES, code) || Object.hasOwn(CALENDARS, code);
}

/**
 * Loads the market's bundled calendar, once. Never rejects: a module that fails to load is
 * reported on the console, and its markets go on with weekends only (no holidays).
 */
export function loadCalendar(mic: string): Promise<void> {
  const code = normalizeMic(mic);
  if (calendarReady(code)) return Promise.resolve();
  const [file] = SOURCES[code];
  let load = loading.get(file);
  if (!load) {
    load = IMPORTS[file]().then(
      (module) => addCalendarModule(file, module),
      (error: unknown) => {
        console.error(`market-ticker: the ${code} holiday calendar could not be loaded; weekends only`, error);
        addCalendarModule(file, {});
      },
    );
    loading.set(file, load);
  }
  return load;
}

/** The market's calendar, loading, when it is not here yet; `undefined` when it is. */
export const calendarPending = (mic: string): Promise<void> | undefined =>
  calendarReady(mic) ? undefined : loadCalendar(mic);

/** Every calendar, for a server render (which cannot wait inside a render) and the public modules. */
export const loadAllCalendars = (): Promise<unknown> => import('./calendars/all.js');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Built on first use, per calendar, so importing the module costs nothing. */
const bundledIndex = new Map<readonly CalendarYear[], ReadonlyMap<string, Closure>>();

/**
 * Run-time entries per MIC. `null` records a `'regular'` override, which hides a bundled entry.
 * Kept per MIC rather than per shared calendar so that a site's addition never changes a market
 * it did not name.
 */
const added = new Map<string, Map<string, Closure | null>>();

function indexCalendar(years: readonly CalendarYear[]): ReadonlyMap<string, Closure> {
  const index = new Map<string, Closure>();
  for (const { year, provisional, closed, halfDays = [], special = [] } of years) {
    const add = (kind: ClosureKind, [note, ...monthDays]: Days) => {
      for (const entry of monthDays) {
        const [monthDay, times] = entry.split('@');
        const closure: Closure = { kind, note };
        if (provisional) closure.provisional = true;
        if (kind === 'special') [closure.open, closure.close] = times.split('-');
        else if (times) closure.close = times;
        index.set(`${year}-${monthDay}`, closure);
      }
    };
    closed.forEach((days) => add('closed', days));
    halfDays.forEach((days) => add('half-day', days));
    special.forEach((days) => add('special', days));
  }
  return index;
}

function bundledFor(mic: string): ReadonlyMap<string, Closure> | undefined {
  const years = CALENDARS[mic];
  if (!years) return undefined;
  let index = bundledIndex.get(years);
  if (!index) {
    index = indexCalendar(years);
    bundledIndex.set(years, index);
  }
  return index;
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** An entry as the error names it: `XHKG 2024-02-30 (closed, "Typhoon")`. */
function describe(mic: string, entry: unknown): string {
  if (typeof entry !== 'object' || entry === null) return `${mic} ${JSON.stringify(entry)}`;
  const { date, kind, note } = entry as Record<string, unknown>;
  const details = [String(kind), ...(typeof note === 'string' ? [JSON.stringify(note)] : [])].join(', ');
  return `${mic} ${JSON.stringify(date)} (${details})`;
}

function assertTime(mic: string, entry: ClosureEntry, field: 'open' | 'close', time: unknown): void {
  if (typeof time !== 'string' || !TIME_OF_DAY.test(time)) {
    throw new RangeError(
      `addClosures: ${describe(mic, entry)}: ${field} must be a time of day from 00:00 to 23:59, got ${JSON.stringify(time)}`,
    );
  }
}

function assertEntry(mic: string, entry: ClosureEntry): void {
  const { date, kind, close, open } = (entry ?? {}) as Partial<ClosureEntry>;
  // Date parsing rolls 2025-02-30 over to March; a round trip rejects it.
  const parsed = typeof date === 'string' && ISO_DATE.test(date) ? new Date(`${date}T00:00:00Z`) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new RangeError(
      `addClosures: ${describe(mic, entry)}: expected an exchange-local date as YYYY-MM-DD, got ${JSON.stringify(date)}`,
    );
  }
  if (kind !== 'closed' && kind !== 'half-day' && kind !== 'special' && kind !== 'regular') {
    throw new RangeError(
      `addClosures: ${describe(mic, entry)}: kind must be "closed", "half-day", "special" or "regular"`,
    );
  }
  if (kind === 'special') {
    assertTime(mic, entry, 'open', open);
    assertTime(mic, entry, 'close', close);
    if (open! >= close!) {
      throw new RangeError(`addClosures: ${describe(mic, entry)}: open must be before close, got ${open}-${close}`);
    }
    return;
  }
  if (open !== undefined) {
    throw new RangeError(`addClosures: ${describe(mic, entry)}: only a special session has an open time`);
  }
  if (close === undefined) return;
  if (kind !== 'half-day') {
    throw new RangeError(`addClosures: ${describe(mic, entry)}: only a half day or a special session has a close time`);
  }
  assertTime(mic, entry, 'close', close);
}

/**
 * Adds or replaces closures for one market at run time: typhoon or rainstorm closures, special
 * sessions announced shortly before (`{ kind: 'special', open: '18:00', close: '19:00' }`), or
 * years published after this release. Entries apply to the named MIC only (add XSHG and XSHE
 * separately). Later calls win over earlier ones and over the bundled data.
 * @throws RangeError naming the entry when a date is not a real `YYYY-MM-DD` day, the kind is
 * unknown, a half day's `close` or a special session's `open` and `close` are not times of day
 * (`HH:MM`, 00:00 to 23:59), or a special session does not open before it closes. Nothing is
 * added when any entry is refused.
 */
export function addClosures(mic: string, entries: readonly ClosureEntry[]): void {
  const code = normalizeMic(mic);
  entries.forEach((entry) => assertEntry(code, entry));
  let days = added.get(code);
  if (!days) {
    days = new Map();
    added.set(code, days);
  }
  for (const { date, kind, note, close, open } of entries) {
    if (kind === 'regular') {
      days.set(date, null);
      continue;
    }
    const closure: Closure = { kind };
    if (note !== undefined) closure.note = note;
    if (open !== undefined) closure.open = open;
    if (close !== undefined) closure.close = close;
    days.set(date, closure);
  }
}

/**
 * Removes run-time entries added with {@link addClosures}: the given dates, or all of the
 * market's entries when `dates` is omitted. Bundled data is never removed (override it with
 * `kind: 'regular'` instead).
 */
export function removeClosures(mic: string, dates?: readonly string[]): void {
  const code = normalizeMic(mic);
  if (!dates) {
    added.delete(code);
    return;
  }
  const days = added.get(code);
  dates.forEach((date) => days?.delete(date));
}

/**
 * The closure, half day or special session on an exchange-local date (`YYYY-MM-DD`), or
 * `undefined` for an ordinary day. Weekends are not listed here (they are closed by rule), except
 * for a special session held on one.
 */
export function closureOn(mic: string, isoDate: string): Closure | undefined {
  const code = normalizeMic(mic);
  const override = added.get(code)?.get(isoDate);
  if (override !== undefined) return override ?? undefined;
  return bundledFor(code)?.get(isoDate);
}

/**
 * The years the bundled data covers for a market, and which of them are provisional. Weekdays in
 * other years are treated as trading days unless added at run time.
 */
export function closureYears(mic: string): Array<{ year: number; provisional: boolean }> {
  return (CALENDARS[normalizeMic(mic)] ?? []).map(({ year, provisional }) => ({
    year,
    provisional: provisional === true,
  }));
}
