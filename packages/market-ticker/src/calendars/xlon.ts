import type { CalendarYear } from './types.js';

// LSE: closed on England and Wales bank holidays; on the last business day before Christmas and
// New Year's Day (Christmas Eve and New Year's Eve on weekdays) the closing process starts at 12:30.
export const LONDON: readonly CalendarYear[] = [
  {
    year: 2024,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '03-29'],
      ['Easter Monday', '04-01'],
      ['Early May bank holiday', '05-06'],
      ['Spring bank holiday', '05-27'],
      ['Summer bank holiday', '08-26'],
      ['Christmas Day', '12-25'],
      ['Boxing Day', '12-26'],
    ],
    halfDays: [
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
  },
  {
    year: 2025,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '04-18'],
      ['Easter Monday', '04-21'],
      ['Early May bank holiday', '05-05'],
      ['Spring bank holiday', '05-26'],
      ['Summer bank holiday', '08-25'],
      ['Christmas Day', '12-25'],
      ['Boxing Day', '12-26'],
    ],
    halfDays: [
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
  },
  {
    year: 2026,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '04-03'],
      ['Easter Monday', '04-06'],
      ['Early May bank holiday', '05-04'],
      ['Spring bank holiday', '05-25'],
      ['Summer bank holiday', '08-31'],
      ['Christmas Day', '12-25'],
      ['Boxing Day (substitute day)', '12-28'],
    ],
    halfDays: [
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
  },
  {
    year: 2027,
    provisional: true,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '03-26'],
      ['Easter Monday', '03-29'],
      ['Early May bank holiday', '05-03'],
      ['Spring bank holiday', '05-31'],
      ['Summer bank holiday', '08-30'],
      ['Christmas Day (substitute day)', '12-27'],
      ['Boxing Day (substitute day)', '12-28'],
    ],
    halfDays: [
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
  },
];
