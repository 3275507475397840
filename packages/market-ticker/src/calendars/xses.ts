import type { CalendarYear } from './types.js';

// SGX: closed on Singapore public holidays (a Sunday holiday moves to the Monday); on the eves of
// Chinese New Year, Christmas and New Year trading ends at 12:00 (closing routine to 12:06).
// Islamic and Hindu holiday dates depend on the moon and are gazetted a year ahead.
export const SINGAPORE: readonly CalendarYear[] = [
  {
    year: 2024,
    closed: [
      ["New Year's Day", '01-01'],
      ['Chinese New Year (observed)', '02-12'],
      ['Good Friday', '03-29'],
      ['Hari Raya Puasa', '04-10'],
      ['Labour Day', '05-01'],
      ['Vesak Day', '05-22'],
      ['Hari Raya Haji', '06-17'],
      ['National Day', '08-09'],
      ['Deepavali', '10-31'],
      ['Christmas Day', '12-25'],
    ],
    halfDays: [
      ["Chinese New Year's Eve", '02-09'],
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
  },
  {
    year: 2025,
    closed: [
      ["New Year's Day", '01-01'],
      ['Chinese New Year', '01-29', '01-30'],
      ['Hari Raya Puasa', '03-31'],
      ['Good Friday', '04-18'],
      ['Labour Day', '05-01'],
      ['Vesak Day', '05-12'],
      ['SG60 public holiday', '08-08'],
      ['Deepavali', '10-20'],
      ['Christmas Day', '12-25'],
    ],
    halfDays: [
      ["Chinese New Year's Eve", '01-28'],
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
  },
  {
    year: 2026,
    closed: [
      ["New Year's Day", '01-01'],
      ['Chinese New Year', '02-17', '02-18'],
      ['Good Friday', '04-03'],
      ['Labour Day', '05-01'],
      ['Hari Raya Haji', '05-27'],
      ['Vesak Day (observed)', '06-01'],
      ['National Day (observed)', '08-10'],
      ['Deepavali (observed)', '11-09'],
      ['Christmas Day', '12-25'],
    ],
    halfDays: [
      ["Chinese New Year's Eve", '02-16'],
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
  },
  {
    year: 2027,
    provisional: true,
    closed: [
      ["New Year's Day", '01-01'],
      ['Chinese New Year (observed)', '02-08'],
      ['Hari Raya Puasa', '03-10'],
      ['Good Friday', '03-26'],
      ['Hari Raya Haji', '05-17'],
      ['Vesak Day', '05-20'],
      ['National Day', '08-09'],
      ['Deepavali', '10-28'],
    ],
    halfDays: [
      ["Chinese New Year's Eve", '02-05'],
      ['Christmas Eve', '12-24'],
      ["New Year's Eve", '12-31'],
    ],
  },
];
