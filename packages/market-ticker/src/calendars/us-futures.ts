import type { CalendarYear } from './types.js';

// CME Globex (NYMEX, COMEX) and Cboe Futures: listed by trade date. A trade date's session starts
// at 17:00 Chicago time the evening before. Closed trade dates have no session at all; on US
// holidays the session halts early (12:00 CT) and the next trade date starts at 17:00 as usual;
// the day after Thanksgiving and Christmas Eve close at 12:45 CT.
export const US_FUTURES: readonly CalendarYear[] = [
  {
    year: 2024,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '03-29'],
      ['Christmas Day', '12-25'],
    ],
    halfDays: [
      ['Martin Luther King Jr. Day', '01-15'],
      ["Presidents' Day", '02-19'],
      ['Memorial Day', '05-27'],
      ['Juneteenth', '06-19'],
      ['Independence Day', '07-04'],
      ['Labor Day', '09-02'],
      ['Thanksgiving Day', '11-28'],
      ['Day after Thanksgiving', '11-29@12:45'],
      ['Christmas Eve', '12-24@12:45'],
    ],
  },
  {
    year: 2025,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '04-18'],
      ['Christmas Day', '12-25'],
    ],
    halfDays: [
      ['Martin Luther King Jr. Day', '01-20'],
      ["Presidents' Day", '02-17'],
      ['Memorial Day', '05-26'],
      ['Juneteenth', '06-19'],
      ['Independence Day', '07-04'],
      ['Labor Day', '09-01'],
      ['Thanksgiving Day', '11-27'],
      ['Day after Thanksgiving', '11-28@12:45'],
      ['Christmas Eve', '12-24@12:45'],
    ],
  },
  {
    year: 2026,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '04-03'],
      ['Christmas Day', '12-25'],
    ],
    halfDays: [
      ['Martin Luther King Jr. Day', '01-19'],
      ["Presidents' Day", '02-16'],
      ['Memorial Day', '05-25'],
      ['Juneteenth', '06-19'],
      ['Independence Day (observed)', '07-03'],
      ['Labor Day', '09-07'],
      ['Thanksgiving Day', '11-26'],
      ['Day after Thanksgiving', '11-27@12:45'],
      ['Christmas Eve', '12-24@12:45'],
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
    halfDays: [
      ['Martin Luther King Jr. Day', '01-18'],
      ["Presidents' Day", '02-15'],
      ['Memorial Day', '05-31'],
      ['Juneteenth (observed)', '06-18'],
      ['Independence Day (observed)', '07-05'],
      ['Labor Day', '09-06'],
      ['Thanksgiving Day', '11-25'],
      ['Day after Thanksgiving', '11-26@12:45'],
    ],
  },
];
