import type { CalendarYear } from './types.js';

// SSE and SZSE publish one joint closure notice a year, following the State Council's holiday
// notice. The make-up working weekends of the State Council notice are not trading days (the
// exchanges never trade on weekends), so only weekday closures appear. No half days.
export const MAINLAND: readonly CalendarYear[] = [
  {
    year: 2024,
    closed: [
      ["New Year's Day", '01-01'],
      ['Spring Festival', '02-09', '02-12', '02-13', '02-14', '02-15', '02-16'],
      ['Qingming Festival', '04-04', '04-05'],
      ['Labour Day', '05-01', '05-02', '05-03'],
      ['Dragon Boat Festival', '06-10'],
      ['Mid-Autumn Festival', '09-16', '09-17'],
      ['National Day', '10-01', '10-02', '10-03', '10-04', '10-07'],
    ],
  },
  {
    year: 2025,
    closed: [
      ["New Year's Day", '01-01'],
      ['Spring Festival', '01-28', '01-29', '01-30', '01-31', '02-03', '02-04'],
      ['Qingming Festival', '04-04'],
      ['Labour Day', '05-01', '05-02', '05-05'],
      ['Dragon Boat Festival', '06-02'],
      ['National Day and Mid-Autumn Festival', '10-01', '10-02', '10-03', '10-06', '10-07', '10-08'],
    ],
  },
  {
    year: 2026,
    closed: [
      ["New Year's Day", '01-01', '01-02'],
      ['Spring Festival', '02-16', '02-17', '02-18', '02-19', '02-20', '02-23'],
      ['Qingming Festival', '04-06'],
      ['Labour Day', '05-01', '05-04', '05-05'],
      ['Dragon Boat Festival', '06-19'],
      ['Mid-Autumn Festival', '09-25'],
      ['National Day', '10-01', '10-02', '10-05', '10-06', '10-07'],
    ],
  },
  {
    // Derived from the statutory holidays (since 2025: New Year 1 day, Spring Festival 4 from
    // the eve, Qingming 1, Labour Day 2, Dragon Boat 1, Mid-Autumn 1, National Day 3), with
    // weekend holidays carried to weekdays and blocks bridged as recent notices did.
    year: 2027,
    provisional: true,
    closed: [
      ["New Year's Day", '01-01'],
      ['Spring Festival', '02-05', '02-08', '02-09', '02-10', '02-11', '02-12'],
      ['Qingming Festival', '04-05'],
      ['Labour Day', '05-03', '05-04', '05-05'],
      ['Dragon Boat Festival', '06-09'],
      ['Mid-Autumn Festival', '09-15'],
      ['National Day', '10-01', '10-04', '10-05', '10-06', '10-07'],
    ],
  },
];
