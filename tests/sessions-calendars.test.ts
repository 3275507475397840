import { checkRows, type Row } from './session-rows.js';

/**
 * The calendar data as corrected when each market-year was checked against a published calendar
 * (docs/holiday-sources.md). One row per changed date: [market, instant (UTC), state, next
 * transition kind, next transition (UTC), next start of continuous trading (UTC), what the row
 * checks (local times)].
 */
const TABLE: Row[] = [
  // XNSE / XBOM 2026: closed on 15 January for the Maharashtra municipal elections (NSE circular of
  // 12 January 2026, revising the settlement-only holiday). India is UTC+5:30.
  [
    'XNSE',
    '2026-01-14T10:01:00Z',
    'closed',
    'pre-open',
    '2026-01-16T03:30:00Z',
    '2026-01-16T03:45:00Z',
    'Wed 14 Jan 2026 15:31: Thursday closed',
  ],
  [
    'XBOM',
    '2026-01-15T05:00:00Z',
    'closed',
    'pre-open',
    '2026-01-16T03:30:00Z',
    '2026-01-16T03:45:00Z',
    '15 Jan 2026 10:30, election holiday',
  ],
  // XETR: the last trading day of the year is shortened, closing auction to 14:05 CET (Deutsche
  // Börse's year-end notices); 31 December and New Year's Day closed.
  [
    'XETR',
    '2024-12-30T13:04:00Z',
    'open',
    'close',
    '2024-12-30T13:05:00Z',
    '2025-01-02T08:00:00Z',
    'Mon 30 Dec 2024 14:04',
  ],
  [
    'XETR',
    '2025-12-30T13:05:00Z',
    'closed',
    'pre-open',
    '2026-01-02T07:50:00Z',
    '2026-01-02T08:00:00Z',
    'Tue 30 Dec 2025 14:05',
  ],
  [
    'XETR',
    '2026-12-30T12:00:00Z',
    'open',
    'close',
    '2026-12-30T13:05:00Z',
    '2027-01-04T08:00:00Z',
    'Wed 30 Dec 2026 13:00',
  ],
  [
    'XETR',
    '2027-12-30T13:04:00Z',
    'open',
    'close',
    '2027-12-30T13:05:00Z',
    '2028-01-03T08:00:00Z',
    'Thu 30 Dec 2027 (provisional)',
  ],

  // XHKG 2024: all sessions of Friday 6 September cancelled under typhoon signal No. 8 (Yagi),
  // HKEX announcement of that day. Hong Kong is UTC+8.
  [
    'XHKG',
    '2024-09-05T08:11:00Z',
    'closed',
    'pre-open',
    '2024-09-09T01:00:00Z',
    '2024-09-09T01:30:00Z',
    'Thu 5 Sep 2024 16:11',
  ],
  // XTAI 2027 (provisional): Labour Day (Saturday 1 May) observed on Friday 30 April, and New
  // Year's Day 2028 (a Saturday) on Friday 31 December, by the rule that moves a Saturday holiday
  // to the Friday before. Taipei is UTC+8.
  [
    'XTAI',
    '2027-04-29T05:31:00Z',
    'closed',
    'pre-open',
    '2027-05-03T00:30:00Z',
    '2027-05-03T01:00:00Z',
    'Thu 29 Apr 2027 13:31',
  ],
  [
    'XTAI',
    '2027-12-30T05:31:00Z',
    'closed',
    'pre-open',
    '2028-01-03T00:30:00Z',
    '2028-01-03T01:00:00Z',
    'Thu 30 Dec 2027 13:31',
  ],
];

describe('marketState: calendars as checked against the exchanges', () => {
  checkRows(TABLE);
});
