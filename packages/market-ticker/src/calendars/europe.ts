import type { CalendarYear } from './types.js';

// Xetra (Deutsche Börse): closed on New Year's Day, Good Friday, Easter Monday, 1 May, 24, 25 and
// 26 December and 31 December; it trades on the other German public holidays. The last trading
// day of the year (30 December when a weekday) is shortened: the closing auction is called at
// 14:00 (prices from 14:05).
export const FRANKFURT: readonly CalendarYear[] = [
  {
    year: 2024,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '03-29'],
      ['Easter Monday', '04-01'],
      ['Labour Day', '05-01'],
      ['Christmas', '12-24', '12-25', '12-26'],
      ["New Year's Eve", '12-31'],
    ],
    halfDays: [['Last trading day of the year', '12-30']],
  },
  {
    year: 2025,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '04-18'],
      ['Easter Monday', '04-21'],
      ['Labour Day', '05-01'],
      ['Christmas', '12-24', '12-25', '12-26'],
      ["New Year's Eve", '12-31'],
    ],
    halfDays: [['Last trading day of the year', '12-30']],
  },
  {
    year: 2026,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '04-03'],
      ['Easter Monday', '04-06'],
      ['Labour Day', '05-01'],
      ['Christmas', '12-24', '12-25'],
      ["New Year's Eve", '12-31'],
    ],
    halfDays: [['Last trading day of the year', '12-30']],
  },
  {
    year: 2027,
    provisional: true,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '03-26'],
      ['Easter Monday', '03-29'],
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
    halfDays: [['Last trading day of the year', '12-30']],
  },
];

// Euronext (Paris): closed on New Year's Day, Good Friday, Easter Monday, 1 May, 25 and 26
// December; on 24 and 31 December trading ends early (closing auction at 14:05).
export const PARIS: readonly CalendarYear[] = [
  {
    year: 2024,
    closed: [
      ["New Year's Day", '01-01'],
      ['Good Friday', '03-29'],
      ['Easter Monday', '04-01'],
      ['Labour Day', '05-01'],
      ['Christmas', '12-25', '12-26'],
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
      ['Labour Day', '05-01'],
      ['Christmas', '12-25', '12-26'],
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
      ['Labour Day', '05-01'],
      ['Christmas', '12-25'],
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
    ],
    halfDays: [
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
  },
];
