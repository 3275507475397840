import type { CalendarYear, Days } from './types.js';

// CME Globex (NYMEX, COMEX) and Cboe Futures (CFE), listed by trade date. A trade date's session
// starts at 17:00 Chicago time the evening before. Closed trade dates have no session at all. On
// the other US holidays the session halts early and the next trade date starts at 17:00 as usual:
// CME's usual holiday halt is 12:00 CT, CFE's (VX futures) 10:30 CT. The day after Thanksgiving
// and Christmas Eve close early: CME at 12:45 CT, CFE at 12:15 CT.
interface FuturesYear {
  readonly year: number;
  readonly provisional?: boolean;
  readonly closed: readonly Days[];
  /** US holidays with an early halt; the next trade date opens at 17:00. */
  readonly holidays: readonly Days[];
  /** Trade dates that close early and are followed by a closed day or a weekend. */
  readonly earlyCloses: readonly Days[];
}

const YEARS: readonly FuturesYear[] = [
  {
    year: 2024,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '03-29'],
      ['Christmas Day', '12-25'],
    ],
    holidays: [
      ['Martin Luther King Jr. Day', '01-15'],
      ["Presidents' Day", '02-19'],
      ['Memorial Day', '05-27'],
      ['Juneteenth', '06-19'],
      ['Independence Day', '07-04'],
      ['Labor Day', '09-02'],
      ['Thanksgiving Day', '11-28'],
    ],
    earlyCloses: [
      ['Day after Thanksgiving', '11-29'],
      ['Christmas Eve', '12-24'],
    ],
  },
  {
    year: 2025,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '04-18'],
      ['Christmas Day', '12-25'],
    ],
    holidays: [
      ['Martin Luther King Jr. Day', '01-20'],
      ["Presidents' Day", '02-17'],
      ['Memorial Day', '05-26'],
      ['Juneteenth', '06-19'],
      ['Independence Day', '07-04'],
      ['Labor Day', '09-01'],
      ['Thanksgiving Day', '11-27'],
    ],
    earlyCloses: [
      ['Day after Thanksgiving', '11-28'],
      ['Christmas Eve', '12-24'],
    ],
  },
  {
    year: 2026,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '04-03'],
      ['Christmas Day', '12-25'],
    ],
    holidays: [
      ['Martin Luther King Jr. Day', '01-19'],
      ["Presidents' Day", '02-16'],
      ['Memorial Day', '05-25'],
      ['Juneteenth', '06-19'],
      ['Independence Day (observed)', '07-03'],
      ['Labor Day', '09-07'],
      ['Thanksgiving Day', '11-26'],
    ],
    earlyCloses: [
      ['Day after Thanksgiving', '11-27'],
      ['Christmas Eve', '12-24'],
    ],
  },
  {
    year: 2027,
    provisional: true,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '03-26'],
      ['Christmas Day (observed)', '12-24'],
    ],
    holidays: [
      ['Martin Luther King Jr. Day', '01-18'],
      ["Presidents' Day", '02-15'],
      ['Memorial Day', '05-31'],
      ['Juneteenth (observed)', '06-18'],
      ['Independence Day (observed)', '07-05'],
      ['Labor Day', '09-06'],
      ['Thanksgiving Day', '11-25'],
    ],
    earlyCloses: [['Day after Thanksgiving', '11-26']],
  },
];

const at = ([note, ...monthDays]: Days, time: string | undefined): Days =>
  time ? [note, ...monthDays.map((monthDay) => `${monthDay}@${time}`)] : [note, ...monthDays];

/** The shared years with one exchange's halt and early-close times (`undefined`: the market's own half day). */
const calendar = (holidayHalt: string | undefined, earlyClose: string): readonly CalendarYear[] =>
  YEARS.map(({ year, provisional, closed, holidays, earlyCloses }) => ({
    year,
    ...(provisional ? { provisional } : {}),
    closed,
    halfDays: [...holidays.map((days) => at(days, holidayHalt)), ...earlyCloses.map((days) => at(days, earlyClose))],
  }));

/** CME Globex (XNYM, XCEC): holidays halt at 12:00 CT (the futures half day), early closes at 12:45 CT. */
export const US_FUTURES: readonly CalendarYear[] = calendar(undefined, '12:45');

/** Cboe Futures Exchange (XCBF): holidays halt at 10:30 CT, early closes at 12:15 CT. */
export const CBOE_FUTURES: readonly CalendarYear[] = calendar('10:30', '12:15');
