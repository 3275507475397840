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
];

describe('marketState: calendars as checked against the exchanges', () => {
  checkRows(TABLE);
});
