import type { CalendarYear } from './types.js';

// TSX: closed on Canadian statutory holidays observed in Ontario plus the Civic Holiday (a weekend
// Canada Day, Christmas or Boxing Day moves to the following weekday); trading ends at 13:00 on
// Christmas Eve.
export const TORONTO: readonly CalendarYear[] = [
  {
    year: 2024,
    closed: [
      ["New Year's Day", '01-01'],
      ['Family Day', '02-19'],
      ['Good Friday', '03-29'],
      ['Victoria Day', '05-20'],
      ['Canada Day', '07-01'],
      ['Civic Holiday', '08-05'],
      ['Labour Day', '09-02'],
      ['Thanksgiving Day', '10-14'],
      ['Christmas Day', '12-25'],
      ['Boxing Day', '12-26'],
    ],
    halfDays: [['Christmas Eve', '12-24']],
  },
  {
    year: 2025,
    closed: [
      ["New Year's Day", '01-01'],
      ['Family Day', '02-17'],
      ['Good Friday', '04-18'],
      ['Victoria Day', '05-19'],
      ['Canada Day', '07-01'],
      ['Civic Holiday', '08-04'],
      ['Labour Day', '09-01'],
      ['Thanksgiving Day', '10-13'],
      ['Christmas Day', '12-25'],
      ['Boxing Day', '12-26'],
    ],
    halfDays: [['Christmas Eve', '12-24']],
  },
  {
    year: 2026,
    closed: [
      ["New Year's Day", '01-01'],
      ['Family Day', '02-16'],
      ['Good Friday', '04-03'],
      ['Victoria Day', '05-18'],
      ['Canada Day', '07-01'],
      ['Civic Holiday', '08-03'],
      ['Labour Day', '09-07'],
      ['Thanksgiving Day', '10-12'],
      ['Christmas Day', '12-25'],
      ['Boxing Day (observed)', '12-28'],
    ],
    halfDays: [['Christmas Eve', '12-24']],
  },
  {
    year: 2027,
    provisional: true,
    closed: [
      ["New Year's Day", '01-01'],
      ['Family Day', '02-15'],
      ['Good Friday', '03-26'],
      ['Victoria Day', '05-24'],
      ['Canada Day', '07-01'],
      ['Civic Holiday', '08-02'],
      ['Labour Day', '09-06'],
      ['Thanksgiving Day', '10-11'],
      ['Christmas Day (observed)', '12-27'],
      ['Boxing Day (observed)', '12-28'],
    ],
    halfDays: [['Christmas Eve', '12-24']],
  },
];
