import type { CalendarYear } from './types.js';

// NYSE and Nasdaq share the US equity holiday calendar; early closes are at 13:00 New York time.
export const UNITED_STATES: readonly CalendarYear[] = [
  {
    year: 2024,
    closed: [
      ["New Year's Day", '01-01'],
      ['Martin Luther King, Jr. Day', '01-15'],
      ["Washington's Birthday", '02-19'],
      ['Good Friday', '03-29'],
      ['Memorial Day', '05-27'],
      ['Juneteenth', '06-19'],
      ['Independence Day', '07-04'],
      ['Labor Day', '09-02'],
      ['Thanksgiving Day', '11-28'],
      ['Christmas Day', '12-25'],
    ],
    halfDays: [
      ['Day before Independence Day', '07-03'],
      ['Day after Thanksgiving', '11-29'],
      ['Christmas Eve', '12-24'],
    ],
  },
  {
    year: 2025,
    closed: [
      ["New Year's Day", '01-01'],
      ['National Day of Mourning for President Carter', '01-09'],
      ['Martin Luther King, Jr. Day', '01-20'],
      ["Washington's Birthday", '02-17'],
      ['Good Friday', '04-18'],
      ['Memorial Day', '05-26'],
      ['Juneteenth', '06-19'],
      ['Independence Day', '07-04'],
      ['Labor Day', '09-01'],
      ['Thanksgiving Day', '11-27'],
      ['Christmas Day', '12-25'],
    ],
    halfDays: [
      ['Day before Independence Day', '07-03'],
      ['Day after Thanksgiving', '11-28'],
      ['Christmas Eve', '12-24'],
    ],
  },
  {
    year: 2026,
    closed: [
      ["New Year's Day", '01-01'],
      ['Martin Luther King, Jr. Day', '01-19'],
      ["Washington's Birthday", '02-16'],
      ['Good Friday', '04-03'],
      ['Memorial Day', '05-25'],
      ['Juneteenth', '06-19'],
      ['Independence Day (observed)', '07-03'],
      ['Labor Day', '09-07'],
      ['Thanksgiving Day', '11-26'],
      ['Christmas Day', '12-25'],
    ],
    halfDays: [
      ['Day after Thanksgiving', '11-27'],
      ['Christmas Eve', '12-24'],
    ],
  },
  {
    year: 2027,
    closed: [
      ["New Year's Day", '01-01'],
      ['Martin Luther King, Jr. Day', '01-18'],
      ["Washington's Birthday", '02-15'],
      ['Good Friday', '03-26'],
      ['Memorial Day', '05-31'],
      ['Juneteenth (observed)', '06-18'],
      ['Independence Day (observed)', '07-05'],
      ['Labor Day', '09-06'],
      ['Thanksgiving Day', '11-25'],
      ['Christmas Day (observed)', '12-24'],
    ],
    halfDays: [['Day after Thanksgiving', '11-26']],
  },
];
